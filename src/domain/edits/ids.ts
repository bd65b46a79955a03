// Ids for what an author creates: kebab-case from the name ("U.S. officials" →
// "u-s-officials"), made unique against the ids already taken.

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'item' : slug.slice(0, 60).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`, … the first not in `taken`. */
export function uniqueId(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Ids in use by nodes and edges (one namespace). */
export function takenIds(graph: {
  nodes: readonly { id: string }[];
  edges: readonly { id: string }[];
}): Set<string> {
  return new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
}
