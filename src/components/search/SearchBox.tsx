// Search for entities (by name or alias) and relations (by title), as an ARIA 1.2
// combobox: the list opens as you type; ArrowUp/ArrowDown move through it, Enter selects
// (the first result when none is highlighted), Escape closes the list, then clears.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { refKey, type Ref } from '../../domain/refs';
import { searchGraph, searchIndexOf } from '../../domain/search';
import { useStoreApi } from '../../store/StoreProvider';
import { useGraph } from '../useGraph';
import { SearchOption } from './SearchOption';
import { stepActive } from './listboxStep';
import './SearchBox.css';
import { comboboxAttributes } from './comboboxAttributes';
import { useMediaQuery } from '../useMediaQuery';

/** Below desktop widths (phones, and tablets while editing) a placeholder that fits the
 * narrower box; the label keeps the full name. */
export const NARROW_SEARCH = '(max-width: 1199px)';
const PLACEHOLDER = 'Search entities and relations';
const SHORT_PLACEHOLDER = 'Search the graph';

export function SearchBox() {
  const store = useStoreApi();
  const graph = useGraph();
  const listId = useId();
  const optionId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const narrow = useMediaQuery(NARROW_SEARCH);
  const [active, setActive] = useState(-1);
  const hits = useMemo(() => searchGraph(graph, query), [graph, query]);
  const expanded = open && hits.length > 0;
  const searching = open && query.trim() !== '';
  const idOf = (i: number) => `${optionId}-${i}`;

  const highlight = (i: number) => {
    setActive(i);
    store.getState().setHover(hits[i]?.ref ?? null);
  };

  const choose = (target: Ref, title: string) => {
    store.getState().select(target, 'search');
    store.getState().setHover(null);
    setQuery(title);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      setOpen(true);
      highlight(stepActive(expanded ? active : -1, e.key, hits.length));
    } else if (e.key === 'Enter') {
      const hit = expanded ? (hits[active] ?? hits[0]) : undefined;
      if (hit) {
        e.preventDefault();
        choose(hit.ref, hit.title);
      }
    } else if (e.key === 'Escape' && (expanded || query !== '')) {
      // Handled here, so an app-wide Escape (say, clear the selection) must not also fire.
      e.preventDefault();
      e.stopPropagation();
      if (expanded) setOpen(false);
      else setQuery('');
      highlight(-1);
    }
  };

  return (
    <div className="search-box">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search entities and relations
      </label>
      <input
        id={`${listId}-input`}
        {...comboboxAttributes(listId, expanded, active >= 0 ? idOf(active) : undefined)}
        placeholder={narrow ? SHORT_PLACEHOLDER : PLACEHOLDER}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          // Build the graph's index now, so the first keystroke only searches it.
          searchIndexOf(graph);
          if (query) setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          store.getState().setHover(null);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-box__list"
        hidden={!expanded}
      >
        {expanded &&
          hits.map((hit, i) => (
            <SearchOption
              key={refKey(hit.ref)}
              id={idOf(i)}
              hit={hit}
              query={query}
              active={i === active}
              onPointerEnter={() => highlight(i)}
              onChoose={() => choose(hit.ref, hit.title)}
            />
          ))}
      </ul>
      {/* A polite live region rather than role="status": the page's status is the status line. */}
      <p
        aria-live="polite"
        className={searching && hits.length === 0 ? 'search-box__empty' : 'visually-hidden'}
      >
        {searching &&
          (hits.length === 0
            ? 'No matches'
            : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`)}
      </p>
    </div>
  );
}
