// Readable labels at any zoom: entity labels (and bundle counts) are drawn at a constant
// on-screen size (LABEL_PX) when zoomed out, instead of shrinking into 8 px mush, and where
// labels would then overlap, the less connected entity's label is hidden (level of detail
// by degree). Hovering, selecting or neighbouring an entity shows its label again.
// A bundle's count badge slides along its line to a spot that covers no entity and no
// label of the selection's neighbourhood (domain/badgePlacement), or waits, hidden, for a
// zoom, a hover or a selection.
import type { Core, EdgeCollection, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import { placeBadge, rectAround, type Rect } from '../domain/badgePlacement';

/** On-screen size of an entity label, in CSS px, whatever the zoom. */
export const LABEL_PX = 12;
const LINE_HEIGHT = 1.25;
/** Label wrap width on screen (the stylesheet's text-max-width at zoom 1). */
const WRAP_PX = 120;
/** Average glyph width as a share of the font size, for the system UI font. */
const GLYPH = 0.56;
const GAP = 2;

export interface LabelBox {
  id: string;
  /** Centre x, top y, width and height, in rendered (CSS) px. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Higher ranks keep their label when two would overlap. */
  rank: number;
}

/** Greedy: from the highest rank down, keep a label unless it overlaps one already kept. */
export function labelsToHide(boxes: readonly LabelBox[]): Set<string> {
  const order = [...boxes].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1));
  const kept: LabelBox[] = [];
  const hidden = new Set<string>();
  for (const box of order) {
    const clash = kept.some(
      (k) =>
        Math.abs(k.x - box.x) * 2 < k.w + box.w + GAP &&
        box.y < k.y + k.h + GAP &&
        k.y < box.y + box.h + GAP,
    );
    if (clash) hidden.add(box.id);
    else kept.push(box);
  }
  return hidden;
}

/** The model font size that renders at LABEL_PX at this zoom (never below LABEL_PX). */
export function modelFontSize(zoom: number): number {
  // Quantised, so small zoom changes do not restyle every label.
  return Math.max(LABEL_PX, Math.round((LABEL_PX / zoom) * 4) / 4);
}

/** `scale`: zoomed in past 1, labels grow with the zoom (modelFontSize) and so do their boxes. */
export function labelBox(node: NodeSingular, scale = 1): LabelBox {
  const p = node.renderedPosition();
  const text = String(node.data('label') ?? '');
  const width = Math.min(WRAP_PX, text.length * GLYPH * LABEL_PX);
  const lines = Math.max(1, Math.ceil((text.length * GLYPH * LABEL_PX) / WRAP_PX));
  return {
    id: node.id(),
    x: p.x,
    y: p.y + node.renderedHeight() / 2 + 4 * scale,
    w: (width + 4) * scale,
    h: (lines * LABEL_PX * LINE_HEIGHT + 4) * scale,
    rank: Number(node.data('size')) || 0,
  };
}

/** The selection's name is kept first, then its neighbours' (which may still clash). */
const FIRST = 1e9;

/** A label's rank: the selection first, its neighbours next, then by size (degree). */
function rankedLabel(node: NodeSingular, scale: number): LabelBox {
  const box = labelBox(node, scale);
  if (node.hasClass('selected')) return { ...box, rank: 2 * FIRST };
  if (node.hasClass('neighbour')) return { ...box, rank: FIRST + box.rank };
  return box;
}

/** Room kept around a badge: the label boxes here are estimates, a few px off Cytoscape's. */
const BADGE_GAP = 5;

/**
 * A badge's rank: the busiest pairs' counts outrank all but the most connected names, but
 * never the names of the two entities the bundle joins — on a small view (a phone) the
 * count of a hub's bundle otherwise hid the hub's own name.
 */
function badgeRank(edge: EdgeSingular, rankById: ReadonlyMap<string, number>): number {
  const own = Math.min(
    rankById.get(edge.source().id()) ?? Infinity,
    rankById.get(edge.target().id()) ?? Infinity,
  );
  return Math.min(10 * (Number(edge.data('count')) || 0), own - 0.5);
}

/** The on-screen size of a bundle's badge (its short count), padding and border included. */
function badgeSize(edge: EdgeSingular, scale: number) {
  const text = String(edge.data('bundleBadge') ?? '');
  return {
    w: (text.length * GLYPH * LABEL_PX + 10) * scale,
    h: (LABEL_PX * LINE_HEIGHT + 6) * scale,
  };
}

function bodyRect(node: NodeSingular): Rect {
  return rectAround(node.renderedPosition(), node.renderedWidth(), node.renderedHeight());
}

function labelRect(box: LabelBox): Rect {
  return { left: box.x - box.w / 2, top: box.y, right: box.x + box.w / 2, bottom: box.y + box.h };
}

interface Badges {
  /** Label boxes of the badges placed, for the entity labels to make way for. */
  boxes: LabelBox[];
  /** Model-space offsets from each placed bundle's midpoint (its text margins). */
  margins: Map<string, { x: number; y: number }>;
}

/**
 * Places the badges, the bundles holding most relations first, each off every entity, every
 * badge placed before it and every name that outranks it (so none of those is covered).
 */
