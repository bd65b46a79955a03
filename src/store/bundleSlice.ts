// View state of bundled relations: which bundles are expanded in place, and which one is
// open in the details panel (its relations listed). Ids only, so it stays serialisable.
import type { StoreApi } from 'zustand';
import { bundlesOf } from '../domain/bundles';
import type { SelectionOrigin } from '../domain/types';
import type { AppStore } from './appStore';

export interface BundleState {
  /** Bundles drawn as their separate relations; the rest are drawn as one edge. */
  expandedBundles: readonly string[];
  /** The bundle whose relations the details panel lists (while nothing else is selected). */
  openedBundle: string | null;
}

export interface BundleActions {
  /** Lists a bundle's relations in the details panel; clears the selection. */
  openBundle: (id: string, origin?: SelectionOrigin) => void;
  setBundleExpanded: (id: string, expanded: boolean) => void;
  expandAllBundles: () => void;
  collapseAllBundles: () => void;
}

type Set = StoreApi<AppStore>['setState'];
type Get = StoreApi<AppStore>['getState'];

export function createBundleSlice(set: Set, get: Get): BundleState & BundleActions {
  return {
    expandedBundles: [],
    openedBundle: null,
    openBundle: (id, selectionOrigin = 'canvas') =>
      set({ openedBundle: id, selection: null, selectionOrigin }),
    setBundleExpanded: (id, expanded) =>
      set((s) => {
        const rest = s.expandedBundles.filter((b) => b !== id);
        return { expandedBundles: expanded ? [...rest, id] : rest };
      }),
    expandAllBundles: () =>
      set({ expandedBundles: bundlesOf(get().loaded.graph).list.map((b) => b.id) }),
    collapseAllBundles: () => set({ expandedBundles: [] }),
  };
}

/**
 * A selection made in the details panel (say, one relation picked from a bundle's list)
 * keeps the bundle open, so the panel can lead back to it; any other selection closes it.
 */
export function keepsOpenBundle(origin: SelectionOrigin): boolean {
  return origin === 'details';
}
