// What clicking (or Enter/Space on) an evidence mark does. A passage often supports several
// things (an entity, a relation, its ends); a menu to choose from is right only when the
// click is genuinely ambiguous. The rules, in order:
//
// 1. Only what the filters show counts (all of it when the filters hide everything).
// 2. One thing left: select it.
// 3. Take away what the current selection already shows: the selected thing itself, the
//    ends of a selected relation, the ends of the bundle open in the details. Nothing new
//    left: keep the selection as it is. One new thing: select it (the passage of Iran and
//    "Iran supplies Russia", clicked while Iran is selected, steps to the relation).
// 4. Every new thing belongs to what is selected — relations of the selected entity, of
//    the opened bundle, or parallel to the selected relation: step to the next one after
//    the selection, in the passage's order, so repeated clicks walk through them all.
// 5. Every new thing is a relation of one bundle drawn collapsed: open that bundle.
// 6. Otherwise: the menu, listing what counts.
import { bundlesOf, type Drawn } from './bundles';
import type { Visible } from './filters';
import { indexGraph } from './graphIndex';
import { listOfNames, selectionTitle } from './describe';
import { refKey, sameRef, type Ref } from './refs';
import type { GraphFile } from './schema';
import type { Selection } from './types';

export interface MarkContext {
  graph: GraphFile;
  visible: Visible;
  drawn: Drawn;
  selection: Selection;
  openedBundle: string | null;
}

export type MarkAction =
  | { kind: 'select'; target: Ref }
  | { kind: 'openBundle'; bundleId: string }
  | { kind: 'keep' }
  | { kind: 'menu'; choices: readonly Ref[] };

const isShown = (ref: Ref, visible: Visible) =>
  ref.kind === 'node' ? visible.nodes.has(ref.id) : visible.edges.has(ref.id);

const shownCache = new WeakMap<MarkContext, ReadonlySet<string>>();

/** Keys of what the selection (or the opened bundle) already shows; once per context. */
function shownBySelection(ctx: MarkContext): ReadonlySet<string> {
  let keys = shownCache.get(ctx);
  if (!keys) shownCache.set(ctx, (keys = computeShown(ctx)));
  return keys;
}

function computeShown(ctx: MarkContext): Set<string> {
  const index = indexGraph(ctx.graph);
  const keys = new Set<string>();
  const ends = (a: string, b: string) => keys.add(`node:${a}`).add(`node:${b}`);
  if (ctx.selection) {
    keys.add(refKey(ctx.selection));
    const edge = ctx.selection.kind === 'edge' && index.edgeById.get(ctx.selection.id);
    if (edge) ends(edge.source, edge.target);
  } else if (ctx.openedBundle) {
    const bundle = bundlesOf(ctx.graph).byId.get(ctx.openedBundle);
    if (bundle) ends(...bundle.ends);
  }
  return keys;
}

/** Whether `ref` is part of what is selected (see rule 4). */
function belongs(ref: Ref, ctx: MarkContext): boolean {
  if (ref.kind !== 'edge') return false;
  const { graph, selection, openedBundle } = ctx;
  const index = indexGraph(graph);
  const edge = index.edgeById.get(ref.id);
  if (!edge) return false;
  if (selection?.kind === 'node')
    return edge.source === selection.id || edge.target === selection.id;
  const bundleOfEdge = bundlesOf(graph).byEdge.get(edge.id)?.id;
  if (selection?.kind === 'edge')
    return (
      bundleOfEdge !== undefined && bundleOfEdge === bundlesOf(graph).byEdge.get(selection.id)?.id
    );
  return openedBundle !== null && bundleOfEdge === openedBundle;
}

/**
 * Rule 1: what a passage's click, menu and preview consider — what the filters show, or
 * everything when the filters hide all of it (the passage still leads somewhere).
 */