function placeBadges(
  cy: Core,
  bundles: EdgeCollection,
  nodes: NodeCollection,
  labels: readonly LabelBox[],
): Badges {
  const zoom = cy.zoom();
  const scale = Math.max(1, zoom);
  const obstacles: Rect[] = nodes.map(bodyRect);
  const boxes: LabelBox[] = [];
  const margins = new Map<string, { x: number; y: number }>();
  const rankById = new Map(labels.map((l) => [l.id, l.rank]));
  const order = bundles
    .toArray()
    .sort(
      (a, b) => Number(b.data('count')) - Number(a.data('count')) || (a.id() < b.id() ? -1 : 1),
    );
  for (const edge of order) {
    // Bundles are straight lines between their ends' centres (bundleStyle).
    const from = edge.source().renderedPosition();
    const to = edge.target().renderedPosition();
    const size = badgeSize(edge, scale);
    const rank = badgeRank(edge, rankById);
    const names = labels.filter((l) => l.rank > rank).map(labelRect);
    const at = placeBadge(from, to, size, [...obstacles, ...names], BADGE_GAP);
    if (!at) continue;
    const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    margins.set(edge.id(), { x: (at.x - mid.x) / zoom, y: (at.y - mid.y) / zoom });
    obstacles.push(rectAround(at, size.w, size.h));
    // With the same room around it, so names ranked below make way by as much.
    const g = BADGE_GAP;
    boxes.push({
      id: edge.id(),
      x: at.x,
      y: at.y - size.h / 2 - g,
      w: size.w + 2 * g,
      h: size.h + 2 * g,
      rank,
    });
  }
  return { boxes, margins };
}

/** Stylesheet blocks: a hidden label comes back on what matters right now. */
export const labelBlocks = [
  {
    selector: '.label-hidden',
    style: { 'text-opacity': 0, 'text-background-opacity': 0, 'text-border-opacity': 0 },
  },
  {
    // Not .neighbour: around a busy selection, neighbours' names that would overlap each
    // other stay hidden (ranked, by degree) until pointed at — overlapping names read as none.
    selector: 'node.label-hidden.hovered, node.label-hidden.selected',
    style: { 'text-opacity': 1, 'text-background-opacity': 0.85, 'z-index': 40 },
  },
  {
    // Not .incident: around a selected entity a badge with no free spot stays hidden rather
    // than cover its neighbours' names (the details panel lists the bundle meanwhile).
    selector: 'edge.label-hidden.hovered, edge.label-hidden.selected',
    style: { 'text-opacity': 1, 'text-background-opacity': 0.95, 'text-border-opacity': 1 },
  },
];

/**
 * Back to the stylesheet's label size. Layouts that keep labels apart measure them: at the
 * zoomed-out size they would spread the graph, the fit would zoom out further, labels
 * would grow again — so a layout always measures the base size.
 */
export function resetLabelLevel(cy: Core): void {
  cy.batch(() => {
    cy.nodes().removeStyle('font-size text-max-width');
    cy.edges('.bundle').removeStyle('font-size text-margin-x text-margin-y');
  });
}

/** What carries a name through classes on a graph of thousands (lodStyle): a shown path.
 * The selection and the pointer are named on the highlight overlay there instead. */
export const NAMED_ON_BIG_GRAPHS = '.on-path';

/**
 * Applies the font size for the current zoom and hides clashing labels. `onlyNamed`: on a
 * graph of thousands, where only a shown path carries names, just those are sized and
 * sorted — restyling every entity would repaint the whole canvas for nothing.
 */
export function applyLabelLevel(cy: Core, onlyNamed = false): void {
  const size = modelFontSize(cy.zoom());
  const wrap = `${Math.round((WRAP_PX * size) / LABEL_PX)}px`;
  const scope = onlyNamed ? cy.elements(NAMED_ON_BIG_GRAPHS) : cy.elements();
  const allNodes = scope.nodes();
  const allBundles = scope.edges('.bundle');
  const nodes = allNodes.filter((n) => !n.hasClass('hidden'));
  const bundles = allBundles.filter((e) => !e.hasClass('hidden'));
  const scale = Math.max(1, cy.zoom());
  const labels = nodes.map((n: NodeSingular) => rankedLabel(n, scale));
  const badges = placeBadges(cy, bundles, nodes, labels);
  const hide = labelsToHide([...labels, ...badges.boxes]);
  for (const e of bundles) if (!badges.margins.has(e.id())) hide.add(e.id());
  cy.batch(() => {
    allNodes.forEach((n) => {
      if (n.numericStyle('font-size') !== size)
        n.style({ 'font-size': size, 'text-max-width': wrap });
      if (n.hasClass('label-hidden') !== hide.has(n.id()))
        n.toggleClass('label-hidden', hide.has(n.id()));
    });
    allBundles.forEach((e) => {
      if (e.numericStyle('font-size') !== size) e.style('font-size', size);
      const margin = badges.margins.get(e.id()) ?? { x: 0, y: 0 };
      if (
        e.numericStyle('text-margin-x') !== margin.x ||
        e.numericStyle('text-margin-y') !== margin.y
      )
        e.style({ 'text-margin-x': margin.x, 'text-margin-y': margin.y });
      if (e.hasClass('label-hidden') !== hide.has(e.id()))
        e.toggleClass('label-hidden', hide.has(e.id()));
    });
  });
}
