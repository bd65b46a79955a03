// The reader's heading: the source's title, publisher and date, a link to the original
// (http(s) only), and a source picker when the graph draws on several texts.
import { useId } from 'react';
import { safeHttpUrl, sourceByline } from '../../domain/sourceInfo';
import { textOf } from '../../domain/sourceTexts';
import { useAppStore } from '../../store/StoreProvider';
import { selectTexts } from '../../store/selectors';
import { useGraph, useIndex } from '../useGraph';

interface Props {
  sourceId: string;
  onSourceChange: (sourceId: string) => void;
}

export function ArticleHeading({ sourceId, onSourceChange }: Props) {
  const graph = useGraph();
  const index = useIndex();
  const texts = useAppStore(selectTexts);
  const pickerId = useId();
  const source = index.sourceById.get(sourceId);
  const byline = source ? sourceByline(source) : '';
  const url = safeHttpUrl(source?.url);
  const readable = graph.sources.filter((s) => textOf(texts, s.id) !== undefined);
  return (
    <div className="article-reader__header">
      <h2 className="article-reader__title">{source?.title ?? sourceId}</h2>
      {(byline || url) && (
        <p className="article-reader__byline">
          {byline}
          {byline && url && ' · '}
          {url && (
            <a href={url} target="_blank" rel="noopener noreferrer">
              Original article <span className="visually-hidden">(opens in a new tab)</span>
            </a>
          )}
        </p>
      )}
      {readable.length > 1 && (
        <p className="article-reader__picker">
          <label htmlFor={pickerId}>Source</label>{' '}
          <select
            id={pickerId}
            value={sourceId}
            onChange={(e) => onSourceChange(e.currentTarget.value)}
          >
            {readable.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </p>
      )}
    </div>
  );
}
