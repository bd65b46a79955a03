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

export function TableView() {
  const graph = useGraph();
  const visible = useAppStore(selectVisible);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const [entityOrder, setEntityOrder] = useState<SortOrder<EntityColumn> | null>(null);
  const [relationOrder, setRelationOrder] = useState<SortOrder<RelationColumn> | null>(null);

  const entities = useMemo(
    () => sortRows(entityRows(graph, visible), entityOrder),
    [graph, visible, entityOrder],
  );
  const relations = useMemo(
    () => sortRows(relationRows(graph, visible), relationOrder, relationKey),
    [graph, visible, relationOrder],
  );

  return (
    <div className="table-view">
      <section className="table-view__part" aria-labelledby="table-entities">
        <h2 id="table-entities">
          Entities <span className="table-view__count">({entities.length})</span>
        </h2>
        <VirtualTable
          label="Entities"
          rows={entities}
          columns={ENTITY_COLUMNS}
          order={entityOrder}
          onSort={setEntityOrder}
          selectedId={selection?.kind === 'node' ? selection.id : null}
          onSelect={(id) => select({ kind: 'node', id }, 'details')}
          rowName={(r) => r.name}
        />
      </section>
      <section className="table-view__part" aria-labelledby="table-relations">
        <h2 id="table-relations">
          Relations <span className="table-view__count">({relations.length})</span>
        </h2>
        <VirtualTable
          label="Relations"
          rows={relations}
          columns={RELATION_COLUMNS}
          order={relationOrder}
          onSort={setRelationOrder}
          selectedId={selection?.kind === 'edge' ? selection.id : null}
          onSelect={(id) => select({ kind: 'edge', id }, 'details')}
          rowName={(r) => `${r.from} ${r.relation} ${r.to}`}
        />
      </section>
    </div>
  );
}
