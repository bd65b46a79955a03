// The passages behind an entity or relation: each quote inside its sentence, the quote
// itself marked, with a button that shows the passage in the article.
import { useId } from 'react';
import { stripBullet } from '../../domain/articleBlocks';
import { passageOf } from '../../domain/passages';
import type { Evidence } from '../../domain/schema';
import { useAppStore } from '../../store/StoreProvider';
import { selectTexts } from '../../store/selectors';
import { useGraph, useIndex } from '../useGraph';

export function PassageList({ evidence }: { evidence: readonly Evidence[] }) {
  return (
    <ol className="passages">
      {evidence.map((ev, i) => (
        <PassageItem key={`${i}:${ev.source}:${ev.start}`} evidence={ev} />
      ))}
    </ol>
  );
}

function PassageItem({ evidence }: { evidence: Evidence }) {
  const graph = useGraph();
  const index = useIndex();
  const text = useAppStore(selectTexts)[evidence.source];
  const showInArticle = useAppStore((s) => s.showInArticle);
  const quoteId = useId();
  const passage = text
    ? passageOf(text, evidence)
    : { before: '', quote: evidence.quote, after: '' };
  const source = graph.sources.length > 1 ? index.sourceById.get(evidence.source) : undefined;
  return (
    <li className="passage">
      <blockquote id={quoteId} className="passage__text">
        {stripBullet(passage.before)}
        <mark>{passage.quote}</mark>
        {passage.after}
      </blockquote>
      <div className="passage__footer">
        {source && <span className="passage__source">{source.title}</span>}
        <button
          type="button"
          className="passage__show"
          aria-describedby={quoteId}
          onClick={() => showInArticle(evidence)}
        >
          Show in article
        </button>
      </div>
    </li>
  );
}
