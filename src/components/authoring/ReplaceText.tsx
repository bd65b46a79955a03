// Replacing the article's text with another copy (a corrected version, a re-paste): every
// anchor is re-found by its quote and context; what cannot be is listed as an orphan (and
// stays in the graph, reported by the live validation, until fixed or removed).
import { useState } from 'react';
import type { Orphan } from '../../domain/reanchorGraph';
import { textOf } from '../../domain/sourceTexts';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';

export function ReplaceText({ sourceId }: { sourceId: string }) {
  const store = useStoreApi();
  const current = useAppStore((s) => textOf(s.loaded.texts, sourceId) ?? '');
  const [draft, setDraft] = useState<string | null>(null);
  const [result, setResult] = useState<{ orphans: Orphan[] } | null>(null);

  const replace = () => {
    if (draft === null || draft.trim() === '') return;
    setResult({ orphans: store.getState().replaceSourceText(sourceId, draft) });
    setDraft(null);
  };

  return (
    <section className="authoring-section" aria-labelledby="authoring-text">
      <h3 id="authoring-text">Article text</h3>
      {draft === null ? (
        <button type="button" onClick={() => setDraft(current)}>
          Replace the text…
        </button>
      ) : (
        <>
          <label className="authoring-field">
            New text of the article
            <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={8} />
          </label>
          <div className="authoring-actions">
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
            <button type="button" onClick={replace}>
              Replace and re-anchor
            </button>
          </div>
        </>
      )}
      {result && (
        <div role="status">
          {result.orphans.length === 0 ? (
            <p>Every passage was found again in the new text.</p>
          ) : (
            <>
              <p>
                {result.orphans.length} {result.orphans.length === 1 ? 'passage' : 'passages'} not
                found in the new text (orphans):
              </p>
              <ul className="authoring-list" aria-label="Orphaned passages">
                {result.orphans.map((o) => (
                  <li key={o.path}>
                    {o.path}: “{o.evidence.quote}”
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
