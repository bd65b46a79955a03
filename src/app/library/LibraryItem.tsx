// One graph in the library: what it is (title, sources, counts, when last opened) and what
// can be done with it. Button names carry the title, so a screen reader's list of
// controls says which graph each one acts on.
import { useState, type FormEvent } from 'react';
import type { GraphSummary } from '../../storage';
import { BUNDLED_GRAPH_ID } from '../../storage';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export interface ItemActions {
  open: (id: string) => void;
  rename: (id: string, title: string) => void;
  duplicate: (id: string) => void;
  remove: (id: string) => void;
}

export function LibraryItem({
  item,
  current,
  actions,
}: {
  item: GraphSummary;
  current: boolean;
  actions: ItemActions;
}) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(item.title);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    setRenaming(false);
    actions.rename(item.id, title);
  };
  return (
    <li className="library-item" aria-current={current ? 'true' : undefined}>
      <div className="library-item__text">
        <h3 className="library-item__title">
          {item.title}
          {current && <span className="library-item__badge"> (on screen)</span>}
          {item.id === BUNDLED_GRAPH_ID && <span className="library-item__badge"> · bundled</span>}
        </h3>
        <p className="library-item__meta">
          {item.sources.join(' · ')}
          <br />
          {plural(item.counts.entities, 'entity', 'entities')} ·{' '}
          {plural(item.counts.relations, 'relation', 'relations')} ·{' '}
          {item.openedAt > 0 ? `last opened ${when.format(item.openedAt)}` : 'never opened'}
          {item.origin && ` · from ${item.origin}`}
        </p>
      </div>
      {renaming ? (
        <form className="library-item__rename" onSubmit={submit}>
          <label>
            <span className="visually-hidden">New title for {item.title}</span>
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              // the field the person just asked for
              autoFocus
              required
            />
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="library-item__actions">
          <button
            type="button"
            onClick={() => actions.open(item.id)}
            aria-label={`Open ${item.title}`}
          >
            Open
          </button>
          <button
            type="button"
            onClick={() => setRenaming(true)}
            aria-label={`Rename ${item.title}`}
          >
            Rename
          </button>
          <button
            type="button"
            onClick={() => actions.duplicate(item.id)}
            aria-label={`Duplicate ${item.title}`}
          >
            Duplicate
          </button>
          {item.id !== BUNDLED_GRAPH_ID && (
            <button
              type="button"
              onClick={() => actions.remove(item.id)}
              aria-label={`Delete ${item.title}`}
            >
              Delete
            </button>
          )}
        </div>
      )}
    </li>
  );
}
