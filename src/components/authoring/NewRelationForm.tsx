// "New relation…": the two entities (those the sentence mentions offered first), the type,
// the direction, the status and who claims it — status and claimant pre-selected from the
// sentence's hedging cues, with the reason shown — and an optional label.
import { useMemo, useState } from 'react';
import { takenIds, uniqueId } from '../../domain/edits/ids';
import { draftRelation } from '../../domain/relationDraft';
import { useStoreApi } from '../../store/StoreProvider';
import { useGraph } from '../useGraph';
import { ClaimPickers, ElementPicker } from './ElementPicker';
import { ChoiceField, FormFrame, TextField } from './fields';
import type { SelectionFormProps } from './formProps';

export function NewRelationForm({
  evidence,
  sourceId,
  text,
  onDone,
  onCancel,
}: SelectionFormProps) {
  const store = useStoreApi();
  const graph = useGraph();
  const draft = useMemo(
    () => draftRelation(graph, sourceId, text, evidence),
    [graph, sourceId, text, evidence],
  );
  const [source, setSource] = useState(draft.source ?? graph.nodes[0]?.id ?? '');
  const [target, setTarget] = useState(draft.target ?? graph.nodes[1]?.id ?? '');
  const [relation, setRelation] = useState(graph.relationTypes[0]?.id ?? '');
  const [status, setStatus] = useState(draft.status ?? '');
  const [claimant, setClaimant] = useState(draft.attributedTo[0] ?? '');
  const [disputer, setDisputer] = useState(draft.disputedBy[0] ?? '');
  const [label, setLabel] = useState('');
  const directed = graph.relationTypes.find((t) => t.id === relation)?.directed ?? true;

  if (graph.nodes.length < 2)
    return (
      <p className="authoring-note" role="status">
        A relation joins two entities: make them first (select each name, then New entity).
      </p>
    );

  const create = () => {
    const verb = relation.replace(/_/g, '-');
    const id = uniqueId(`${source}-${verb}-${target}`, takenIds(graph));
    const ok = store.getState().edit({
      kind: 'addRelation',
      edge: {
        id,
        source,
        target,
        relation,
        status,
        ...(label.trim() ? { label: label.trim() } : {}),
        ...(claimant ? { attributedTo: [claimant] } : {}),
        ...(disputer ? { disputedBy: [disputer] } : {}),
        evidence: [evidence],
      },
    });
    if (ok) {
      store.getState().select({ kind: 'edge', id }, 'article');
      onDone();
    }
  };

  const names = (ids: string[]) =>
    ids.map((id) => graph.nodes.find((n) => n.id === id)?.label ?? id).join(', ');

  // Every entity picker offers the entities the sentence mentions first.
  const mentioned = { graph, first: draft.mentioned, firstLabel: 'In this sentence' };

  return (
    <FormFrame title="New relation" submit="Create relation" onSubmit={create} onCancel={onCancel}>
      <div className="authoring-grid">
        <ElementPicker label="From" {...mentioned} value={source} onChange={setSource} />
        <ChoiceField
          label="Relation"
          value={relation}
          onChange={setRelation}
          options={graph.relationTypes}
          groups={graph.relationGroups}
        />
        <ElementPicker label="To" {...mentioned} value={target} onChange={setTarget} />
        {!directed && <p className="authoring-note">This relation goes both ways.</p>}
        <button
          type="button"
          className="authoring-swap"
          onClick={() => {
            setSource(target);
            setTarget(source);
          }}
        >
          Swap direction
        </button>
      </div>
      <div className="authoring-grid">
        <ChoiceField label="Status" value={status} onChange={setStatus} options={graph.statuses} />
        <ClaimPickers
          {...mentioned}
          claimant={claimant}
          disputer={disputer}
          onClaimant={setClaimant}
          onDisputer={setDisputer}
        />
        <TextField
          label="Label (optional)"
          value={label}
          onChange={setLabel}
          placeholder="drones"
        />
      </div>
      {draft.hedge && (
        <p className="authoring-hedge" role="note">
          Suggested: {graph.statuses.find((s) => s.id === draft.hedge!.status)?.label}{' '}
          {draft.hedge.reason}
          {draft.attributedTo.length > 0 && `, claimed by ${names(draft.attributedTo)}`}
          {draft.disputedBy.length > 0 && `, disputed by ${names(draft.disputedBy)}`}.
        </p>
      )}
    </FormFrame>
  );
}
