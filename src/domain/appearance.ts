// How each declared type looks: colour and shape of entities, colour and line style of
// relations, the marker of a claim's status. Pure data, shared by the Cytoscape stylesheet
// and the React legend so the two can never disagree. Types get looks by declared order.
import type { GraphFile, Status } from './schema';
import { relationGroupsOf } from './relationGroups';

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

// One hue family per relation group, four shades each (all at least 3:1 against white),
// ordered so that neighbours in a group differ most: medium, light, dark, medium-dark.
const GROUP_HUES: readonly (readonly string[])[] = [
  ['#b91c1c', '#ef4444', '#7f1d1d', '#dc2626'], // red
  ['#1d4ed8', '#3b82f6', '#1e3a8a', '#2563eb'], // blue
  ['#c2410c', '#ea580c', '#7c2d12', '#9a3412'], // orange
  ['#7e22ce', '#a855f7', '#581c87', '#9333ea'], // purple
  ['#0f766e', '#0d9488', '#134e4a', '#115e59'], // teal
  ['#57534e', '#78716c', '#292524', '#44403c'], // stone
  ['#a16207', '#ca8a04', '#713f12', '#854d0e'], // ochre
  ['#be185d', '#db2777', '#831843', '#9d174d'], // pink
];

/**
 * The look of the `index`-th type of the `group`-th group: the group's hue; within the
 * group the line style changes first (solid, dashed, dotted), then the shade, so the 12
 * first types of a group all differ. Groups past the eighth reuse hues.
 */
export function groupedRelationLook(group: number, index: number): RelationLook {
  const shades = pick(GROUP_HUES, group);
  return {
    color: pick(shades, Math.floor(index / LINE_STYLES.length)),
    ...pick(LINE_STYLES, index),
  };
}

function relationLooks(graph: GraphFile): Map<string, RelationLook> {
  const groups = relationGroupsOf(graph);
  if (groups.length === 0)
    return new Map(graph.relationTypes.map((t, i) => [t.id, relationLook(i)]));
  return new Map(
    groups.flatMap((g, gi) => g.types.map((t, i) => [t.id, groupedRelationLook(gi, i)] as const)),
  );
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
      relation: relationLooks(graph),
      status: new Map(graph.statuses.map((s, i) => [s.id, statusLook(s, i)])),
    };
    cache.set(graph, looks);
  }
  return looks;
}
