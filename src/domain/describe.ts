// Plain-language descriptions of graph elements: "Iran supplies Russia",
// "Claimed by United States · denied by Iran". Used by the details panel, tooltips and search.
import type { GraphEdge, GraphFile } from './schema';
import type { Selection } from './types';
import { indexGraph } from './graphIndex';

export interface RelationPhrase {
  subject: string;
  verb: string;
  object: string;
}

export function relationPhrase(graph: GraphFile, edge: GraphEdge): RelationPhrase {
  const index = indexGraph(graph);
  return {
    subject: index.nodeById.get(edge.source)?.label ?? edge.source,
    verb: index.relationTypeById.get(edge.relation)?.label ?? edge.relation,
    object: index.nodeById.get(edge.target)?.label ?? edge.target,
  };
}

/** "Iran supplies Russia (thousands of Shahed drones)" */
export function relationTitle(graph: GraphFile, edge: GraphEdge): string {
  const { subject, verb, object } = relationPhrase(graph, edge);
  return `${subject} ${verb} ${object}${edge.label ? ` (${edge.label})` : ''}`;
}

/** "Iran", "Iran and Russia", "Iran, Russia and Turkey". */
export function listOfNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * How the article holds a claim, saying who claims and who disputes it so that nobody reads
 * the claimant as the denier: "Claimed by United States · denied by Iran", "Reported by RIA",
 * "Stated". A status label is read as a past participle ("Reported", "Denied"); a contested
 * one never follows the claimant's name, since "Denied by United States" would invert it.
 */
export function claimStatus(graph: GraphFile, edge: GraphEdge): string {
  const index = indexGraph(graph);
  const status = index.statusById.get(edge.status);
  const label = status?.label ?? edge.status;
  const names = (ids: readonly string[]) =>
    listOfNames(ids.map((id) => index.nodeById.get(id)?.label ?? id));
  const claimants = edge.attributedTo ?? [];
  if (status?.contested !== true)
    return claimants.length > 0 ? `${label} by ${names(claimants)}` : label;
  const disputers = edge.disputedBy ?? [];
  const parts = claimants.length > 0 ? [`Claimed by ${names(claimants)}`] : [];
  const verb = parts.length > 0 ? label.toLowerCase() : label;
  parts.push(disputers.length > 0 ? `${verb} by ${names(disputers)}` : verb);
  return parts.join(' · ');
}

/** A short name for anything selectable, for lists and the article's previews. */
export function selectionTitle(graph: GraphFile, selection: NonNullable<Selection>): string {
  const index = indexGraph(graph);
  if (selection.kind === 'node') return index.nodeById.get(selection.id)?.label ?? selection.id;
  const edge = index.edgeById.get(selection.id);
  return edge ? relationTitle(graph, edge) : selection.id;
}
