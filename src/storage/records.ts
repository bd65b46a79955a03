// Pure helpers shared by the library implementations: building summaries and records, so
// both implementations behave the same by construction.
import { graphCounts } from '../domain/selfContained';
import type { GraphFile } from '../domain/schema';
import type { GraphRecord, GraphSummary } from './graphLibrary';

export function newGraphId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return `g-${crypto.randomUUID()}`;
  return `g-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function makeRecord(
  id: string,
  graph: GraphFile,
  now: number,
  previous?: GraphSummary,
  origin?: string,
  fromLink = false,
): GraphRecord {
  const record: GraphRecord = {
    id,
    title: graph.title,
    sources: graph.sources.map((s) => s.title),
    counts: graphCounts(graph),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    openedAt: previous?.openedAt ?? 0,
    graph,
  };
  const from = origin ?? previous?.origin;
  if (from !== undefined) record.origin = from;
  // An edit keeps the time the link's version came in, so it shows as a change after it.
  const linkedAt = fromLink ? now : previous?.linkedAt;
  if (linkedAt !== undefined) record.linkedAt = linkedAt;
  return record;
}

export function summaryOf(record: GraphRecord): GraphSummary {
  const summary: GraphSummary & { graph?: unknown } = { ...record };
  delete summary.graph;
  return summary;
}

export function byOpenedDesc(a: GraphSummary, b: GraphSummary): number {
  return b.openedAt - a.openedAt || b.updatedAt - a.updatedAt;
}

export function copyTitle(title: string): string {
  return `${title} (copy)`;
}

export function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === '') throw new Error('a title cannot be empty');
  return trimmed;
}

/** A strictly increasing clock, so two writes in the same millisecond still order. */
export function monotonicClock(now: () => number = Date.now): () => number {
  let last = 0;
  return () => {
    last = Math.max(now(), last + 1);
    return last;
  };
}
