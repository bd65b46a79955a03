// How each declared type looks: colour and shape of entities, colour and line style of
// relations, the marker of a claim's status. Pure data, shared by the Cytoscape stylesheet
// and the React legend so the two can never disagree. Types get looks by declared order.
import type { GraphFile, Status } from './schema';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'hexagon'
  | 'round-triangle'
  | 'barrel'
  | 'octagon'
  | 'round-tag'
  | 'rhomboid'
  | 'star';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** Status marker drawn at an edge's midpoint (Cytoscape arrow shapes). */
export type MarkerShape = 'none' | 'circle' | 'diamond' | 'square' | 'tee';

export interface EntityLook {
  color: string;
  shape: NodeShape;
}
export interface RelationLook {
  color: string;
  lineStyle: LineStyle;
  /** SVG stroke-dasharray / Cytoscape line-dash-pattern for the style, in px. */
  dash: readonly number[];
}
export interface StatusLook {
  marker: MarkerShape;
  filled: boolean;
  color: string;
  /** Line opacity: the less certain, the fainter. */
  opacity: number;
}

// Colour-blind-aware palettes (after Okabe–Ito and Tableau 10), dark enough for 3:1
// contrast against the white canvas.
const ENTITY_COLORS = [
  '#3b6fb6',
  '#d9730d',
  '#2f8a57',
  '#c2410c',
  '#8e5bb5',
  '#8a6a4f',
  '#0f8b8d',
  '#b8336a',
  '#5b6b7a',
  '#9a8a00',
];
export const ENTITY_SHAPES: readonly NodeShape[] = [
  'ellipse',
  'round-rectangle',
  'hexagon',
  'diamond',
  'round-tag',
  'barrel',
  'octagon',
  'round-triangle',
  'rhomboid',
  'star',
];
const RELATION_COLORS = [
  '#c0392b',
  '#2563eb',
  '#b7791f',
  '#7c3aed',
  '#0d9488',
  '#475569',
  '#be185d',
  '#15803d',
  '#a16207',
  '#1e40af',
];
const LINE_STYLES: { lineStyle: LineStyle; dash: number[] }[] = [
  { lineStyle: 'solid', dash: [] },
  { lineStyle: 'dashed', dash: [8, 4] },
  { lineStyle: 'dotted', dash: [2, 3] },
];

export const CONTESTED_COLOR = '#b91c1c';

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

export function entityLook(index: number): EntityLook {
  return { color: pick(ENTITY_COLORS, index), shape: pick(ENTITY_SHAPES, index) };
}

export function relationLook(index: number): RelationLook {
  return { color: pick(RELATION_COLORS, index), ...pick(LINE_STYLES, index) };
}

/**
 * The first (most certain) status is plain; contested ones get a red bar across the line;
 * the others get hollow markers and fade with their rank.
 */
export function statusLook(status: Status, index: number): StatusLook {
  if (status.contested)
    return { marker: 'tee', filled: true, color: CONTESTED_COLOR, opacity: 0.75 };
  if (index === 0) return { marker: 'none', filled: true, color: '#111827', opacity: 1 };
  const markers: MarkerShape[] = ['circle', 'diamond', 'square'];
  return {
    marker: pick(markers, index - 1),
    filled: false,
    color: '#111827',
    opacity: Math.max(0.55, 0.9 - 0.12 * (index - 1)),
  };
}

export interface Looks {
  entity: ReadonlyMap<string, EntityLook>;
  relation: ReadonlyMap<string, RelationLook>;
  status: ReadonlyMap<string, StatusLook>;
}

const cache = new WeakMap<GraphFile, Looks>();

export function looksOf(graph: GraphFile): Looks {
  let looks = cache.get(graph);
  if (!looks) {
    looks = {
      entity: new Map(graph.entityTypes.map((t, i) => [t.id, entityLook(i)])),
      relation: new Map(graph.relationTypes.map((t, i) => [t.id, relationLook(i)])),
      status: new Map(graph.statuses.map((s, i) => [s.id, statusLook(s, i)])),
    };
    cache.set(graph, looks);
  }
  return looks;
}
