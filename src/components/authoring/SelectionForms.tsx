// The small forms behind "New entity", "Add as evidence…" and "Add as alias…": each turns
// the selected passage into one undoable edit and selects what it made or changed.
import { useState } from 'react';
import { takenIds, uniqueId } from '../../domain/edits/ids';
import type { Ref } from '../../domain/refs';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { useGraph } from '../useGraph';
import { ElementPicker } from './ElementPicker';
import { ChoiceField, FormFrame, TextField } from './fields';
import type { SelectionFormProps } from './formProps';

export function NewEntityForm({ evidence, onDone, onCancel }: SelectionFormProps) {
  const store = useStoreApi();
  const graph = useGraph();
  const [name, setName] = useState(evidence.quote.replace(/\s+/g, ' ').trim());
  const [type, setType] = useState(graph.entityTypes[0]?.id ?? '');
  const [summary, setSummary] = useState('');
  const create = () => {
    const id = uniqueId(name, takenIds(graph));
    const label = name.trim();
    const ok = store.getState().edit({
      kind: 'addEntity',
      node: {
        id,
        label,
        type,
        aliases: [],
        summary: summary.trim() || `${label}, as named in the article.`,
        evidence: [evidence],
      },
    });
    if (ok) {
      store.getState().select({ kind: 'node', id }, 'article');
      onDone();
    }
  };
  return (
    <FormFrame title="New entity" submit="Create entity" onSubmit={create} onCancel={onCancel}>
      <TextField label="Name" value={name} onChange={setName} autoFocus />
      <ChoiceField label="Type" value={type} onChange={setType} options={graph.entityTypes} />
      <TextField label="Summary (optional)" value={summary} onChange={setSummary} />
    </FormFrame>
  );
}

function parseRef(value: string): Ref | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (!id || (kind !== 'node' && kind !== 'edge')) return null;
  return { kind, id };
}

export function EvidenceForm({ evidence, onDone, onCancel }: SelectionFormProps) {
  const store = useStoreApi();
  const graph = useGraph();
  const selection = useAppStore((s) => s.selection);
  const [target, setTarget] = useState(
    selection
      ? `${selection.kind}:${selection.id}`
      : graph.nodes[0]
        ? `node:${graph.nodes[0].id}`
        : '',
  );
  const add = () => {
    const ref = parseRef(target);
    if (!ref) return;
    if (store.getState().edit({ kind: 'addEvidence', ref, evidence })) {
      store.getState().select(ref, 'article');
      onDone();
    }
  };
  return (
    <FormFrame title="Add as evidence" submit="Add evidence" onSubmit={add} onCancel={onCancel}>
      <ElementPicker
        label="Evidence for"
        graph={graph}
        value={target}
        onChange={setTarget}
        withRelations
      />
    </FormFrame>
  );
}

export function AliasForm({ evidence, onDone, onCancel }: SelectionFormProps) {
  const store = useStoreApi();
  const graph = useGraph();
  const selection = useAppStore((s) => s.selection);
  const [target, setTarget] = useState(
    selection?.kind === 'node' ? selection.id : (graph.nodes[0]?.id ?? ''),
  );
  const alias = evidence.quote.replace(/\s+/g, ' ').trim();
  const add = () => {
    const node = graph.nodes.find((n) => n.id === target);
    if (!node) return;
    const ref = { kind: 'node' as const, id: target };
    const known = node.evidence.some((e) => e.start === evidence.start && e.end === evidence.end);
    const ok = store
      .getState()
      .edit(
        { kind: 'addAlias', id: target, alias },
        ...(known ? [] : [{ kind: 'addEvidence' as const, ref, evidence }]),
      );
    if (ok) {
      store.getState().select(ref, 'article');
      onDone();
    }
  };
  return (
    <FormFrame
      title={`Add “${alias}” as alias`}
      submit="Add alias"
      onSubmit={add}
      onCancel={onCancel}
    >
      <ElementPicker label="Alias of" graph={graph} value={target} onChange={setTarget} />
    </FormFrame>
  );
}
