// The one way to load a graph file, shared by the app and the validator CLI: parse the text,
// check its shape with zod, resolve each source's text, then check how the pieces fit together.
// Pure: reading files is the caller's job (Vite's import.meta.glob in the app, fs in the CLI).
import { graphSchema, type GraphFile } from './schema';
import { parseGraphText, resolveSourceTexts, type ReadSourceFile } from './loadGraphParts';
import type { LoadResult, Problem } from './types';
import { validateGraph } from './validate';
import { zodProblems } from './zodProblems';

export { parseGraphText, resolveSourceTexts };
export type { ParseResult, ReadSourceFile } from './loadGraphParts';

/** The zod shape check alone: a typed graph, or the problems with the file's structure. */
export function checkShape(
  raw: unknown,
): { ok: true; graph: GraphFile } | { ok: false; problems: Problem[] } {
  const result = graphSchema.safeParse(raw);
  if (result.success) return { ok: true, graph: result.data };
  return { ok: false, problems: zodProblems(result.error.issues, raw, graphSchema) };
}

/**
 * Checks a parsed graph file completely and returns it with its source texts, or every
 * problem found. Cross-reference checks run only once the shape is right, since they rely
 * on the types zod guarantees.
 */
export function loadGraph(raw: unknown, readSourceFile: ReadSourceFile): LoadResult {
  const shape = checkShape(raw);
  if (!shape.ok) return shape;
  const { graph } = shape;
  const { texts, problems } = resolveSourceTexts(graph, readSourceFile);
  problems.push(...validateGraph(graph, texts));
  return problems.length === 0 ? { ok: true, value: { graph, texts } } : { ok: false, problems };
}

/** parseGraphText then loadGraph: from the text of a graph file to a checked graph. */
export function loadGraphText(text: string, readSourceFile: ReadSourceFile): LoadResult {
  const parsed = parseGraphText(text);
  return parsed.ok ? loadGraph(parsed.value, readSourceFile) : parsed;
}
