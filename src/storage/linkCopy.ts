// Reopening a `?graph=` link. The library keeps the graph at an address under one id
// (urlGraphId), so a reload finds it again. Whether the reload fetches the address or opens
// that copy depends on the copy: one the reader has changed since it last took the link's
// version is theirs, and a fetch must not overwrite it; an untouched one follows the link.
import type { GraphSummary } from './graphLibrary';

export type LinkOpenPlan =
  /** Nothing kept, or the copy is the link's version unchanged: fetch the address. */
  | { kind: 'fetch' }
  /** The reader changed the copy: open it, say so, and offer the link's version. */
  | { kind: 'open-copy'; title: string; changedAt: number };

export function planLinkOpen(copy: GraphSummary | undefined): LinkOpenPlan {
  if (copy === undefined) return { kind: 'fetch' };
  // A copy kept before `linkedAt` existed may hold edits: keeping it loses nothing.
  const untouched = copy.linkedAt !== undefined && copy.updatedAt <= copy.linkedAt;
  if (untouched) return { kind: 'fetch' };
  return { kind: 'open-copy', title: copy.title, changedAt: copy.updatedAt };
}
