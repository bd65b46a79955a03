// Reads a graph file (and the text files chosen with it) and runs the one loader on it,
// reporting progress. Runs inside the loader worker, or on the main thread where workers
// are missing (tests). Blobs are read as streams so progress can be reported as bytes.
import { loadGraph, loadGraphText, parseGraphText } from '../domain/loadGraph';
import { decodeUtf8, type Decoded } from '../domain/decodeText';
import { readFromChosen } from '../domain/graphFiles';
import { sourcePathProblem } from '../domain/sourcePath';
import { FetchProblem, fetchDecoded, fetchText, type FetchLimits } from './fetchText';
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

async function readBytes(blob: Blob, onBytes: (n: number) => void): Promise<Uint8Array> {
  if (typeof blob.stream !== 'function') {
    // jsdom's Blob has no stream(): read it whole
    const bytes = new Uint8Array(await blob.arrayBuffer());
    onBytes(blob.size);
    return bytes;
  }
  const reader = blob.stream().getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    onBytes(value.byteLength);
  }
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * The text of a file, or why it is not UTF-8 text. Decoded strictly and whole, not per
 * chunk, so a UTF-16 or binary file is named as such instead of surfacing as garbage.
 */
async function readText(blob: Blob, onBytes: (n: number) => void): Promise<Decoded> {
  return decodeUtf8(await readBytes(blob, onBytes));
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
  const graphText =
    typeof graph === 'string'
      ? ({ ok: true, text: graph } as const)
      : await readText(graph.blob, count);
  if (!graphText.ok && typeof graph !== 'string') return fail(`${graph.name} ${graphText.reason}`);
  const chosen = new Map<string, string | { error: string }>();
  for (const t of texts) {
    const read = await readText(t.blob, count);
    chosen.set(t.name, read.ok ? read.text : { error: read.reason });
  }
  onProgress({ phase: 'checking', done: total, total });
  return loadGraphText(graphText.ok ? graphText.text : '', readFromChosen(chosen));
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
    // Never fetch what the loader would refuse to read (`../`, absolute paths, other sites):
    // a graph must not make the reader's browser request addresses outside its folder.
    const files = sourceFiles(parsed.value).filter((file) => sourcePathProblem(file) === null);
    if (files.length > MAX_SOURCE_FILES)
      return fail(
        `the graph names ${files.length} text files; at most ${MAX_SOURCE_FILES} are fetched`,
      );
    const texts = new Map<string, string | { error: string }>();
    for (const file of files) {
      const read = await fetchDecoded(new URL(file, url), limits);
      texts.set(file, read.ok ? read.text : { error: read.reason });
    }
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
  const unreadable = [
    ...(csvText.ok ? [] : [`${csv.name} ${csvText.reason}`]),
    ...(text.ok ? [] : [`${article.name} ${text.reason}`]),
  ];
  if (!csvText.ok || !text.ok)
    return { result: fail(unreadable.join('; ')), anchored: 0, rowProblems: [] };
  onProgress({ phase: 'checking', done: total, total });
  const title = `Claims from ${csv.name}`;
  const imported = importClaims(csvText.text, text.text, { title, sourceTitle: article.name });
  const result: LoadResult = imported.graph
    ? loadGraph(imported.graph, () => undefined)
    : { ok: false, problems: [] };
  return { result, anchored: imported.anchored, rowProblems: imported.problems };
}