export function countedSupports(supports: readonly Ref[], visible: Visible): readonly Ref[] {
  const shown = supports.filter((ref) => isShown(ref, visible));
  return shown.length > 0 ? shown : supports;
}

export function markAction(supports: readonly Ref[], ctx: MarkContext): MarkAction {
  const candidates = countedSupports(supports, ctx.visible);
  const [first] = candidates;
  if (!first) return { kind: 'keep' };
  if (candidates.length === 1) return { kind: 'select', target: first };

  const already = shownBySelection(ctx);
  const fresh = candidates.filter((ref) => !already.has(refKey(ref)));
  const [only] = fresh;
  if (!only) return { kind: 'keep' };
  if (fresh.length === 1) return { kind: 'select', target: only };

  if ((ctx.selection || ctx.openedBundle) && fresh.every((ref) => belongs(ref, ctx))) {
    const at = candidates.findIndex((ref) => sameRef(ref, ctx.selection));
    const after = candidates.slice(at + 1).find((ref) => fresh.includes(ref));
    return { kind: 'select', target: after ?? only };
  }

  const { byEdge } = bundlesOf(ctx.graph);
  const bundle = only.kind === 'edge' ? byEdge.get(only.id)?.id : undefined;
  if (
    bundle !== undefined &&
    bundle !== ctx.openedBundle &&
    ctx.drawn.bundles.has(bundle) &&
    fresh.every((ref) => ref.kind === 'edge' && byEdge.get(ref.id)?.id === bundle)
  )
    return { kind: 'openBundle', bundleId: bundle };

  return { kind: 'menu', choices: candidates };
}

/**
 * What hovering the passage lights (on the canvas, and the passages of it here): what the
 * click would select or open, so the preview shows what the click will do; for a menu, the
 * first choice; for "keep", what is selected (or the opened bundle).
 */
export function markPreviewTarget(
  supports: readonly Ref[],
  action: MarkAction,
  ctx: Pick<MarkContext, 'selection' | 'openedBundle'>,
): Ref | null {
  switch (action.kind) {
    case 'select':
      return action.target;
    case 'openBundle':
      return { kind: 'edge', id: action.bundleId };
    case 'menu':
      return action.choices[0] ?? supports[0] ?? null;
    case 'keep': {
      const bundle = ctx.openedBundle;
      return ctx.selection ?? (bundle ? { kind: 'edge', id: bundle } : (supports[0] ?? null));
    }
  }
}

/** The preview's last line: what a click will do. `count`: how many things the passage supports. */
export function markActionHint(graph: GraphFile, action: MarkAction, count: number): string {
  switch (action.kind) {
    case 'select':
      return count > 1
        ? `Click to show ${selectionTitle(graph, action.target)}`
        : 'Click to show its details';
    case 'openBundle': {
      const index = indexGraph(graph);
      const ends = bundlesOf(graph).byId.get(action.bundleId)?.ends ?? [];
      const names = ends.map((id) => index.nodeById.get(id)?.label ?? id);
      return `Click to list the relations between ${listOfNames(names)}`;
    }
    case 'keep':
      return 'Part of what is selected';
    case 'menu':
      return 'Click to choose what to show';
  }
}

/**
 * What a click that keeps the selection says (visibly and to screen readers), so the click
 * is seen to have been understood: "Already showing Iran".
 */
export function keptMessage(
  graph: GraphFile,
  ctx: Pick<MarkContext, 'selection' | 'openedBundle'>,
): string {
  if (ctx.selection) return `Already showing ${selectionTitle(graph, ctx.selection)}`;
  const bundle = ctx.openedBundle ? bundlesOf(graph).byId.get(ctx.openedBundle) : undefined;
  if (bundle) {
    const index = indexGraph(graph);
    const names = bundle.ends.map((id) => index.nodeById.get(id)?.label ?? id);
    return `Already listing the relations between ${listOfNames(names)}`;
  }
  return 'Nothing more to show for this passage';
}
