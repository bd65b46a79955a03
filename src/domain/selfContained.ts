// A graph that carries its own texts: every source's `file` replaced by its `text`, so the
// graph can be stored, exported or reopened without the files it was loaded with. The
// `$schema` pointer goes too: it is relative to a folder the graph no longer lives in.
import type { GraphFile, Source } from './schema';
import type { LoadedGraph } from './types';

export function selfContained({ graph, texts }: LoadedGraph): GraphFile {
  const sources = graph.sources.map((source): Source => {
    if (source.text !== undefined) return source;
    const text = Object.hasOwn(texts, source.id) ? texts[source.id] : undefined;
    if (text === undefined) throw new Error(`source "${source.id}" has no resolved text`);
    const embedded: Source = { ...source, text };
    delete embedded.file;
    return embedded;
  });
  const copy: GraphFile = { ...graph, sources };
  delete copy.$schema;
  return copy;
}

/** The figures a list of graphs shows: how many entities and relations. */
export function graphCounts(graph: GraphFile): { entities: number; relations: number } {
  return { entities: graph.nodes.length, relations: graph.edges.length };
}
