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

/** Columns in order, each named as it is keyed (Gephi shows the name as the column title). */
const specs = (types: Record<string, AttrType>): readonly AttrSpec[] =>
  Object.entries(types).map(([key, type]) => ({ key, title: key, type }));

export const NODE_ATTRS = specs({
  label: 'string',
  type: 'string',
  type_label: 'string',
  aliases: 'string',
  summary: 'string',
  quotes: 'string',
  x: 'double',
  y: 'double',
});

export const EDGE_ATTRS = specs({
  label: 'string',
  relation: 'string',
  relation_label: 'string',
  claim: 'string',
  status: 'string',
  status_label: 'string',
  contested: 'boolean',
  claimed_by: 'string',
  disputed_by: 'string',
  quotes: 'string',
});

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
