// Pure transitions behind the store's actions, kept here so they are testable without
// React or zustand.
import type { Filters } from './filters';

/** Add `id` to a hidden list, or take it out. */
export function toggleIn(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** Hide every id but `id`: the legend's "only this type". */
export function allBut(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}

export type HiddenKey = 'hiddenRelationTypes' | 'hiddenEntityTypes' | 'hiddenStatuses';

export function withHidden(filters: Filters, key: HiddenKey, hidden: string[]): Filters {
  return { ...filters, [key]: hidden };
}
