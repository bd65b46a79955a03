// How validation results read on a terminal: one problem per line, prefixed with the file,
// so editors and CI logs can jump to it; and the one-line summary of a valid graph.
import type { GraphFile } from './schema';
import type { Problem } from './types';

/** `FILE: PATH: MESSAGE`, or `FILE: MESSAGE` for problems with the file as a whole. */
export function formatProblem(file: string, problem: Problem): string {
  return problem.path === ''
    ? `${file}: ${problem.message}`
    : `${file}: ${problem.path}: ${problem.message}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `34 entities, 52 relations, 120 evidence spans` */
export function summarizeGraph(graph: GraphFile): string {
  const spans = [...graph.nodes, ...graph.edges].reduce((n, item) => n + item.evidence.length, 0);
  return [
    plural(graph.nodes.length, 'entity', 'entities'),
    plural(graph.edges.length, 'relation'),
    plural(spans, 'evidence span'),
  ].join(', ');
}
