// The one way to load a graph file, shared by the app and the validator CLI: parse the text,
// check its shape with zod, resolve each source's text, then check how the pieces fit together.
// Pure: reading files is the caller's job (Vite's import.meta.glob in the app, fs in the CLI).
import { quoted, terminalSafe, truncate } from './displayText';
import { graphSchema, type GraphFile } from './schema';
import { sourcePathProblem } from './sourcePath';
import { emptyTexts } from './sourceTexts';
import type { LoadResult, Problem } from './types';
import { validateGraph } from './validate';
import { zodProblems } from './zodProblems';

/**
 * Reads a source file named relative to the graph file: its text, or undefined when it
 * cannot, or `{ error }` saying why (`no such file`, `is a directory, not a file`, …).
 */
export type ReadSourceFile = (path: string) => string | undefined | { error: string };

export type ParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Line and column (both from 1) of a UTF-16 index, as editors show them. */
function lineAndColumn(text: string, index: number): string {
  const before = text.slice(0, index).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1] ?? '').length + 1}`;
}

/** JSON.parse with errors a person can act on; a leading byte-order mark is tolerated. */
export function parseGraphText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    return { ok: false, problems: [{ path: '', message: 'the file is empty' }] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    // V8 quotes the offending text in its message, control characters and all: escape them,
    // so a message stays one line wherever it is shown.
    const reason = terminalSafe(truncate(error instanceof Error ? error.message : String(error)));
    // V8 reports "… at position 42" but only newer versions add the line; add it ourselves.
    const position = /at position (\d+)/.exec(reason)?.[1];
    const where =
      position !== undefined && !/\bline\b/.test(reason)
        ? ` (${lineAndColumn(body, Number(position))})`
        : '';
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${reason}${where}` }] };
  }
}

/** The zod shape check alone: a typed graph, or the problems with the file's structure. */
export function checkShape(
  raw: unknown,
): { ok: true; graph: GraphFile } | { ok: false; problems: Problem[] } {
  const result = graphSchema.safeParse(raw);
  if (result.success) return { ok: true, graph: result.data };
  return { ok: false, problems: zodProblems(result.error.issues, raw, graphSchema) };
}

/** The text of every source, by source id, from `text` or from `file` via `readSourceFile`. */
export function resolveSourceTexts(
  graph: GraphFile,
  readSourceFile: ReadSourceFile,
): { texts: Record<string, string>; problems: Problem[] } {
  const texts = emptyTexts();
  const problems: Problem[] = [];
  graph.sources.forEach((source, i) => {
    const path = `sources[${i}]`;
    if (source.file !== undefined && source.text !== undefined) {
      problems.push({ path, message: 'give either "file" or "text", not both' });
    } else if (source.text !== undefined) {
      texts[source.id] = source.text;
    } else if (source.file !== undefined) {
      const refused = sourcePathProblem(source.file);
      // Refused paths are never handed to the reader, whoever the reader is.
      const read = refused === null ? readSourceFile(source.file) : { error: refused };
      if (typeof read === 'string') texts[source.id] = read;
      else
        problems.push({
          path: `${path}.file`,
          message:
            read === undefined
              ? `cannot read ${quoted(source.file)} (relative to the graph file)`
              : `cannot read ${quoted(source.file)}: it ${read.error}`,
        });
    } else {
      problems.push({ path, message: 'needs either "file" (a path) or "text" (the text itself)' });
    }
  });
  return { texts, problems };
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
