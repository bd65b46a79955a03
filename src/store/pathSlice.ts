// Store slice for the Path panel: which two entities to connect, whether to follow
// direction, which of the found paths is shown. The paths themselves are derived
// (selectPaths), never stored.
import type { StoreApi } from 'zustand';
import type { AppStore } from './appStore';

export interface PathEnds {
  from: string | null;
  to: string | null;
  directed: boolean;
  /** Index of the path highlighted on the canvas among those found. */
  active: number;
}

export interface PathSlice {
  path: PathEnds;
  /** Bumped by "Find a path from here", so the panel can move focus to "To". */
  pathRequest: number;
  /** Whether the Path panel is unfolded: folded by default so the legend keeps its height. */
  pathOpen: boolean;
  setPathOpen: (open: boolean) => void;
  setPathFrom: (id: string | null) => void;
  setPathTo: (id: string | null) => void;
  setPathDirected: (directed: boolean) => void;
  showPath: (index: number) => void;
  findPathFrom: (id: string) => void;
  clearPath: () => void;
}

export const noPath: PathEnds = { from: null, to: null, directed: false, active: 0 };

export function createPathSlice(set: StoreApi<AppStore>['setState']): PathSlice {
  const update = (patch: Partial<PathEnds>) =>
    set((s) => ({ path: { ...s.path, active: 0, ...patch } }));
  return {
    path: noPath,
    pathRequest: 0,
    pathOpen: false,
    setPathOpen: (pathOpen) => set({ pathOpen }),
    setPathFrom: (from) => update({ from }),
    setPathTo: (to) => update({ to }),
    setPathDirected: (directed) => update({ directed }),
    showPath: (active) => update({ active }),
    findPathFrom: (from) =>
      set((s) => ({
        path: { ...s.path, from, active: 0 },
        pathRequest: s.pathRequest + 1,
        pathOpen: true,
      })),
    clearPath: () => set({ path: noPath }),
  };
}
