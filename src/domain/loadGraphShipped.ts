// The startup path for the graph shipped with the app, without zod (~25 kB gzip kept off the
// first load). The shipped file's shape is checked by the full loader in `npm run validate`
// and in the test suite (tests/app/App.test.tsx), never here; every check of how the pieces
// fit together (references, evidence offsets and quotes, groups, disputes) still runs. Any
// doubt — a problem found, or a check tripping over a shape it did not expect — answers
// null: the caller then runs the full loader (loadGraph.ts), whose messages say what is
// wrong. Never for files, addresses or library records: those always go through loadGraph.
import type { GraphFile } from './schema';
import { parseGraphText, resolveSourceTexts, type ReadSourceFile } from './loadGraphParts';
import type { LoadResult } from './types';
import { validateGraph } from './validate';

/** A checked graph, or null when only the full loader can say what is wrong. */
export function loadShippedGraphText(
  text: string,
  readSourceFile: ReadSourceFile,
): LoadResult | null {
  const parsed = parseGraphText(text);
  if (!parsed.ok) return null;
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  try {
    const graph = raw as GraphFile;
    const { texts, problems } = resolveSourceTexts(graph, readSourceFile);
    problems.push(...validateGraph(graph, texts));
    return problems.length === 0 ? { ok: true, value: { graph, texts } } : null;
  } catch {
    return null;
  }
}
