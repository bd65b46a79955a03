// The one application store, made by a factory so that every test (and every mounted
// app) gets its own. It holds only serialisable data: the loaded graph, ids and flags.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { temporal } from 'zundo';
import type { Evidence } from '../domain/schema';
import type { LoadedGraph, Selection, SelectionOrigin } from '../domain/types';
import { noFilters, type Filters } from '../domain/filters';
import { allBut, toggleIn, withHidden, type HiddenKey } from '../domain/selectionRules';
import { createEditingSlice, historyOptions } from './editingSlice';
import type { EditingActions, EditingState } from './editingSlice';
import {
  createBundleSlice,
  keepsOpenBundle,
  type BundleActions,
  type BundleState,
} from './bundleSlice';
import { createPathSlice, type PathSlice } from './pathSlice';
import { watchPathFinder } from './pathFinder';
import { createLegendSlice, type LegendActions } from './legendSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createThemeSlice, type ThemeSlice } from './themeSlice';
import { createLayoutSlice, type LayoutSlice } from './layoutSlice';

/** A request to show a passage in the article reader; `seq` makes repeats distinct. */
export interface ArticleFocus {
  evidence: Evidence;
  seq: number;
}

/** The id of the bundled graph, in the library and in per-graph storage (positions, view). */
export const BUNDLED_GRAPH_ID = 'bundled';

export interface AppState {
  /** Which graph this is, for per-graph storage (library record, positions, layout). */
  graphId: string;
  loaded: LoadedGraph;
  selection: Selection;
  /** Where the selection was made: the article does not scroll to what was chosen in it,
   * the canvas does not move the camera to what was tapped on it. */
  selectionOrigin: SelectionOrigin;
  /** What the pointer is over, on the canvas or in the article (for previews). */
  hover: Selection;
  filters: Filters;
  articleFocus: ArticleFocus | null;
}

export interface AppActions {
  /** `origin` says where the choice was made; 'details' unless told. */
  select: (selection: Selection, origin?: SelectionOrigin) => void;
  selectEntity: (id: string, origin?: SelectionOrigin) => void;
  selectRelation: (id: string, origin?: SelectionOrigin) => void;
  clearSelection: () => void;
  setHover: (hover: Selection) => void;
  toggleRelationType: (id: string) => void;
  showOnlyRelationType: (id: string) => void;
  toggleEntityType: (id: string) => void;
  showOnlyEntityType: (id: string) => void;
  toggleStatus: (id: string) => void;
  showOnlyStatus: (id: string) => void;
  /** Show every relation type, entity type and status again (keeps the other options). */
  showAll: () => void;
  setHideOrphans: (hide: boolean) => void;
  /** Restrict the view to `depth` relations around the selected entity; 0 turns it off. */
  setNeighbourhood: (nodeId: string | null, depth: number) => void;
  resetFilters: () => void;
  showInArticle: (evidence: Evidence) => void;
}

export type AppStore = AppState &
  AppActions &
  PathSlice &
  ViewSlice &
  PlaybackSlice &
  ThemeSlice &
  BundleState &
  BundleActions &
  EditingState &
  EditingActions &
  LegendActions &
  LayoutSlice;

export interface InitialState {
  graphId?: string;
  loaded: LoadedGraph;
  /** Open in edit mode (a draft with problems); by default only a graph with no entities. */
  editing?: boolean;
  selection?: Selection;
  filters?: Partial<Filters>;
}

function selecting(selection: Selection, selectionOrigin: SelectionOrigin): Partial<AppStore> {
  return keepsOpenBundle(selectionOrigin)
    ? { selection, selectionOrigin }
    : { selection, selectionOrigin, openedBundle: null };
}

export function createAppStore(initial: InitialState): StoreApi<AppStore> {
  // History (undo/redo) wraps the whole store but keeps only the document: editingSlice.ts.
  const store = createStore<AppStore>()(temporal(appState(initial), historyOptions<AppStore>()));
  watchPathFinder(store);
  return store;
}

function appState(initial: InitialState): StateCreator<AppStore, [['temporal', unknown]]> {
  return (set, get, api) => {
    const ids = (key: HiddenKey): string[] => {
      const g = get().loaded.graph;
      if (key === 'hiddenRelationTypes') return g.relationTypes.map((t) => t.id);
      if (key === 'hiddenEntityTypes') return g.entityTypes.map((t) => t.id);
      return g.statuses.map((s) => s.id);
    };
    const toggle = (key: HiddenKey, id: string) =>
      set((s) => ({ filters: withHidden(s.filters, key, toggleIn(s.filters[key], id)) }));
    const only = (key: HiddenKey, id: string) =>
      set((s) => ({ filters: withHidden(s.filters, key, allBut(ids(key), id)) }));

    return {
      ...createEditingSlice(set, get, api, initial.loaded, initial.editing),
      ...createPathSlice(set),
      ...createViewSlice(set),
      ...createPlaybackSlice(set),
      ...createThemeSlice(set),
      ...createLayoutSlice(set),
      graphId: initial.graphId ?? BUNDLED_GRAPH_ID,
      loaded: initial.loaded,
      selection: initial.selection ?? null,
      selectionOrigin: 'url',
      hover: null,
      filters: { ...noFilters, ...initial.filters },
      articleFocus: null,
      ...createBundleSlice(set, get),
      ...createLegendSlice(set, get),

      select: (selection, origin = 'details') => set(selecting(selection, origin)),
      selectEntity: (id, origin = 'details') => set(selecting({ kind: 'node', id }, origin)),
      selectRelation: (id, origin = 'details') => set(selecting({ kind: 'edge', id }, origin)),
      clearSelection: () => set({ selection: null, openedBundle: null }),
      setHover: (hover) => set({ hover }),
      toggleRelationType: (id) => toggle('hiddenRelationTypes', id),
      showOnlyRelationType: (id) => only('hiddenRelationTypes', id),
      toggleEntityType: (id) => toggle('hiddenEntityTypes', id),
      showOnlyEntityType: (id) => only('hiddenEntityTypes', id),
      toggleStatus: (id) => toggle('hiddenStatuses', id),
      showOnlyStatus: (id) => only('hiddenStatuses', id),
      showAll: () =>
        set((s) => ({
          filters: {
            ...s.filters,
            hiddenRelationTypes: [],
            hiddenEntityTypes: [],
            hiddenStatuses: [],
          },
        })),
      setHideOrphans: (hideOrphans) => set((s) => ({ filters: { ...s.filters, hideOrphans } })),
      setNeighbourhood: (nodeId, depth) =>
        set((s) => ({
          filters: { ...s.filters, focus: nodeId && depth > 0 ? { nodeId, depth } : null },
        })),
      resetFilters: () => set({ filters: noFilters }),
      showInArticle: (evidence) =>
        set((s) => ({ articleFocus: { evidence, seq: (s.articleFocus?.seq ?? 0) + 1 } })),
    };
  };
}
