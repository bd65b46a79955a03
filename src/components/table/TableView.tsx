// The table view: the visible entities and relations as two sortable tables — exactly what
// the canvas shows under the current filters. Choosing a row selects it everywhere.
// Loaded lazily: most readers never open it.
import { useMemo, useState } from 'react';
import {
  entityRows,
  relationKey,
  relationRows,
  sortRows,
  type EntityColumn,
  type EntityRow,
  type RelationColumn,
  type RelationRow,
  type SortOrder,
} from '../../domain/tableRows';
import type { Ref } from '../../domain/refs';
import { useAppStore } from '../../store/StoreProvider';
import { selectVisible } from '../../store/selectors';
import { useGraph } from '../useGraph';
import { VirtualTable, type Column } from './VirtualTable';
import './TableView.css';

const ENTITY_COLUMNS: readonly Column<EntityRow, EntityColumn>[] = [
  { id: 'name', label: 'Name', width: 'minmax(140px, 2fr)', cell: (r) => r.name },
  { id: 'type', label: 'Type', width: 'minmax(90px, 1fr)', cell: (r) => r.type },
  { id: 'aliases', label: 'Aliases', width: 'minmax(120px, 2fr)', cell: (r) => r.aliases },
  { id: 'degree', label: 'Degree', width: '80px', numeric: true, cell: (r) => r.degree },
  { id: 'passages', label: 'Passages', width: '76px', numeric: true, cell: (r) => r.passages },
];

const RELATION_COLUMNS: readonly Column<RelationRow, RelationColumn>[] = [
  { id: 'relation', label: 'Relation', width: 'minmax(110px, 2fr)', cell: (r) => r.relation },
  { id: 'from', label: 'From', width: 'minmax(80px, 1.2fr)', cell: (r) => r.from },
  { id: 'to', label: 'To', width: 'minmax(80px, 1.2fr)', cell: (r) => r.to },
  { id: 'status', label: 'Status', width: 'minmax(70px, 0.8fr)', cell: (r) => r.status },
  { id: 'claimedBy', label: 'Claimed by', width: 'minmax(80px, 1fr)', cell: (r) => r.claimedBy },
  { id: 'passages', label: 'Passages', width: '76px', numeric: true, cell: (r) => r.passages },
];

/** One titled, sortable table of the view; it keeps its own sort order. */
function TablePart<R extends { id: string }, C extends string & keyof R>(props: {
  kind: Ref['kind'];
  title: string;
  rows: readonly R[];
  columns: readonly Column<R, C>[];
  sortKey?: (row: R, column: C) => string | number;
  rowName: (row: R) => string;
}) {
  const { kind, title, rows, sortKey } = props;
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const [order, setOrder] = useState<SortOrder<C> | null>(null);
  const sorted = useMemo(() => sortRows(rows, order, sortKey), [rows, order, sortKey]);
  const headingId = `table-${title.toLowerCase()}`;
  return (
    <section className="table-view__part" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="table-view__count">({sorted.length})</span>
      </h2>
      <VirtualTable
        label={title}
        rows={sorted}
        columns={props.columns}
        order={order}
        onSort={setOrder}
        selectedId={selection?.kind === kind ? selection.id : null}
        onSelect={(id) => select({ kind, id }, 'details')}
        rowName={props.rowName}
      />
    </section>
  );
}

const relationName = (r: RelationRow) => `${r.from} ${r.relation} ${r.to}`;

export function TableView() {
  const graph = useGraph();
  const visible = useAppStore(selectVisible);
  const entities = useMemo(() => entityRows(graph, visible), [graph, visible]);
  const relations = useMemo(() => relationRows(graph, visible), [graph, visible]);
  return (
    <div className="table-view">
      <TablePart
        kind="node"
        title="Entities"
        rows={entities}
        columns={ENTITY_COLUMNS}
        rowName={(r) => r.name}
      />
      <TablePart
        kind="edge"
        title="Relations"
        rows={relations}
        columns={RELATION_COLUMNS}
        sortKey={relationKey}
        rowName={relationName}
      />
    </div>
  );
}
