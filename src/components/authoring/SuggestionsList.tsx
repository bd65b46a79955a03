// Entity suggestions: names compromise finds in the article (loaded on demand, run in the
// browser), less those the graph already names. Accept makes an entity with every mention
// as evidence; Merge adds the name as an alias of an entity, with its mentions; Dismiss hides it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { anchorAt } from '../../domain/anchors';
import { takenIds, uniqueId } from '../../domain/edits/ids';
import type { Edit } from '../../domain/edits/types';
import type { EntitySuggestion } from '../../domain/entitySuggestions';
import type { GraphFile } from '../../domain/schema';
import { ownValue } from '../../domain/sourceTexts';
import { useStoreApi } from '../../store/StoreProvider';
import { useGraph } from '../useGraph';
import { findNames, type NameSearch } from './findNames';

const KIND_TYPES: Record<EntitySuggestion['kind'], string[]> = {
  person: ['person'],
  place: ['place', 'country', 'city'],
  organization: ['organization', 'organisation', 'agency'],
};

function typeFor(graph: GraphFile, kind: EntitySuggestion['kind']): string {
  const ids = graph.entityTypes.map((t) => t.id);
  return KIND_TYPES[kind].find((t) => ids.includes(t)) ?? ids[0] ?? '';
}

/** Whether the graph already names this (label or alias, any case). */
function named(graph: GraphFile, name: string): boolean {
  const lower = name.toLowerCase();
  return graph.nodes.some((n) => [n.label, ...n.aliases].some((a) => a.toLowerCase() === lower));
}

export function SuggestionsList({ sourceId, text }: { sourceId: string; text: string }) {
  const store = useStoreApi();
  const graph = useGraph();
  const [found, setFound] = useState<EntitySuggestion[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [mergeInto, setMergeInto] = useState<Record<string, string>>({});

  const search = useRef<NameSearch | null>(null);
  useEffect(() => () => search.current?.cancel(), []);
  const find = async () => {
    setBusy(true);
    search.current = findNames(text);
    try {
      setFound(await search.current.result);
    } catch {
      return; // cancelled: the panel closed while the article was being read
    }
    setBusy(false);
  };
  const shown = useMemo(
    () => (found ?? []).filter((s) => !dismissed.has(s.name) && !named(graph, s.name)),
    [found, dismissed, graph],
  );
  const evidenceOf = (s: EntitySuggestion) =>
    s.mentions.map((m) => anchorAt(sourceId, text, m.start, m.end));

  const accept = (s: EntitySuggestion) => {
    const id = uniqueId(s.name, takenIds(graph));
    store.getState().edit({
      kind: 'addEntity',
      node: {
        id,
        label: s.name,
        type: typeFor(graph, s.kind),
        aliases: [],
        summary: `${s.name}, as named in the article.`,
        evidence: evidenceOf(s),
      },
    });
  };
  const merge = (s: EntitySuggestion) => {
    const id = ownValue(mergeInto, s.name) ?? graph.nodes[0]?.id;
    const node = graph.nodes.find((n) => n.id === id);
    if (!node) return;
    const ref = { kind: 'node' as const, id: node.id };
    const have = new Set(node.evidence.map((e) => `${e.start}:${e.end}`));
    const edits: Edit[] = [
      ...(s.name === node.label ? [] : [{ kind: 'addAlias' as const, id: node.id, alias: s.name }]),
      ...evidenceOf(s)
        .filter((e) => !have.has(`${e.start}:${e.end}`))
        .map((evidence) => ({ kind: 'addEvidence' as const, ref, evidence })),
    ];
    store.getState().edit(...edits);
  };

  return (
    <section className="authoring-section" aria-labelledby="authoring-suggestions">
      <h3 id="authoring-suggestions">Suggestions</h3>
      {found === null ? (
        <button type="button" onClick={() => void find()} disabled={busy}>
          {busy ? 'Reading the article…' : 'Find names in the article'}
        </button>
      ) : shown.length === 0 ? (
        <p className="authoring-note">No more names to suggest.</p>
      ) : (
        <ul className="authoring-list" aria-label="Suggested entities">
          {shown.map((s) => (
            <li key={s.name} className="suggestion">
              <span>
                <strong>{s.name}</strong> ({s.kind}, {s.mentions.length}{' '}
                {s.mentions.length === 1 ? 'mention' : 'mentions'})
              </span>
              <span className="suggestion__actions">
                <button type="button" onClick={() => accept(s)} aria-label={`Accept ${s.name}`}>
                  Accept
                </button>
                {graph.nodes.length > 0 && (
                  <>
                    <select
                      aria-label={`Entity to merge ${s.name} into`}
                      value={ownValue(mergeInto, s.name) ?? graph.nodes[0]?.id}
                      onChange={(e) => setMergeInto((m) => ({ ...m, [s.name]: e.target.value }))}
                    >
                      {graph.nodes.map((n) => (
                        <option key={n.id} value={n.id}>
                          {n.label}
                        </option>
                      ))}
                    </select>
                    <button type="button" onClick={() => merge(s)} aria-label={`Merge ${s.name}`}>
                      Merge
                    </button>
                  </>
                )}
                <button
                  type="button"
                  onClick={() => setDismissed((d) => new Set([...d, s.name]))}
                  aria-label={`Dismiss ${s.name}`}
                >
                  Dismiss
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
