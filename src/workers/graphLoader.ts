// Reads a graph file (and the text files chosen with it) and runs the one loader on it,
// reporting progress. Runs inside the loader worker, or on the main thread where workers
// are missing (tests). Blobs are read as streams so progress can be reported as bytes.
import { loadGraph, loadGraphText, parseGraphText } from '../domain/loadGraph';
import { readFromChosen } from '../domain/graphFiles';
import { FetchProblem, fetchText, type FetchLimits } from './fetchText';
import type { LoadResult, Problem } from '../domain/types';
import { importClaims } from '../formats/csvClaims';

export interface LoadProgress {
  phase: 'reading' | 'checking';
  /** Bytes read so far and in all, while reading. */
  done: number;
  total: number;
}

export interface NamedBlob {
  name: string;
  blob: Blob;
}

export type OnProgress = (progress: LoadProgress) => void;

async function readText(blob: Blob, onBytes: (n: number) => void): Promise<string> {
  if (typeof blob.stream !== 'function') {
    // jsdom's Blob has no stream(): read it whole
    const text = await blob.text();
    onBytes(blob.size);
    return text;
  }
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    onBytes(value.byteLength);
  }
  return text + decoder.decode();
}

/** The graph in `graph` checked by the loader, its `file` sources read from `texts`. */
export async function loadGraphBlobs(
  graph: NamedBlob | string,
  texts: readonly NamedBlob[],
  onProgress: OnProgress = () => {},
): Promise<LoadResult> {
  const blobs = typeof graph === 'string' ? texts : [graph, ...texts];
  const total = blobs.reduce((sum, b) => sum + b.blob.size, 0);
  let done = 0;
  const count = (n: number) => {
    done += n;
    onProgress({ phase: 'reading', done, total });
  };
  const graphText = typeof graph === 'string' ? graph : await readText(graph.blob, count);
  const chosen = new Map<string, string>();
  for (const t of texts) chosen.set(t.name, await readText(t.blob, count));
  onProgress({ phase: 'checking', done: total, total });
  return loadGraphText(graphText, readFromChosen(chosen));
}

/** The `file` of every source, read defensively: the shape is not checked yet. */
function sourceFiles(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || !('sources' in raw)) return [];
  const { sources } = raw;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((s: unknown) =>
    typeof s === 'object' && s !== null && 'file' in s && typeof s.file === 'string'
      ? [s.file]
      : [],
  );
}

/**
 * A graph from a URL, its `file` sources fetched relative to it, then the one loader.
 * Network failures come back as problems, like anything else wrong with the graph.
 */
export async function loadGraphUrl(
  href: string,
  onProgress: OnProgress = () => {},
  limits: FetchLimits = {},
): Promise<LoadResult> {
  try {
    const url = new URL(href);
    const onBytes = (done: number, total: number) => onProgress({ phase: 'reading', done, total });
    const parsed = parseGraphText(await fetchText(url, { ...limits, onBytes }));
    if (!parsed.ok) return parsed;
    const files = sourceFiles(parsed.value);
    if (files.length > MAX_SOURCE_FILES)
      return fail(
        `the graph names ${files.length} text files; at most ${MAX_SOURCE_FILES} are fetched`,
      );
    const texts = new Map<string, string>();
    for (const file of files) texts.set(file, await fetchText(new URL(file, url), limits));
    onProgress({ phase: 'checking', done: 0, total: 0 });
    return loadGraph(parsed.value, (path) => texts.get(path));
  } catch (error) {
    const message =
      error instanceof FetchProblem ? error.message : `${href} is not a usable address`;
    return fail(message);
  }
}

const MAX_SOURCE_FILES = 20;

function fail(message: string): LoadResult {
  return { ok: false, problems: [{ path: '', message }] };
}

export interface ClaimsLoad {
  result: LoadResult;
  /** How many rows were anchored, and why the others were not (by row number). */
  anchored: number;
  rowProblems: Problem[];
}

/** A CSV of claims and its article become a graph, checked by the one loader. */
export async function loadClaimsBlobs(
  csv: NamedBlob,
  article: NamedBlob,
  onProgress: OnProgress = () => {},
): Promise<ClaimsLoad> {
  const total = csv.blob.size + article.blob.size;
  let done = 0;
  const count = (n: number) => {
    done += n;
    onProgress({ phase: 'reading', done, total });
  };
  const csvText = await readText(csv.blob, count);
  const text = await readText(article.blob, count);
  onProgress({ phase: 'checking', done: total, total });
  const title = `Claims from ${csv.name}`;
  const imported = importClaims(csvText, text, { title, sourceTitle: article.name });
  const result: LoadResult = imported.graph
    ? loadGraph(imported.graph, () => undefined)
    : { ok: false, problems: [] };
  return { result, anchored: imported.anchored, rowProblems: imported.problems };
}
