// Editing the vocabularies: entity types, relation types and their groups, and statuses
// (whose order, from most to least certain, the canvas draws). Rename, reorder, add, and
// remove what nothing uses; each change is one undoable edit.
import { useState, type FormEvent } from 'react';
import { uniqueId } from '../../domain/edits/ids';
import type { VocabularyName } from '../../domain/edits/types';
import { usesOf } from '../../domain/edits/vocabularyEdits';
import { useStoreApi } from '../../store/StoreProvider';
import { useGraph } from '../useGraph';

const TITLES: Record<VocabularyName, [string, string]> = {
  statuses: ['Statuses (most to least certain)', 'status'],
  entityTypes: ['Entity types', 'entity type'],
  relationTypes: ['Relation types', 'relation type'],
  relationGroups: ['Relation groups', 'relation group'],
};

function VocabularyRow({
  name,
  index,
  count,
}: {
  name: VocabularyName;
  index: number;
  count: number;
}) {
  const store = useStoreApi();
  const graph = useGraph();
  const item = (graph[name] ?? [])[index]!;
  const [label, setLabel] = useState(item.label);
  const used = usesOf(graph, name, item.id);
  const edit = store.getState().edit;
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (label.trim() && label.trim() !== item.label)
      edit({
        kind: 'updateVocabulary',
        vocabulary: name,
        id: item.id,
        changes: { label: label.trim() },
      });
  };
  return (
    <li>
      <form
        className="vocabulary-row"
        onSubmit={rename}
        aria-label={`${TITLES[name][1]} ${item.label}`}
      >
        <input
          aria-label={`Name of ${item.label}`}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <button type="submit" aria-label={`Rename ${item.label}`}>
          Rename
        </button>
        <button
          type="button"
          aria-label={`Up ${item.label}`}
          disabled={index === 0}
          onClick={() =>
            edit({ kind: 'moveVocabulary', vocabulary: name, id: item.id, to: index - 1 })
          }
        >
          Up
        </button>
        <button
          type="button"
          aria-label={`Down ${item.label}`}
          disabled={index === count - 1}
          onClick={() =>
            edit({ kind: 'moveVocabulary', vocabulary: name, id: item.id, to: index + 1 })
          }
        >
          Down
        </button>
        <button
          type="button"
          aria-label={`Remove ${item.label}`}
          disabled={used > 0}
          title={used > 0 ? `Used ${used} times` : undefined}
          onClick={() => edit({ kind: 'removeVocabulary', vocabulary: name, id: item.id })}
        >
          Remove
        </button>
      </form>
    </li>
  );
}

function AddItem({ name }: { name: VocabularyName }) {
  const store = useStoreApi();
  const graph = useGraph();
  const [label, setLabel] = useState('');
  const [directed, setDirected] = useState(true);
  const groups = graph.relationGroups ?? [];
  const add = (e: FormEvent) => {
    e.preventDefault();
    const text = label.trim();
    if (!text) return;
    // Relation type ids are snake_case by convention (allies_with), the others kebab-case.
    const snake = name === 'relationTypes';
    const dash = (id: string) => (snake ? id.replace(/_/g, '-') : id);
    const taken = new Set((graph[name] ?? []).map((t) => dash(t.id)));
    const slug = uniqueId(text, taken);
    const base = { id: snake ? slug.replace(/-/g, '_') : slug, label: text, description: text };
    const item =
      name === 'relationTypes'
        ? { ...base, directed, ...(groups[0] ? { group: groups[0].id } : {}) }
        : base;
    if (store.getState().edit({ kind: 'addVocabulary', vocabulary: name, item })) setLabel('');
  };
  return (
    <form className="vocabulary-row" onSubmit={add} aria-label={`Add a ${TITLES[name][1]}`}>
      <input
        aria-label={`New ${TITLES[name][1]}`}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      {name === 'relationTypes' && (
        <label>
          <input
            type="checkbox"
            checked={directed}
            onChange={(e) => setDirected(e.target.checked)}
          />{' '}
          directed
        </label>
      )}
      <button type="submit">Add</button>
    </form>
  );
}

export function VocabularyEditor() {
  const graph = useGraph();
  const names: VocabularyName[] = ['statuses', 'entityTypes', 'relationTypes'];
  if (graph.relationGroups) names.push('relationGroups');
  return (
    <details className="authoring-section">
      <summary>Vocabulary</summary>
      {names.map((name) => {
        const items = graph[name] ?? [];
        return (
          <section key={name} aria-label={TITLES[name][0]}>
            <h4>{TITLES[name][0]}</h4>
            <ol className="authoring-list">
              {items.map((item, i) => (
                // Keyed on the label too: after an undo the row starts from what is stored.
                <VocabularyRow
                  key={`${item.id}:${item.label}`}
                  name={name}
                  index={i}
                  count={items.length}
                />
              ))}
            </ol>
            <AddItem name={name} />
          </section>
        );
      })}
    </details>
  );
}
