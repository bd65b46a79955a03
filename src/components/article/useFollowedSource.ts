// Which source the reader shows. The first one with text by default, or the one the reader
// picked; when a new selection or "Show in article" points only into another source, the
// reader follows it there. Adjusts state during render (React's pattern for "storing
// information from previous renders"), so there is no extra effect pass and no flicker.
import { useState } from 'react';
import { evidenceOf } from '../../domain/passages';
import type { Evidence, GraphFile } from '../../domain/schema';
import { textOf } from '../../domain/sourceTexts';
import type { Selection } from '../../domain/types';
import type { ArticleFocus } from '../../store/appStore';

export function useFollowedSource(
  graph: GraphFile,
  texts: Readonly<Record<string, string>>,
  selection: Selection,
  articleFocus: ArticleFocus | null,
): [string, (sourceId: string) => void] {
  const fallback = (graph.sources.find((s) => textOf(texts, s.id) !== undefined) ??
    graph.sources[0])!.id;
  const [chosen, setChosen] = useState<string | null>(null);
  const [seen, setSeen] = useState({ selection, articleFocus });
  const current = chosen !== null && textOf(texts, chosen) !== undefined ? chosen : fallback;

  if (seen.selection !== selection || seen.articleFocus !== articleFocus) {
    setSeen({ selection, articleFocus });
    const wanted: readonly Evidence[] =
      articleFocus && articleFocus !== seen.articleFocus
        ? [articleFocus.evidence]
        : evidenceOf(graph, selection);
    if (wanted.length > 0 && !wanted.some((ev) => ev.source === current)) {
      const next = wanted.find((ev) => textOf(texts, ev.source) !== undefined)?.source;
      if (next) setChosen(next);
    }
  }
  return [current, setChosen];
}
