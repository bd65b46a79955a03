// Relation types by declared group (Military, Diplomacy, …): the legend shows and filters a
// group at once. A group is only a set of relation types: hiding a group hides its types,
// so the filters stay one list of hidden relation types. Pure.
import type { GraphFile, RelationType } from './schema';

export interface TypeGroup {
  id: string;
  label: string;
  description: string;
  types: RelationType[];
}

/** Id of the group that gathers types with no (known) group, when groups are declared. */
export const OTHER_GROUP = '';

const cache = new WeakMap<GraphFile, TypeGroup[]>();

/**
 * The declared groups in order, each with its types in declared order; types without a
 * known group last, under "Other relations". No groups declared: an empty list.
 */
export function relationGroupsOf(graph: GraphFile): TypeGroup[] {
  const cached = cache.get(graph);
  if (cached) return cached;
  const declared = graph.relationGroups ?? [];
  const groups: TypeGroup[] = declared.map((g) => ({
    id: g.id,
    label: g.label,
    description: g.description,
    types: graph.relationTypes.filter((t) => t.group === g.id),
  }));
  if (declared.length > 0) {
    const known = new Set(declared.map((g) => g.id));
    const rest = graph.relationTypes.filter((t) => t.group === undefined || !known.has(t.group));
    if (rest.length > 0)
      groups.push({
        id: OTHER_GROUP,
        label: 'Other relations',
        description: 'Relation types in no declared group.',
        types: rest,
      });
  }
  const result = groups.filter((g) => g.types.length > 0);
  cache.set(graph, result);
  return result;
}

export type GroupState = 'shown' | 'hidden' | 'mixed';

/** Whether all, none or some of a group's types are shown. */
export function groupState(group: TypeGroup, hidden: readonly string[]): GroupState {
  const off = group.types.filter((t) => hidden.includes(t.id)).length;
  return off === 0 ? 'shown' : off === group.types.length ? 'hidden' : 'mixed';
}

/** The group checkbox: a fully shown group hides; a hidden or mixed one shows in full. */
export function toggleGroup(hidden: readonly string[], group: TypeGroup): string[] {
  const ids = new Set(group.types.map((t) => t.id));
  const rest = hidden.filter((id) => !ids.has(id));
  return groupState(group, hidden) === 'shown' ? [...rest, ...ids] : rest;
}

/** "only": every relation type outside the group hidden, the group's all shown. */
export function onlyGroup(graph: GraphFile, group: TypeGroup): string[] {
  const ids = new Set(group.types.map((t) => t.id));
  return graph.relationTypes.filter((t) => !ids.has(t.id)).map((t) => t.id);
}

/** Whether a legend entry's name matches the legend's filter box (case and accents aside). */
export function matchesQuery(name: string, query: string): boolean {
  const q = fold(query.trim());
  return q === '' || fold(name).includes(q);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
