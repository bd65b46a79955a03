// The table view's rows: the visible entities and relations as plain records, and sorting
// by any column. Degree counts visible relations, so the table agrees with the canvas.
import type { GraphFile } from './schema';
import type { Visible } from './filters';
import { indexGraph } from './graphIndex';
import { statusRank } from './paths';

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string;
  degree: number;
  passages: number;
}

export interface RelationRow {
  id: string;
  relation: string;
  from: string;
  to: string;
  status: string;
  /** Declared order of the status (most certain first), so sorting follows certainty. */
  statusRank: number;
  claimedBy: string;
  passages: number;
}

export type EntityColumn = Exclude<keyof EntityRow, 'id'>;
export type RelationColumn = Exclude<keyof RelationRow, 'id' | 'statusRank'>;
export interface SortOrder<C extends string> {
  column: C;
  descending: boolean;
}

export function entityRows(graph: GraphFile, visible: Visible): EntityRow[] {
  const index = indexGraph(graph);
  const rows: EntityRow[] = [];
  for (const node of graph.nodes) {
    if (!visible.nodes.has(node.id)) continue;
    const degree = (index.edgesByNode.get(node.id) ?? []).filter((e) =>
      visible.edges.has(e.id),
    ).length;
    rows.push({
      id: node.id,
      name: node.label,
      type: index.entityTypeById.get(node.type)?.label ?? node.type,
      aliases: node.aliases.join(', '),
      degree,
      passages: node.evidence.length,
    });
  }
  return rows;
}

export function relationRows(graph: GraphFile, visible: Visible): RelationRow[] {
  const index = indexGraph(graph);
  const name = (id: string) => index.nodeById.get(id)?.label ?? id;
  const rows: RelationRow[] = [];
  for (const edge of graph.edges) {
    if (!visible.edges.has(edge.id)) continue;
    const verb = index.relationTypeById.get(edge.relation)?.label ?? edge.relation;
    rows.push({
      id: edge.id,
      relation: edge.label ? `${verb}: ${edge.label}` : verb,
      from: name(edge.source),
      to: name(edge.target),
      status: index.statusById.get(edge.status)?.label ?? edge.status,
      statusRank: statusRank(graph, edge.status),
      claimedBy: (edge.attributedTo ?? []).map(name).join(', '),
      passages: edge.evidence.length,
    });
  }
  return rows;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A sorted copy; ties keep file order (Array.prototype.sort is stable). */
export function sortRows<R extends { id: string }, C extends string & keyof R>(
  rows: readonly R[],
  order: SortOrder<C> | null,
  key: (row: R, column: C) => string | number = (row, column) => row[column] as string | number,
): R[] {
  if (!order) return [...rows];
  const sign = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = key(a, order.column);
    const y = key(b, order.column);
    const c =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return sign * c;
  });
}

/** Relations sort by status in declared (certainty) order, not alphabetically. */
export function relationKey(row: RelationRow, column: RelationColumn): string | number {
  return column === 'status' ? row.statusRank : row[column];
}
