// The selection part of the URL hash (`#entity=iran`, `#relation=…`), for code that only
// needs the selection (opening a graph). The whole view's hash lives in viewHash.ts; this
// reads the same hash, so a link carrying more than a selection is never "not understood".
import type { GraphFile } from './schema';
import type { Selection } from './types';
import { defaultUrlView, formatViewHash, parseViewHash } from './viewHash';

export interface HashState {
  selection: Selection;
  /** What in the hash could not be used, in words a reader can act on; null when fine. */
  problem: string | null;
}

export function parseLocationHash(hash: string, graph: GraphFile): HashState {
  const { view, problems } = parseViewHash(hash, graph);
  return { selection: view.selection, problem: problems.length ? problems.join(' ') : null };
}

export function formatLocationHash(selection: Selection): string {
  return formatViewHash({ ...defaultUrlView, selection });
}
