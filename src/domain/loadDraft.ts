// Loading a graph kept in the library while it is being written. A draft whose article text
// was replaced can hold orphans (passages not found again in the new text): they are
// reported, and must stay openable so that the author can fix them — a reload must not
// lose the draft. Any other problem refuses the graph, as the loader does.
import { checkShape, loadGraph, resolveSourceTexts } from './loadGraph';
import type { LoadResult } from './types';

/** A problem about one evidence span's place in its text, at `nodes[i].evidence[k]`. */
const ANCHOR_PROBLEM = /^(nodes|edges)\[\d+\]\.evidence\[\d+\]$/;

export function loadDraft(raw: unknown): LoadResult {
  const strict = loadGraph(raw, () => undefined);
  if (strict.ok || !strict.problems.every((p) => ANCHOR_PROBLEM.test(p.path))) return strict;
  const shape = checkShape(raw);
  if (!shape.ok) return strict;
  const { texts, problems } = resolveSourceTexts(shape.graph, () => undefined);
  return problems.length > 0 ? strict : { ok: true, value: { graph: shape.graph, texts } };
}
