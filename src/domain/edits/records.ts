// Small immutable helpers the edits share: list surgery by index, and field changes that
// remember the previous values (a field that was absent comes back as `undefined`, which
// removes it again), so every edit can produce its exact inverse.
import { EditError } from './types';

export function insertAt<T>(list: readonly T[], item: T, index = list.length): T[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

/** Index of the item with `id`, or an EditError naming what is missing. */
export function indexOfId(list: readonly { id: string }[], id: string, what: string): number {
  const i = list.findIndex((item) => item.id === id);
  if (i < 0) throw new EditError(`no ${what} with id "${id}"`);
  return i;
}

/**
 * `record` with `changes` applied (an `undefined` value deletes the field) and the changes
 * that restore it.
 */
export function changeFields<T extends object, C extends object>(
  record: T,
  changes: C,
): { record: T; undo: C } {
  const old = Object.fromEntries(Object.entries(record)) as Record<string, unknown>;
  const next: Record<string, unknown> = { ...old };
  const undo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    undo[key] = Object.hasOwn(old, key) ? old[key] : undefined;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return { record: next as T, undo: undo as C };
}
