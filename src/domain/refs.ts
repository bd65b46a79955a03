// Comparing and keying references to selectable things ({ kind, id }), so lists of
// "what this passage supports" can be matched against the selection or the hover.
import type { Selection } from './types';

export type Ref = NonNullable<Selection>;

export function sameRef(a: Selection, b: Selection): boolean {
  return a !== null && b !== null && a.kind === b.kind && a.id === b.id;
}

/** Whether `refs` contains `ref`. */
export function includesRef(refs: readonly Ref[], ref: Selection): boolean {
  return ref !== null && refs.some((r) => sameRef(r, ref));
}

/** "node:iran" — a stable string key for React lists and DOM ids. */
export function refKey(ref: Ref): string {
  return `${ref.kind}:${ref.id}`;
}
