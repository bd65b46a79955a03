// A path read aloud: one sentence per hop — "Ken McCallum warns about Iran" — with the
// claim's status and the article's words behind it, verbatim.
import type { ExplainedPath } from '../../domain/paths';
import { useAppStore } from '../../store/StoreProvider';
import { StatusBadge } from '../swatches/StatusBadge';
import { useIndex } from '../useGraph';

export function PathHops({ path }: { path: ExplainedPath }) {
  const index = useIndex();
  const selectRelation = useAppStore((s) => s.selectRelation);
  const showInArticle = useAppStore((s) => s.showInArticle);
  return (
    <ol className="path-hops" aria-label="Hops of the path shown">
      {path.hops.map((hop) => (
        <li key={hop.edgeId} className="path-hop">
          <button
            type="button"
            className="path-hop__sentence"
            onClick={() => selectRelation(hop.edgeId)}
          >
            {hop.sentence}
          </button>{' '}
          <StatusBadge status={index.statusById.get(hop.statusId)} />
          <blockquote className="path-hop__quote">‘{hop.evidence.quote}’</blockquote>
          <button
            type="button"
            className="path-hop__show"
            aria-label={`Show in article: ${hop.sentence}`}
            onClick={() => showInArticle(hop.evidence)}
          >
            Show in article
          </button>
        </li>
      ))}
    </ol>
  );
}
