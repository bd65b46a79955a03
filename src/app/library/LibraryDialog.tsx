// The Library: every graph kept in this browser, most recently opened first, with open,
// rename, duplicate and delete (undoable until the dialog closes or another delete).
import { useCallback, useEffect, useState } from 'react';
import type { GraphRecord, GraphSummary } from '../../storage';
import { BUNDLED_GRAPH_ID } from '../../storage';
import { ProblemList } from '../ProblemList';
import type { Problem } from '../../domain/types';
import { useGraphSession } from './GraphSessionContext';
import { GraphOpenError, duplicateGraph } from './session';
import { LibraryItem, type ItemActions } from './LibraryItem';
import { Modal } from './Modal';
import { NewGraphButton } from '../../components/authoring/NewGraphButton';

interface Trouble {
  message: string;
  problems: Problem[];
}

export function LibraryDialog({ onClose }: { onClose: () => void }) {
  const session = useGraphSession();
  const { library, currentId } = session;
  const [items, setItems] = useState<GraphSummary[] | null>(null);
  const [removed, setRemoved] = useState<GraphRecord | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);

  const refresh = useCallback(async () => setItems(await library.list()), [library]);
  useEffect(() => {
    let live = true;
    void library.list().then((list) => {
      if (live) setItems(list);
    });
    return () => {
      live = false;
    };
  }, [library]);

  const attempt = (step: () => Promise<unknown>) => {
    setTrouble(null);
    step().catch((error: unknown) =>
      setTrouble({
        message: error instanceof Error ? error.message : String(error),
        problems: error instanceof GraphOpenError ? error.problems : [],
      }),
    );
  };

  const actions: ItemActions = {
    open: (id) => attempt(() => session.openStored(id)),
    rename: (id, title) =>
      attempt(async () => {
        await library.rename(id, title);
        // The graph on screen shows its title: reopen it so the header follows.
        if (id === currentId) await session.openStored(id);
        else await refresh();
      }),
    duplicate: (id) =>
      attempt(async () => {
        await duplicateGraph(library, id);
        await refresh();
      }),
    remove: (id) =>
      attempt(async () => {
        setRemoved(await library.remove(id));
        await refresh();
        if (id === currentId) await session.openStored(BUNDLED_GRAPH_ID);
      }),
  };

  const undo = (record: GraphRecord) =>
    attempt(async () => {
      await library.restore(record);
      setRemoved(null);
      await refresh();
    });

  return (
    <Modal title="Library" onClose={onClose} wide>
      {!session.persistent && (
        <p className="library-note">
          This browser does not let the page keep data: graphs opened now are kept until the tab
          closes.
        </p>
      )}
      {trouble && (
        <div role="alert" className="library-trouble">
          <p>{trouble.message}</p>
          {trouble.problems.length > 0 && <ProblemList problems={trouble.problems} />}
        </div>
      )}
      {removed && (
        <p role="status" className="library-undo">
          Deleted “{removed.title}”.{' '}
          <button type="button" onClick={() => undo(removed)}>
            Undo
          </button>
        </p>
      )}
      <p className="library-new">
        <NewGraphButton />
      </p>
      {items === null ? (
        <p>Reading the library…</p>
      ) : (
        <ul aria-label="Library" className="library-list">
          {items.map((item) => (
            <LibraryItem
              key={item.id}
              item={item}
              current={item.id === currentId}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </Modal>
  );
}
