// The rules that tie relation types to their declared groups (the legend's sections): group ids
// are unique, each `group` names a declared group, and once a graph declares groups every
// relation type belongs to one and every group holds a type. Kept apart from validate.ts so the
// format can grow without touching the core checks.
import { didYouMean } from './closest';
import { quoted } from './displayText';
import type { GraphFile } from './schema';
import type { Problem } from './types';

/** Every problem with `relationGroups` and the relation types' `group`. */
export function relationGroupProblems(graph: GraphFile): Problem[] {
  const groups = graph.relationGroups ?? [];
  const problems: Problem[] = [];
  const firstAt = new Map<string, number>();
  groups.forEach(({ id }, i) => {
    const earlier = firstAt.get(id);
    if (earlier === undefined) firstAt.set(id, i);
    else
      problems.push({
        path: `relationGroups[${i}].id`,
        message: `duplicate id ${quoted(id)}; first used at relationGroups[${earlier}]`,
      });
  });

  const declared = [...firstAt.keys()];
  const used = new Set<string>();
  graph.relationTypes.forEach((type, i) => {
    const path = `relationTypes[${i}]`;
    if (type.group === undefined) {
      // Without this rule an ungrouped type would silently fall outside every legend section.
      if (groups.length > 0)
        problems.push({
          path,
          message:
            `relation type ${quoted(type.id)} has no "group"; once relationGroups are declared, ` +
            `every relation type names one (declared: ${declared.join(', ')})`,
        });
    } else if (firstAt.has(type.group)) used.add(type.group);
    else
      problems.push({
        path: `${path}.group`,
        message:
          `no relation group with id ${quoted(type.group)}` +
          (declared.length === 0
            ? '; declare it in relationGroups'
            : didYouMean(type.group, declared) || `; declared: ${declared.join(', ')}`),
      });
  });

  groups.forEach(({ id }, i) => {
    if (firstAt.get(id) === i && !used.has(id))
      problems.push({
        path: `relationGroups[${i}]`,
        message: `no relation type is in group ${quoted(id)}: give it types or remove it`,
      });
  });
  return problems;
}
