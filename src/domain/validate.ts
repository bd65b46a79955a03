// The checks zod cannot make: how the pieces of a graph fit together. Ids are unique, every
// reference names something declared, every evidence quote sits at its offsets, and no fact is
// stated twice. Reports every problem, each with its JSON path, so one run shows all of them.
import { checkEvidence } from './checkEvidence';
import { didYouMean } from './closest';
import { quoted, truncate } from './displayText';
import type { Evidence, GraphEdge, GraphFile } from './schema';
import type { Problem } from './types';
import { disputeProblems } from './validateDisputes';
import { relationGroupProblems } from './validateGroups';

// Work bounds for one validation run, so a hostile or broken file costs time linear in its
// size: "did you mean" compares a name with many ids, and locating a misplaced quote reads
// its whole text. Past these counts the problems are still reported, without the extra help.
const MAX_HINTS = 100;
const MAX_QUOTE_SEARCHES = 100;

interface Budget {
  hints: { left: number };
  searches: { left: number };
}

/** `no node with id "iram" (did you mean "iran"?)`, or the declared ids when there are few. */
function unknownReference(
  kind: string,
  id: string,
  declared: ReadonlySet<string>,
  budget: Budget,
): string {
  const hint = budget.hints.left-- > 0 ? didYouMean(id, declared) : '';
  const listed = hint === '' && declared.size > 0 && declared.size <= 8;
  const known = listed ? `; declared: ${[...declared].map((d) => truncate(d)).join(', ')}` : '';
  return `no ${kind} with id ${quoted(id)}${hint}${known}`;
}

/** Duplicate ids among `items`, which share one namespace; reports each repeat at its path. */
function duplicateIds(items: readonly { id: string; path: string }[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { id, path } of items) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, path);
    else
      problems.push({
        path: `${path}.id`,
        message: `duplicate id ${quoted(id)}; first used at ${earlier}`,
      });
  }
  return problems;
}

function withPaths(name: string, items: readonly { id: string }[]) {
  return items.map(({ id }, i) => ({ id, path: `${name}[${i}]` }));
}

function evidenceProblems(
  evidence: readonly Evidence[],
  path: string,
  sourceIds: ReadonlySet<string>,
  texts: Readonly<Record<string, string>>,
  budget: Budget,
): Problem[] {
  return evidence.flatMap((span, k) => {
    const spanPath = `${path}.evidence[${k}]`;
    if (!sourceIds.has(span.source))
      return [
        {
          path: `${spanPath}.source`,
          message: unknownReference('source', span.source, sourceIds, budget),
        },
      ];
    return checkEvidence(span, spanPath, texts, budget.searches);
  });
}

/**
 * The identity of the fact an edge states: endpoints, relation and label (trimmed, any case).
 * Endpoints are sorted for undirected relations, where "A allies with B" is "B allies with A".
 */
function factKey(edge: GraphEdge, directed: boolean): string {
  const ends = directed ? [edge.source, edge.target] : [edge.source, edge.target].sort();
  return JSON.stringify([...ends, edge.relation, (edge.label ?? '').trim().toLowerCase()]);
}

/** Every problem in `graph`; `texts` holds each readable source's text by source id. */
export function validateGraph(
  graph: GraphFile,
  texts: Readonly<Record<string, string>>,
): Problem[] {
  const problems: Problem[] = [
    ...duplicateIds(withPaths('sources', graph.sources)),
    ...duplicateIds(withPaths('statuses', graph.statuses)),
    ...duplicateIds(withPaths('entityTypes', graph.entityTypes)),
    ...duplicateIds(withPaths('relationTypes', graph.relationTypes)),
    // Nodes and edges share one namespace: a selection or a URL names either by id alone.
    ...duplicateIds([...withPaths('nodes', graph.nodes), ...withPaths('edges', graph.edges)]),
  ];
  // Sets, because a graph may have thousands of edges each checked against these.
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const sourceIds = new Set(graph.sources.map((source) => source.id));
  const statusIds = new Set(graph.statuses.map((status) => status.id));
  const typeIds = new Set(graph.entityTypes.map((type) => type.id));
  const relationTypes = new Map(graph.relationTypes.map((type) => [type.id, type]));
  const relationIds = new Set(relationTypes.keys());
  const budget: Budget = {
    hints: { left: MAX_HINTS },
    searches: { left: MAX_QUOTE_SEARCHES },
  };
  const report = (path: string, message: string) => problems.push({ path, message });

  graph.nodes.forEach((node, i) => {
    const path = `nodes[${i}]`;
    if (!typeIds.has(node.type))
      report(`${path}.type`, unknownReference('entity type', node.type, typeIds, budget));
    problems.push(...evidenceProblems(node.evidence, path, sourceIds, texts, budget));
  });

  const facts = new Map<string, number>();
  graph.edges.forEach((edge, i) => {
    const path = `edges[${i}]`;
    for (const end of ['source', 'target'] as const)
      if (!nodeIds.has(edge[end]))
        report(`${path}.${end}`, unknownReference('node', edge[end], nodeIds, budget));
    if (edge.source === edge.target)
      report(
        path,
        `source and target are both ${quoted(edge.source)}: a relation needs two different entities`,
      );
    const relation = relationTypes.get(edge.relation);
    if (relation === undefined)
      report(
        `${path}.relation`,
        unknownReference('relation type', edge.relation, relationIds, budget),
      );
    if (!statusIds.has(edge.status))
      report(`${path}.status`, unknownReference('status', edge.status, statusIds, budget));
    edge.attributedTo?.forEach((who, k) => {
      if (!nodeIds.has(who))
        report(`${path}.attributedTo[${k}]`, unknownReference('node', who, nodeIds, budget));
    });
    problems.push(...evidenceProblems(edge.evidence, path, sourceIds, texts, budget));

    const key = factKey(edge, relation?.directed ?? true);
    const earlier = facts.get(key);
    const other = earlier === undefined ? undefined : graph.edges[earlier];
    if (earlier === undefined || other === undefined) facts.set(key, i);
    else
      report(
        path,
        `states the same relation as edges[${earlier}] (${quoted(other.id)}): same ` +
          `${relation?.directed === false ? 'two entities (in either direction)' : 'source, target'}` +
          ', relation and label; merge their evidence, or give each a label saying what differs',
      );
  });
  problems.push(...relationGroupProblems(graph), ...disputeProblems(graph));
  return problems;
}
