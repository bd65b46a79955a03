// What an export covers: the whole graph, or only what the filters show. A filtered
// export is still a valid graph (relations keep both ends; "according to" and "disputed
// by" lists drop entities left out) and it says what it is in a note every format carries.
import { selfContained } from '../domain/selfContained';
import type { Visible } from '../domain/filters';
import type { GraphEdge, GraphFile } from '../domain/schema';
import type { LoadedGraph } from '../domain/types';

/** A graph ready to export: self-contained, scoped, with its note. */
export interface ExportDoc {
  graph: GraphFile;
  /** Texts by source id (the same as each source's `text`). */
  texts: ReadonlyMap<string, string>;
  filtered: boolean;
  /** One sentence saying what the file holds, for formats with room for it. */
  note: string;
  /** Canvas positions by node id, when the exporter has them. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

const keepIn = (ids: readonly string[] | undefined, kept: ReadonlySet<string>) => {
  const left = ids?.filter((id) => kept.has(id));
  return left && left.length > 0 ? left : undefined;
};

function scopeEdge(edge: GraphEdge, nodes: ReadonlySet<string>): GraphEdge {
  const copy: GraphEdge = { ...edge };
  const attributedTo = keepIn(edge.attributedTo, nodes);
  const disputedBy = keepIn(edge.disputedBy, nodes);
  if (attributedTo) copy.attributedTo = attributedTo;
  else delete copy.attributedTo;
  if (disputedBy) copy.disputedBy = disputedBy;
  else delete copy.disputedBy;
  return copy;
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The document to export; `visible` given means "only what the filters show". */
export function exportDoc(
  loaded: LoadedGraph,
  visible: Visible | null,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
  today: Date = new Date(),
): ExportDoc {
  const full = selfContained(loaded);
  const texts = new Map(full.sources.map((s) => [s.id, s.text ?? '']));
  const date = today.toISOString().slice(0, 10);
  const base = { texts, ...(positions ? { positions } : {}) };
  if (!visible) {
    const note = `The whole graph "${full.title}": ${plural(full.nodes.length, 'entity', 'entities')} and ${plural(full.edges.length, 'relation', 'relations')}, exported ${date}.`;
    return { ...base, graph: full, filtered: false, note };
  }
  const nodes = full.nodes.filter((n) => visible.nodes.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = full.edges
    .filter((e) => visible.edges.has(e.id) && kept.has(e.source) && kept.has(e.target))
    .map((e) => scopeEdge(e, kept));
  const note =
    `Filtered view of "${full.title}": ${nodes.length} of ${plural(full.nodes.length, 'entity', 'entities')} ` +
    `and ${edges.length} of ${plural(full.edges.length, 'relation', 'relations')}, as the explorer's filters showed them on ${date}.`;
  const description = full.description ? `${note} ${full.description}` : note;
  return { ...base, graph: { ...full, description, nodes, edges }, filtered: true, note };
}

/** A file name from the title: "Iran and Russia…" → "iran-and-russia-…-filtered.graph.json". */
export function exportFileName(doc: Pick<ExportDoc, 'graph' | 'filtered'>, suffix: string): string {
  const slug =
    doc.graph.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'graph';
  return `${slug}${doc.filtered ? '-filtered' : ''}${suffix}`;
}
