// The rules for who disputes a claim (`disputedBy` on an edge): each entry is a node, a party
// is not both the claimant and the one who disputes, and a disputed claim carries a status
// declared `contested`, so the status and the names cannot tell different stories.
import { didYouMean } from './closest';
import { quoted } from './displayText';
import type { GraphFile } from './schema';
import type { Problem } from './types';

/** Every problem with the edges' `disputedBy`. */
export function disputeProblems(graph: GraphFile): Problem[] {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const statuses = new Map(graph.statuses.map((status) => [status.id, status]));
  const problems: Problem[] = [];
  // "Did you mean" compares with every node id: offered for the first hundred unknown names
  // only, so a file listing thousands of them stays quick to check.
  let hints = 100;
  graph.edges.forEach((edge, i) => {
    const disputedBy = edge.disputedBy;
    if (disputedBy === undefined) return;
    const path = `edges[${i}].disputedBy`;
    const claimants = new Set(edge.attributedTo);
    disputedBy.forEach((who, k) => {
      if (!nodeIds.has(who))
        problems.push({
          path: `${path}[${k}]`,
          message: `no node with id ${quoted(who)}${hints-- > 0 ? didYouMean(who, nodeIds) : ''}`,
        });
      else if (claimants.has(who))
        problems.push({
          path: `${path}[${k}]`,
          message: `${quoted(who)} is also in attributedTo: who makes a claim does not dispute it`,
        });
    });
    const status = statuses.get(edge.status);
    if (disputedBy.length > 0 && status !== undefined && status.contested !== true)
      problems.push({
        path,
        message:
          `the claim is disputed but its status ${quoted(edge.status)} is not contested; ` +
          `use a status with "contested": true (${contestedIds(graph).join(', ') || 'none declared'})`,
      });
  });
  return problems;
}

function contestedIds(graph: GraphFile): string[] {
  return graph.statuses.filter((status) => status.contested === true).map((status) => status.id);
}
