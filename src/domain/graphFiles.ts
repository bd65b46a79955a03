// What to do with files someone chose or dropped: which one is the graph, which are its
// texts, and what is refused before anything is read (too big, no graph, two graphs).
import type { ReadSourceFile } from './loadGraph';
import type { Problem } from './types';

/** Files over this size are refused before any parsing: the tab would run out of memory. */
export const MAX_GRAPH_BYTES = 50 * 1024 * 1024;

export interface FileFacts {
  name: string;
  size: number;
}

export type OpenPlan =
  | { ok: true; kind: 'graph'; graph: number; texts: number[] }
  /** A CSV of claims and the article's text (see formats/csvClaims.ts). */
  | { ok: true; kind: 'claims'; csv: number; text: number }
  | { ok: false; problems: Problem[] };

const isJson = (name: string) => /\.(json|jsonld)$/i.test(name);
const isCsv = (name: string) => /\.(csv|tsv)$/i.test(name);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Picks the graph file (the one .json) and its text files, or says why it cannot. */
export function planOpen(files: readonly FileFacts[]): OpenPlan {
  if (files.length === 0) return fail('no file was chosen');
  const tooBig = files.filter((f) => f.size > MAX_GRAPH_BYTES);
  if (tooBig.length > 0)
    return {
      ok: false,
      problems: tooBig.map((f) => ({
        path: '',
        message: `${f.name} is ${formatBytes(f.size)}; files over ${formatBytes(MAX_GRAPH_BYTES)} are not opened`,
      })),
    };
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_GRAPH_BYTES)
    return fail(`the files add up to ${formatBytes(total)}, over ${formatBytes(MAX_GRAPH_BYTES)}`);
  const json = files.flatMap((f, i) => (isJson(f.name) ? [i] : []));
  const csv = files.flatMap((f, i) => (isCsv(f.name) ? [i] : []));
  if (json.length === 0 && csv.length > 0) return planClaims(files, csv);
  if (json.length === 0)
    return fail(
      'none of the files is a graph (.json); choose the graph file, with its text files if it has any',
    );
  if (json.length > 1)
    return fail(
      `choose one graph file at a time (got ${json.map((i) => files[i]!.name).join(', ')})`,
    );
  const graph = json[0]!;
  return {
    ok: true,
    kind: 'graph',
    graph,
    texts: files.flatMap((_, i) => (i === graph ? [] : [i])),
  };
}

/**
 * Resolves a source's `file` against texts chosen alongside the graph: by its exact
 * relative path, else by its file name (a picker gives names, not folders).
 */
export function readFromChosen(
  texts: ReadonlyMap<string, string | { error: string }>,
): ReadSourceFile {
  return (path) => texts.get(path) ?? texts.get(path.split(/[\\/]/).pop() ?? path);
}

function planClaims(files: readonly FileFacts[], csv: number[]): OpenPlan {
  if (csv.length > 1) return fail('choose one CSV of claims at a time, with its article text');
  const others = files.flatMap((_, i) => (i === csv[0] ? [] : [i]));
  if (others.length !== 1)
    return fail(
      "a CSV of claims needs the article's text: choose the CSV and one text file (.txt) together",
    );
  return { ok: true, kind: 'claims', csv: csv[0]!, text: others[0]! };
}

function fail(message: string): OpenPlan {
  return { ok: false, problems: [{ path: '', message }] };
}
