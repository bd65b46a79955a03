// The header's authoring controls: "New graph from article…", Edit / Done, and while
// editing, Undo and Redo (also Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z) with the autosave state.
// Small and always loaded; the dialogs and panels it opens are a lazy chunk.
import { useContext } from 'react';
import { GraphSessionContext } from '../../app/library/GraphSessionContext';
import { BUNDLED_GRAPH_ID } from '../../store/appStore';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { NewGraphButton } from './NewGraphButton';
import { useAutosave } from './useAutosave';
import { useUndoKeys } from './useUndoKeys';
import './authoring.css';

const SAVE_TEXT = { saved: 'All changes saved', saving: 'Saving…', failed: 'Not saved' };

/** `withNewGraph={false}`: the header shows "New graph from article…" elsewhere (in "More"). */
export function AuthoringBar({ withNewGraph = true }: { withNewGraph?: boolean }) {
  const store = useStoreApi();
  const session = useContext(GraphSessionContext);
  const editing = useAppStore((s) => s.editing);
  const graphId = useAppStore((s) => s.graphId);
  const undoable = useAppStore((s) => s.undoable);
  const redoable = useAppStore((s) => s.redoable);
  const saveState = useAutosave(store, session?.library ?? null);
  useUndoKeys(store, editing);

  const bundled = graphId === BUNDLED_GRAPH_ID;
  const editCopy = async () => {
    if (!session) return;
    const { loaded } = store.getState();
    const copy = { ...loaded.graph, title: `${loaded.graph.title} (my copy)` };
    await session.openLoaded({ graph: copy, texts: loaded.texts });
  };

  return (
    <div className="authoring-bar" role="group" aria-label="Authoring">
      {withNewGraph && <NewGraphButton />}
      {bundled && session ? (
        <button type="button" onClick={() => void editCopy()}>
          Edit a copy
        </button>
      ) : (
        <button
          type="button"
          aria-pressed={editing}
          onClick={() => store.getState().setEditing(!editing)}
        >
          {editing ? 'Done editing' : 'Edit'}
        </button>
      )}
      {editing && (
        <>
          <button
            type="button"
            onClick={() => store.getState().undo()}
            disabled={undoable === 0}
            aria-keyshortcuts="Control+Z Meta+Z"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => store.getState().redo()}
            disabled={redoable === 0}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          >
            Redo
          </button>
          {session && !bundled && (
            <span className="authoring-bar__saved" role="status">
              {SAVE_TEXT[saveState]}
            </span>
          )}
        </>
      )}
    </div>
  );
}
