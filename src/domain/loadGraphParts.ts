// The parts of loading a graph file that need no zod: parsing its text with errors a person
// can act on, and resolving each source's text. Kept apart from loadGraph.ts so the app's
// startup path for the bundled graph (loadGraphShipped.ts) can use them without zod.
import { quoted, terminalSafe, truncate } from './displayText';
import type { GraphFile } from './schema';
import { sourcePathProblem } from './sourcePath';
import { emptyTexts } from './sourceTexts';
import type { Problem } from './types';

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
