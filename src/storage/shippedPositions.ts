// The bundled graph's positions, shipped with the app so that its first load draws at once
// without running fcose (whose code is then not needed at all). They are what the seeded
// fcose layout gives in Chromium, with labels measured: `npm run layout:bundled` writes
// them (graph-data/README.md), and a test fails when they stop covering exactly the
// bundled graph's entities.
import file from '../../graph-data/positions/iran-russia-alliance.positions.json';
import { BUNDLED_GRAPH_ID } from '../store/appStore';
import type { SavedLayout } from './positions';

export interface ShippedPositionsFile {
  /** The graph file they belong to, relative to graph-data/. */
  graph: string;
  layout: string;
  /** Entity id → [x, y] (a test checks each is a pair of whole numbers). */
  positions: Record<string, readonly number[]>;
}

/** The file's positions as a Map (ids never reach Object.prototype). */
export function shippedLayoutOf(data: ShippedPositionsFile): SavedLayout {
  return {
    layout: data.layout,
    positions: new Map(
      Object.entries(data.positions).map(([id, [x = 0, y = 0]]) => [id, { x, y }]),
    ),
  };
}

let bundled: SavedLayout | null = null;

/** The shipped layout of a graph, if the app ships one (only the bundled graph's). */
export function shippedLayout(graphId: string): SavedLayout | null {
  if (graphId !== BUNDLED_GRAPH_ID) return null;
  return (bundled ??= shippedLayoutOf(file satisfies ShippedPositionsFile));
}
