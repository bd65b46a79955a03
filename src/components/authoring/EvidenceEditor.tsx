// The passages of an entity or relation, each removable or movable to another element.
import { useState } from 'react';
import type { Ref } from '../../domain/refs';
import type { Evidence } from '../../domain/schema';
import { useStoreApi } from '../../store/StoreProvider';
import { useGraph } from '../useGraph';
import { ElementPicker } from './ElementPicker';

export function EvidenceEditor({ owner, evidence }: { owner: Ref; evidence: readonly Evidence[] }) {
  const store = useStoreApi();
  const graph = useGraph();
  const [moveTo, setMoveTo] = useState<string>('');
  const target = (): Ref | null => {
    const [kind, id] = [moveTo.slice(0, 4), moveTo.slice(5)];
    return (kind === 'node' || kind === 'edge') && id ? { kind, id } : null;
  };
  return (
    <fieldset className="authoring-field">
      <legend>Passages ({evidence.length})</legend>
      {evidence.length > 1 && (
        <ElementPicker
          label="Move a passage to"
          graph={graph}
          value={moveTo}
          onChange={setMoveTo}
          withRelations
          none="Choose where…"
        />
      )}
      <ol className="authoring-list">
        {evidence.map((ev, index) => (
          <li key={`${ev.source}:${ev.start}:${ev.end}`}>
            “{ev.quote}”
            {evidence.length > 1 && (
              <span className="suggestion__actions">
                <button
                  type="button"
                  aria-label={`Move passage ${index + 1}`}
                  disabled={!target()}
                  onClick={() => {
                    const to = target();
                    if (to) store.getState().edit({ kind: 'moveEvidence', from: owner, index, to });
                  }}
                >
                  Move
                </button>
                <button
                  type="button"
                  aria-label={`Remove passage ${index + 1}`}
                  onClick={() =>
                    store.getState().edit({ kind: 'removeEvidence', ref: owner, index })
                  }
                >
                  Remove
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
