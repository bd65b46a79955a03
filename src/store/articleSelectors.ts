// Selectors for the article reader's marks (components/article/markHub.ts): the set of
// emphasised or hovered things and the context a click is decided in, each computed once
// per change of its inputs (so an unchanged one keeps its identity) and shared by all marks.
import { bundlesOf, isBundleId } from '../domain/bundles';
import { markAction, type MarkContext } from '../domain/markAction';
import { refKey, type Ref } from '../domain/refs';
import type { GraphFile } from '../domain/schema';
import type { Selection } from '../domain/types';
import type { AppStore } from './appStore';
import { selectDrawn, selectVisible } from './selectors';

const NONE: ReadonlySet<string> = new Set();

/** Keys of what a selection or hover stands for: a bundle stands for its relations. */
function keysOf(graph: GraphFile, ref: Selection): ReadonlySet<string> {
  if (!ref) return NONE;
  if (ref.kind === 'edge' && isBundleId(ref.id))
    return new Set(
      bundlesOf(graph)
        .byId.get(ref.id)
        ?.edgeIds.map((id) => `edge:${id}`),
    );
  return new Set([refKey(ref)]);
}

function lastOne<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (!last || args.some((a, i) => a !== last!.args[i])) last = { args, result: fn(...args) };
    return last.result;
  };
}

const emphasis = lastOne(
  (graph: GraphFile, selection: Selection, bundle: string | null): ReadonlySet<string> =>
    selection
      ? keysOf(graph, selection)
      : keysOf(graph, bundle ? { kind: 'edge', id: bundle } : null),
);
const hovered = lastOne(keysOf);

/** What the reader emphasises: the selection's passages, or the opened bundle's. */
export const selectEmphasisKeys = (s: AppStore) =>
  emphasis(s.loaded.graph, s.selection, s.openedBundle);

/** What the pointer is over, here or on the canvas. */
export const selectHoverKeys = (s: AppStore) => hovered(s.loaded.graph, s.hover);

const context = lastOne(
  (
    graph: GraphFile,
    visible: MarkContext['visible'],
    drawn: MarkContext['drawn'],
    selection: Selection,
    openedBundle: string | null,
  ): MarkContext => ({ graph, visible, drawn, selection, openedBundle }),
);

/** What a click on a mark is decided against (domain/markAction.ts). */
export const selectMarkContext = (s: AppStore): MarkContext =>
  context(s.loaded.graph, selectVisible(s), selectDrawn(s), s.selection, s.openedBundle);

/** Whether any of `keys` is in `set`. */
export function hasAny(set: ReadonlySet<string>, keys: readonly string[]): boolean {
  return set.size > 0 && keys.some((k) => set.has(k));
}

const menus = new WeakMap<MarkContext, WeakMap<readonly Ref[], boolean>>();

/** Whether clicking a passage that supports `supports` opens the choice menu in `ctx`. */
export function opensMenu(ctx: MarkContext, supports: readonly Ref[]): boolean {
  let known = menus.get(ctx);
  if (!known) menus.set(ctx, (known = new WeakMap()));
  let menu = known.get(supports);
  if (menu === undefined) known.set(supports, (menu = markAction(supports, ctx).kind === 'menu'));
  return menu;
}
