// Store slice for how the graph is looked at: graph or table, the chosen layout (with a
// counter so "Reset layout" and re-choosing run it again), and what sizes the entities.
import type { StoreApi } from 'zustand';
import type { AppStore } from './appStore';
import {
  DEFAULT_LAYOUT,
  type LayoutId,
  type SizeMeasure,
  type ViewMode,
} from '../domain/viewOptions';

export interface ViewSlice {
  view: ViewMode;
  layout: LayoutId;
  /** Bumped whenever the layout should run (chosen again, reset): the canvas listens. */
  layoutRun: number;
  /** True when the positions on screen come from a reset, not from a saved drag. */
  layoutReset: boolean;
  sizeBy: SizeMeasure;
  setView: (view: ViewMode) => void;
  setLayout: (layout: LayoutId) => void;
  resetLayout: () => void;
  setSizeBy: (measure: SizeMeasure) => void;
}

export function createViewSlice(set: StoreApi<AppStore>['setState']): ViewSlice {
  return {
    view: 'graph',
    layout: DEFAULT_LAYOUT,
    layoutRun: 0,
    layoutReset: false,
    sizeBy: 'none',
    setView: (view) => set({ view }),
    setLayout: (layout) => set((s) => ({ layout, layoutRun: s.layoutRun + 1, layoutReset: false })),
    resetLayout: () => set((s) => ({ layoutRun: s.layoutRun + 1, layoutReset: true })),
    setSizeBy: (sizeBy) => set({ sizeBy }),
  };
}
