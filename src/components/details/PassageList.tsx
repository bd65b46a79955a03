// The passages behind an entity or relation, each sentence once: every quote of that sentence
// marked inside it, with a button that shows the passage in the article. The heading counts
// passages as listed, so two quotes in one sentence count once.
import { useId, useMemo } from 'react';
import { groupPassages, type PassageGroup } from '../../domain/passageGroups';
import type { Evidence } from '../../domain/schema';
import { useAppStore } from '../../store/StoreProvider';
import { selectTexts } from '../../store/selectors';
import { useGraph, useIndex } from '../useGraph';
import { CitePassageButton } from './CitePassageButton';

export function SupportingPassages({ evidence }: { evidence: readonly Evidence[] }) {
  const texts = useAppStore(selectTexts);
  const groups = useMemo(() => groupPassages(texts, evidence), [texts, evidence]);
  return (
    <>
      <h3>
        Supporting passages <span className="details__count">({groups.length})</span>
      </h3>
      <ol className="passages">
        {groups.map((group) => (
          <PassageItem key={`${group.source}:${group.start}`} group={group} />
        ))}
      </ol>
    </>
  );
}

function PassageItem({ group }: { group: PassageGroup }) {
  const graph = useGraph();
  const index = useIndex();
  const showInArticle = useAppStore((s) => s.showInArticle);
  const quoteId = useId();
  const source = graph.sources.length > 1 ? index.sourceById.get(group.source) : undefined;
  return (
    <li className="passage">
      <blockquote id={quoteId} className="passage__text">
        {group.parts.map((part, i) =>
          part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
        )}
      </blockquote>
      <div className="passage__footer">
        {source && <span className="passage__source">{source.title}</span>}
        <button
          type="button"
          className="passage__show"
          aria-describedby={quoteId}
          onClick={() => showInArticle(group.evidence[0]!)}
        >
          Show in article
        </button>
        <CitePassageButton evidence={group.evidence[0]!} />
      </div>
    </li>
  );
}
