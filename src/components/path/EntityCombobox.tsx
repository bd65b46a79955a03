// An entity picker as an ARIA 1.2 combobox, searching names and aliases with the main
// search's function (only entities): type, ArrowUp/ArrowDown, Enter to choose, Escape to
// close then clear. Shows the chosen entity's name when not being edited.
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { searchGraph } from '../../domain/search';
import { SearchOption } from '../search/SearchOption';
import { stepActive } from '../search/listboxStep';
import { useGraph, useIndex } from '../useGraph';
import '../search/SearchBox.css';
import { comboboxAttributes } from '../search/comboboxAttributes';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  inputRef?: Ref<HTMLInputElement>;
}

export function EntityCombobox({ label, value, onChange, inputRef }: Props) {
  const graph = useGraph();
  const index = useIndex();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const chosenName = value ? (index.nodeById.get(value)?.label ?? value) : '';
  const [draft, setDraft] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const query = draft ?? chosenName;
  const hits = useMemo(
    () => (draft ? searchGraph(graph, draft, 40).filter((h) => h.ref.kind === 'node') : []),
    [graph, draft],
  ).slice(0, 10);
  const expanded = draft !== null && hits.length > 0;
  const idOf = (i: number) => `${baseId}-opt-${i}`;

  const choose = (id: string) => {
    onChange(id);
    setDraft(null);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && hits.length > 0) {
      e.preventDefault();
      const key = e.key;
      setActive((a) => stepActive(a, key, hits.length));
    } else if (e.key === 'Enter') {
      const hit = expanded ? (hits[active] ?? hits[0]) : undefined;
      if (hit) {
        e.preventDefault();
        choose(hit.ref.id);
      }
    } else if (e.key === 'Escape' && (draft !== null || value)) {
      e.preventDefault();
      e.stopPropagation();
      if (draft !== null) setDraft(null);
      else onChange(null);
      setActive(-1);
    }
  };

  return (
    <div className="search-box path-combobox">
      <label htmlFor={`${baseId}-input`} className="path-combobox__label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        {...comboboxAttributes(listId, expanded, active >= 0 ? idOf(active) : undefined)}
        placeholder="Name or alias"
        value={query}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          setActive(-1);
          if (e.currentTarget.value === '') onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setDraft(null);
          setActive(-1);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        className="search-box__list"
        hidden={!expanded}
      >
        {expanded &&
          hits.map((hit, i) => (
            <SearchOption
              key={hit.ref.id}
              id={idOf(i)}
              hit={hit}
              query={draft}
              active={i === active}
              onPointerEnter={() => setActive(i)}
              onChoose={() => choose(hit.ref.id)}
            />
          ))}
      </ul>
    </div>
  );
}
