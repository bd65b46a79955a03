// The names of the view options an analyst chooses (graph or table, which layout, what
// sizes the entities), declared once so the store, the URL and the controls agree.

export const VIEW_MODES = ['graph', 'table'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** Layouts offered by the "Layout" control, in menu order; the first is the default. */
export const LAYOUTS = [
  { id: 'force', label: 'Force-directed' },
  { id: 'concentric', label: 'Concentric by degree' },
  { id: 'circle', label: 'Circle' },
  { id: 'grid', label: 'Grid' },
  { id: 'hierarchy', label: 'Hierarchy' },
  { id: 'article', label: 'Article order' },
] as const;
export type LayoutId = (typeof LAYOUTS)[number]['id'];
export const DEFAULT_LAYOUT: LayoutId = 'force';

export const SIZE_MEASURES = [
  { id: 'none', label: 'Default' },
  { id: 'degree', label: 'Degree' },
  { id: 'betweenness', label: 'Betweenness' },
] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number]['id'];

export function isLayoutId(s: string): s is LayoutId {
  return LAYOUTS.some((l) => l.id === s);
}

export function isSizeMeasure(s: string): s is SizeMeasure {
  return SIZE_MEASURES.some((m) => m.id === s);
}

export function isViewMode(s: string): s is ViewMode {
  return (VIEW_MODES as readonly string[]).includes(s);
}
