// Editing the document: edits (domain/edits) applied to the loaded graph, the article's
// text replaced with every anchor re-found, and undo/redo over the whole editing session.
// History is zundo's temporal middleware on the app store, keeping only the document
// (`loaded`): selection, filters and the rest of the view are never undone.
import type { StoreApi } from 'zustand';
import type { TemporalState, ZundoOptions } from 'zundo';
import { applyEdit } from '../domain/edits/applyEdit';
import { EditError, type Edit } from '../domain/edits/types';
import { reanchorGraph, type Orphan } from '../domain/reanchorGraph';
import type { GraphFile } from '../domain/schema';
import { withText } from '../domain/sourceTexts';
import type { LoadedGraph } from '../domain/types';

export interface EditingState {
  /** Whether the article and the details are editing surfaces. */
  editing: boolean;
  /** Why the last edit was refused, to show; null after a successful one. */
  editError: string | null;
  /** How many steps can be undone / redone (mirrors the history, for buttons). */
  undoable: number;
  redoable: number;
}

export interface EditingActions {
  setEditing: (editing: boolean) => void;
  /** Applies the edits as one undoable step; false (and editError set) when refused. */
  edit: (...edits: Edit[]) => boolean;
  /** Replaces a source's text, re-anchoring its evidence; returns the spans left orphaned. */
  replaceSourceText: (sourceId: string, text: string) => Orphan[];
  undo: () => void;
  redo: () => void;
  dismissEditError: () => void;
}

/** What undo and redo restore: the document alone (graphId says which graph it is). */
export type DocumentState = { loaded: LoadedGraph; graphId: string };

export const historyOptions = <S extends DocumentState>(): ZundoOptions<S, DocumentState> => ({
  partialize: (s) => ({ loaded: s.loaded, graphId: s.graphId }),
  // Only a new document is a step: view changes (selection, filters) leave history alone.
  equality: (a, b) => a.loaded === b.loaded,
  // Opening another graph is not an edit: it is not recorded (and the history is cleared).
  handleSet: (record) => (past, replace, current, delta) => {
    // zundo types `record` as setState, but passes its own four-argument recorder.
    const save = record as unknown as (...args: unknown[]) => void;
    if ((past as Partial<DocumentState>).graphId === current.graphId)
      save(past, replace, current, delta);
  },
  limit: 500,
});

type Set<S> = StoreApi<S>['setState'];
type Get<S> = StoreApi<S>['getState'];
type WithHistory = { temporal: StoreApi<TemporalState<DocumentState>> };

export function createEditingSlice<S extends EditingState & DocumentState>(
  set: Set<S>,
  get: Get<S>,
  api: StoreApi<S>,
  initial: LoadedGraph,
  editing?: boolean,
): EditingState & EditingActions {
  const history = (api as StoreApi<S> & WithHistory).temporal;
  history.subscribe((h) =>
    set({ undoable: h.pastStates.length, redoable: h.futureStates.length } as Partial<S>),
  );
  // Opening another graph starts a new editing session: its history is not this one's.
  api.subscribe((s, prev) => {
    if (s.graphId !== prev.graphId) history.getState().clear();
  });

  const setGraph = (graph: GraphFile, texts = get().loaded.texts) =>
    set({ loaded: { graph, texts }, editError: null } as Partial<S>);

  return {
    // A graph with no entities yet was just made from an article, one with problems (orphans
    // after its text changed) needs fixing: both open ready to edit. Whoever opens a graph
    // knows whether it has problems (app/library/session.ts); checking here would put the
    // whole loader, zod included, on the first load.
    editing: editing ?? initial.graph.nodes.length === 0,
    editError: null,
    undoable: 0,
    redoable: 0,
    setEditing: (editing) => set({ editing } as Partial<S>),
    edit: (...edits) => {
      try {
        setGraph(edits.reduce((g, e) => applyEdit(g, e).graph, get().loaded.graph));
        return true;
      } catch (error) {
        if (!(error instanceof EditError)) throw error;
        set({ editError: error.message } as Partial<S>);
        return false;
      }
    },
    replaceSourceText: (sourceId, text) => {
      const { graph, orphans } = reanchorGraph(get().loaded.graph, sourceId, text);
      setGraph(graph, withText(get().loaded.texts, sourceId, text));
      return orphans;
    },
    undo: () => history.getState().undo(),
    redo: () => history.getState().redo(),
    dismissEditError: () => set({ editError: null } as Partial<S>),
  };
}
