// Readable labels at any zoom: entity labels (and bundle counts) are drawn at a constant
// on-screen size (LABEL_PX) when zoomed out, instead of shrinking into 8 px mush, and where
// labels would then overlap, the less connected entity's label is hidden (level of detail
// by degree). Hovering, selecting or neighbouring an entity shows its label again.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

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

export function labelBox(node: NodeSingular): LabelBox {
  const p = node.renderedPosition();
  const text = String(node.data('label') ?? '');
  const width = Math.min(WRAP_PX, text.length * GLYPH * LABEL_PX);
  const lines = Math.max(1, Math.ceil((text.length * GLYPH * LABEL_PX) / WRAP_PX));
  return {
    id: node.id(),
    x: p.x,
    y: p.y + node.renderedHeight() / 2 + 4,
    w: width + 4,
    h: lines * LABEL_PX * LINE_HEIGHT + 4,
    rank: Number(node.data('size')) || 0,
  };
}

/** A bundle's count, centred on its line; it outranks all but the busiest entities. */
export function bundleLabelBox(edge: EdgeSingular): LabelBox {
  const p = edge.renderedMidpoint();
  const text = String(edge.data('bundleLabel') ?? '');
  const w = text.length * GLYPH * LABEL_PX + 10;
  const h = LABEL_PX * LINE_HEIGHT + 8;
  return {
    id: edge.id(),
    x: p.x,
    y: p.y - h / 2,
    w,
    h,
    rank: 10 * (Number(edge.data('count')) || 0),
  };
}

/** Stylesheet blocks: a hidden label comes back on what matters right now. */
export const labelBlocks = [
  {
    selector: '.label-hidden',
    style: { 'text-opacity': 0, 'text-background-opacity': 0, 'text-border-opacity': 0 },
  },
  {
    selector: 'node.label-hidden.hovered, node.label-hidden.selected, node.label-hidden.neighbour',
    style: { 'text-opacity': 1, 'text-background-opacity': 0.85, 'z-index': 40 },
  },
  {
    selector: 'edge.label-hidden.hovered, edge.label-hidden.selected, edge.label-hidden.incident',
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
    cy.edges('.bundle').removeStyle('font-size');
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
  const hide = labelsToHide([...nodes.map(labelBox), ...bundles.map(bundleLabelBox)]);
  cy.batch(() => {
    allNodes.forEach((n) => {
      if (n.numericStyle('font-size') !== size)
        n.style({ 'font-size': size, 'text-max-width': wrap });
      if (n.hasClass('label-hidden') !== hide.has(n.id()))
        n.toggleClass('label-hidden', hide.has(n.id()));
    });
    allBundles.forEach((e) => {
      if (e.numericStyle('font-size') !== size) e.style('font-size', size);
      if (e.hasClass('label-hidden') !== hide.has(e.id()))
        e.toggleClass('label-hidden', hide.has(e.id()));
    });
  });
}
