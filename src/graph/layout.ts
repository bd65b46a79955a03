// The graph's layout: fcose, run once when the canvas is created, never on filter or
// selection changes. It must be the same on every load, so it runs synchronously
// (animate: false) with Math.random seeded for the duration of the run. fcose (and its
// engine, ~40 kB gzip) is not part of the first load: the bundled graph ships its positions
// (graph-data/positions/), so the code loads only for a small graph without saved positions
// or when the reader asks for the force-directed layout.
import cytoscape, { type Core, type EdgeSingular, type Position } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { hasPrototypeIds, runOnSafeCopy } from './prototypeSafeLayout';
import { withSeededRandom } from './seededRandom';

/** True once fcose is registered with Cytoscape (asking Cytoscape survives hot reloads). */
export function forceLayoutReady(): boolean {
  return Boolean(cytoscape('layout', 'fcose'));
}

let loading: Promise<void> | null = null;

/** Loads fcose and registers it once per page (a second `use` would log an error). */
export function loadForceLayout(): Promise<void> {
  loading ??= import('cytoscape-fcose').then(
    ({ default: fcose }) => {
      if (!forceLayoutReady()) cytoscape.use(fcose);
    },
    (error: unknown) => {
      loading = null; // a failed download may succeed on the next attempt
      throw error;
    },
  );
  return loading;
}

/**
 * Any fixed seed gives the same layout on every load; this one gave the clearest picture
 * of the bundled graph (65 relations) among seeds 1–120 tried in Chromium: every entity
 * at least 95 px clear of the Iran–Russia bundle (tests/graph/shippedPicture.test.ts),
 * one entity touching a relation line not its own (42, used before, put the United
 * States on the bundle once the graph grew from 63 to 65 relations).
 */
export const LAYOUT_SEED = 18;
const IDEAL_EDGE_LENGTH = 120;
/** Extra spring length per additional parallel edge between the same two entities. */
const BUNDLE_LENGTH = 5;

// Tuned for ~35 entities and ~60 relations with a thick bundle between two hubs:
// label-aware node sizes and firm repulsion keep labels apart, gravity keeps the drawing
// compact enough that labels stay legible when it is fitted to a ~700px panel. fcose keeps
// one spring per pair of nodes however many parallel edges there are; that spring is made
// longer for a big bundle so its fanned-out curves have room between their two ends.
// The caller fits the view (to the visible elements), so the layout does not.
export function layoutOptions(): FcoseLayoutOptions {
  return {
    name: 'fcose',
    quality: 'proof',
    // A spectral start (seeded) gives a better global shape than any fixed start we tried.
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    uniformNodeDimensions: false,
    // Packing needs cytoscape-layout-utilities, which we do not ship; say so explicitly.
    packComponents: false,
    samplingType: true,
    nodeSeparation: 110,
    nodeRepulsion: () => 10000,
    idealEdgeLength: (edge: EdgeSingular) =>
      IDEAL_EDGE_LENGTH + BUNDLE_LENGTH * (bundleSize(edge) - 1),
    edgeElasticity: 0.45,
    gravity: 0.4,
    gravityRange: 3.8,
    numIter: 2500,
    tile: true,
  };
}

function bundleSize(edge: EdgeSingular): number {
  return edge.parallelEdges().not('.bundle').length;
}

/**
 * fcose's positions for every entity, leaving the entities where they are. The run starts
 * with every entity at the origin: fcose measures each entity's box (label included) in
 * canvas coordinates, so where the entities stood changes those sizes in their last bits,
 * and 2,500 iterations grow that into a different picture (over 100 px on the bundled
 * graph). From one fixed start, the first load, the shipped positions and a re-run after
 * another layout or a drag all give the same picture. Synchronous: fcose must be loaded
 * first (`loadForceLayout`).
 */
export function forcePositions(cy: Core): Map<string, Position> {
  if (!forceLayoutReady()) throw new Error('forcePositions before loadForceLayout()');
  const nodes = cy.nodes();
  const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  nodes.positions({ x: 0, y: 0 });
  try {
    withSeededRandom(LAYOUT_SEED, () => {
      // Bundle edges stand for relations already there: they must not pull on the layout.
      if (hasPrototypeIds(cy)) runOnSafeCopy(cy, layoutOptions());
      else cy.elements().not('.bundle').layout(layoutOptions()).run();
    });
    return new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  } finally {
    nodes.positions((n) => before.get(n.id()) ?? { x: 0, y: 0 });
  }
}

/** Lays out every element (hidden ones too, so showing them later moves nothing). */
export function runLayout(cy: Core): void {
  const placed = forcePositions(cy);
  cy.nodes().positions((n) => placed.get(n.id()) ?? n.position());
}
