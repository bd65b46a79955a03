// Playback narrows what is visible to what has been read: memoised on the filtered set,
// the step and the graph, so every consumer of selectVisible shares one set per step.
import { intersectVisible, paragraphsOf, playedSource, readSoFar } from '../domain/readingOrder';
import type { Visible } from '../domain/filters';
import type { LoadedGraph } from '../domain/types';
import type { AppStore } from './appStore';

let last: { filtered: Visible; step: number; loaded: LoadedGraph; result: Visible } | null = null;

export function withPlayback(filtered: Visible, s: AppStore): Visible {
  const step = s.playStep;
  if (step === null) return filtered;
  if (last && last.filtered === filtered && last.step === step && last.loaded === s.loaded)
    return last.result;
  const text = playedText(s.loaded);
  const result = intersectVisible(filtered, readSoFar(s.loaded.graph, text, step));
  last = { filtered, step, loaded: s.loaded, result };
  return result;
}

export function playedText(loaded: LoadedGraph): string {
  const source = playedSource(loaded.graph);
  return (source !== null ? loaded.texts[source] : undefined) ?? '';
}

const paragraphCache = new WeakMap<LoadedGraph, number>();
/** How many paragraphs playback steps through. */
export function selectParagraphCount(s: AppStore): number {
  let n = paragraphCache.get(s.loaded);
  if (n === undefined)
    paragraphCache.set(s.loaded, (n = paragraphsOf(playedText(s.loaded)).length));
  return n;
}
