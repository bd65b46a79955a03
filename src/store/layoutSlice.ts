// Store slice for a layout running in the background: how far it has got (null when none
// runs) and the reader's request to stop it. The layout itself lives with the canvas.
import type { StoreApi } from 'zustand';
import type { AppStore } from './appStore';

export interface LayoutSlice {
  /** 0–1 while a background layout runs; null otherwise. */
  layoutProgress: number | null;
  /** Bumped by "Stop layout"; the canvas cancels the running layout when it changes. */
  layoutStopRequest: number;
  setLayoutProgress: (progress: number | null) => void;
  stopLayout: () => void;
}

export function createLayoutSlice(set: StoreApi<AppStore>['setState']): LayoutSlice {
  return {
    layoutProgress: null,
    layoutStopRequest: 0,
    setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
    stopLayout: () => set((s) => ({ layoutStopRequest: s.layoutStopRequest + 1 })),
  };
}
