// The shareable part of the URL: which entity or relation is selected, as
// `#entity=iran` or `#relation=iran-supplies-russia-shahed-drones`. Anything else in the
// hash is reported back as a problem the page can show; it never breaks the page.
import type { GraphFile } from './schema';
import type { Selection } from './types';
import { indexGraph } from './graphIndex';

export interface HashState {
  selection: Selection;
  /** Why the hash was ignored, in words a reader can act on; null when it was fine. */
  problem: string | null;
}

export function parseLocationHash(hash: string, graph: GraphFile): HashState {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return { selection: null, problem: null };
  const match = /^(entity|relation)=(.+)$/.exec(raw);
  if (!match) {
    return {
      selection: null,
      problem: `The link's "#${truncate(raw)}" is not understood; expected #entity=… or #relation=….`,
    };
  }
  let id: string;
  try {
    id = decodeURIComponent(match[2]!);
  } catch {
    return {
      selection: null,
      problem: `The link's "#${truncate(raw)}" is not valid URL encoding.`,
    };
  }
  const index = indexGraph(graph);
  if (match[1] === 'entity') {
    if (index.nodeById.has(id)) return { selection: { kind: 'node', id }, problem: null };
    return {
      selection: null,
      problem: `The link names an entity "${truncate(id)}" that is not in this graph.`,
    };
  }
  if (index.edgeById.has(id)) return { selection: { kind: 'edge', id }, problem: null };
  return {
    selection: null,
    problem: `The link names a relation "${truncate(id)}" that is not in this graph.`,
  };
}

export function formatLocationHash(selection: Selection): string {
  if (!selection) return '';
  const key = selection.kind === 'node' ? 'entity' : 'relation';
  return `#${key}=${encodeURIComponent(selection.id)}`;
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
