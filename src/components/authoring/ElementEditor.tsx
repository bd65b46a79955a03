// Editing the selected entity or relation: every field, its passages, and delete (an
// entity's relations go with it, and the button says how many first). Each Save is one
// undoable edit.
import { useState } from 'react';
import { relationsOfEntity } from '../../domain/edits/entityEdits';
import type { EntityChanges, RelationChanges } from '../../domain/edits/types';
import type { GraphEdge, GraphNode } from '../../domain/schema';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { useGraph, useIndex } from '../useGraph';
import { ClaimPickers, ElementPicker } from './ElementPicker';
import { EvidenceEditor } from './EvidenceEditor';
import { ChoiceField, FormFrame, TextField } from './fields';

function changed<T extends object>(before: T, after: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(after).filter(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify((before as Record<string, unknown>)[k]),
    ),
  ) as Partial<T>;
}

function EntityEditor({ node }: { node: GraphNode }) {
  const store = useStoreApi();
  const graph = useGraph();
  const [label, setLabel] = useState(node.label);
  const [type, setType] = useState(node.type);
  const [summary, setSummary] = useState(node.summary);
  const [confirming, setConfirming] = useState(false);
  const relations = relationsOfEntity(graph, node.id).length;
  const save = () => {
    const changes: EntityChanges = changed(
      { label: node.label, type: node.type, summary: node.summary },
      { label: label.trim(), type, summary: summary.trim() },
    );
    if (Object.keys(changes).length > 0)
      store.getState().edit({ kind: 'updateEntity', id: node.id, changes });
  };
  const remove = () => {
    if (store.getState().edit({ kind: 'deleteEntity', id: node.id }))
      store.getState().clearSelection();
  };
  return (
    <>
      <FormFrame
        title={`Edit ${node.label}`}
        submit="Save changes"
        onSubmit={save}
        onCancel={() => store.getState().clearSelection()}
      >
        <TextField label="Name" value={label} onChange={setLabel} />
        <ChoiceField label="Type" value={type} onChange={setType} options={graph.entityTypes} />
        <TextField label="Summary" value={summary} onChange={setSummary} rows={2} />
      </FormFrame>
      {node.aliases.length > 0 && (
        <ul className="authoring-list" aria-label="Aliases">
          {node.aliases.map((alias) => (
            <li key={alias}>
              {alias}{' '}
              <button
                type="button"
                aria-label={`Remove alias ${alias}`}
                onClick={() => store.getState().edit({ kind: 'removeAlias', id: node.id, alias })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <EvidenceEditor owner={{ kind: 'node', id: node.id }} evidence={node.evidence} />
      {confirming ? (
        <p className="authoring-confirm" role="alert">
          Delete {node.label}
          {relations > 0 &&
            ` and its ${relations} ${relations === 1 ? 'relation' : 'relations'}`}?{' '}
          <button type="button" onClick={remove}>
            Delete
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </p>
      ) : (
        <button type="button" className="authoring-danger" onClick={() => setConfirming(true)}>
          Delete entity…
        </button>
      )}
    </>
  );
}

function RelationEditor({ edge }: { edge: GraphEdge }) {
  const store = useStoreApi();
  const graph = useGraph();
  const [fields, setFields] = useState({
    source: edge.source,
    target: edge.target,
    relation: edge.relation,
    status: edge.status,
    label: edge.label ?? '',
    claimant: edge.attributedTo?.[0] ?? '',
    disputer: edge.disputedBy?.[0] ?? '',
  });
  const set = (key: keyof typeof fields) => (value: string) =>
    setFields((f) => ({ ...f, [key]: value }));
  const save = () => {
    const { claimant, disputer, label, ...rest } = fields;
    const changes: RelationChanges = changed(
      { ...edge },
      {
        ...edge,
        ...rest,
        label: label.trim() || undefined,
        attributedTo: claimant ? [claimant, ...(edge.attributedTo ?? []).slice(1)] : undefined,
        disputedBy: disputer ? [disputer, ...(edge.disputedBy ?? []).slice(1)] : undefined,
      },
    );
    if (Object.keys(changes).length > 0)
      store.getState().edit({ kind: 'updateRelation', id: edge.id, changes });
  };
  return (
    <>
      <FormFrame
        title="Edit relation"
        submit="Save changes"
        onSubmit={save}
        onCancel={() => store.getState().clearSelection()}
      >
        <ElementPicker label="From" graph={graph} value={fields.source} onChange={set('source')} />
        <ChoiceField
          label="Relation"
          value={fields.relation}
          onChange={set('relation')}
          options={graph.relationTypes}
        />
        <ElementPicker label="To" graph={graph} value={fields.target} onChange={set('target')} />
        <ChoiceField
          label="Status"
          value={fields.status}
          onChange={set('status')}
          options={graph.statuses}
        />
        <ClaimPickers
          graph={graph}
          claimant={fields.claimant}
          disputer={fields.disputer}
          onClaimant={set('claimant')}
          onDisputer={set('disputer')}
        />
        <TextField label="Label" value={fields.label} onChange={set('label')} />
      </FormFrame>
      <EvidenceEditor owner={{ kind: 'edge', id: edge.id }} evidence={edge.evidence} />
      <button
        type="button"
        className="authoring-danger"
        onClick={() => {
          if (store.getState().edit({ kind: 'deleteRelation', id: edge.id }))
            store.getState().clearSelection();
        }}
      >
        Delete relation
      </button>
    </>
  );
}

export function ElementEditor() {
  const selection = useAppStore((s) => s.selection);
  const index = useIndex();
  if (!selection)
    return <p className="authoring-note">Select an entity or a relation to edit it.</p>;
  if (selection.kind === 'node') {
    const node = index.nodeById.get(selection.id);
    // Keyed on the element itself: after an edit (or undo) the form starts from what is stored.
    return node ? <EntityEditor key={JSON.stringify(node)} node={node} /> : null;
  }
  const edge = index.edgeById.get(selection.id);
  return edge ? <RelationEditor key={JSON.stringify(edge)} edge={edge} /> : null;
}
