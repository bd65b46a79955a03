// The attributes every graph-tool export carries, computed once for GraphML and GEXF:
// type, status, who claims and disputes, the quotes, and positions when known.
import type { ExportDoc } from './scope';

export type AttrType = 'string' | 'boolean' | 'double';
export interface AttrSpec {
  key: string;
  title: string;
  type: AttrType;
}
export type AttrValues = Record<string, string | number | boolean | undefined>;

export const NODE_ATTRS: readonly AttrSpec[] = [
  { key: 'label', title: 'label', type: 'string' },
  { key: 'type', title: 'type', type: 'string' },
  { key: 'type_label', title: 'type_label', type: 'string' },
  { key: 'aliases', title: 'aliases', type: 'string' },
  { key: 'summary', title: 'summary', type: 'string' },
  { key: 'quotes', title: 'quotes', type: 'string' },
  { key: 'x', title: 'x', type: 'double' },
  { key: 'y', title: 'y', type: 'double' },
];

export const EDGE_ATTRS: readonly AttrSpec[] = [
  { key: 'label', title: 'label', type: 'string' },
  { key: 'relation', title: 'relation', type: 'string' },
  { key: 'relation_label', title: 'relation_label', type: 'string' },
  { key: 'claim', title: 'claim', type: 'string' },
  { key: 'status', title: 'status', type: 'string' },
  { key: 'status_label', title: 'status_label', type: 'string' },
  { key: 'contested', title: 'contested', type: 'boolean' },
  { key: 'claimed_by', title: 'claimed_by', type: 'string' },
  { key: 'disputed_by', title: 'disputed_by', type: 'string' },
  { key: 'quotes', title: 'quotes', type: 'string' },
];

/** Quotes joined for one cell: ` | ` between passages, as Gephi shows one string. */
const joinQuotes = (evidence: readonly { quote: string }[]) =>
  evidence.map((e) => e.quote).join(' | ');

export interface ExportElements {
  nodes: { id: string; attrs: AttrValues }[];
  edges: { id: string; source: string; target: string; directed: boolean; attrs: AttrValues }[];
}

export function exportElements(doc: ExportDoc): ExportElements {
  const { graph, positions } = doc;
  const typeLabel = new Map(graph.entityTypes.map((t) => [t.id, t.label]));
  const relation = new Map(graph.relationTypes.map((t) => [t.id, t]));
  const status = new Map(graph.statuses.map((s) => [s.id, s]));
  const name = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const names = (ids: readonly string[] | undefined) =>
    ids && ids.length > 0 ? ids.map((id) => name.get(id) ?? id).join('; ') : undefined;
  return {
    nodes: graph.nodes.map((n) => {
      const at = positions?.get(n.id);
      return {
        id: n.id,
        attrs: {
          label: n.label,
          type: n.type,
          type_label: typeLabel.get(n.type) ?? n.type,
          aliases: n.aliases.length > 0 ? n.aliases.join('; ') : undefined,
          summary: n.summary,
          quotes: joinQuotes(n.evidence),
          x: at?.x,
          y: at?.y,
        },
      };
    }),
    edges: graph.edges.map((e) => {
      const rel = relation.get(e.relation);
      const st = status.get(e.status);
      const relLabel = rel?.label ?? e.relation;
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        directed: rel?.directed ?? true,
        attrs: {
          label: e.label ? `${relLabel}: ${e.label}` : relLabel,
          relation: e.relation,
          relation_label: relLabel,
          claim: e.label,
          status: e.status,
          status_label: st?.label ?? e.status,
          contested: st?.contested ?? false,
          claimed_by: names(e.attributedTo),
          disputed_by: names(e.disputedBy),
          quotes: joinQuotes(e.evidence),
        },
      };
    }),
  };
}
