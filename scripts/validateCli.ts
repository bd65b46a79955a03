// The validator CLI as a function: arguments in, lines out, exit code back. scripts/validate.ts
// wires it to the process; tests call it directly. All checking lives in src/domain; this file
// only finds the files, reads them, and prints.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { terminalSafe } from '../src/domain/displayText';
import { fixOffsets } from '../src/domain/fixOffsets';
import { formatProblem, plural, summarizeGraph } from '../src/domain/formatProblems';
import { checkShape, loadGraph, parseGraphText, resolveSourceTexts } from '../src/domain/loadGraph';
import type { GraphFile } from '../src/domain/schema';
import { describeFsError, readTextFile, sourceReader } from './validateFiles';

export interface CliIo {
  /** Directory that relative file arguments are resolved from. */
  cwd: string;
  /** Where graph files are looked for when no file is given (default: `<cwd>/graph-data`). */
  defaultDir?: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export const USAGE = 'usage: npm run validate [-- [--fix] FILE_OR_DIR...]';
const SCHEMA_FILE = 'graph.schema.json';

/** The graph files in a directory: every `*.json` but the JSON Schema, in name order. */
function graphFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE)
    .sort()
    .map((name) => join(dir, name));
}

/** How to show a path found by listing a directory: relative to cwd when inside it. */
function displayName(cwd: string, absolute: string): string {
  const shown = relative(cwd, absolute);
  return shown === '' || shown.startsWith('..') ? absolute : shown;
}

/** Rewrites the file with offsets fixed where the quote is unambiguous; prints what it did. */
async function fixFile(absolute: string, name: string, raw: unknown, io: CliIo): Promise<void> {
  const shape = checkShape(raw);
  if (!shape.ok) return; // validation will list the problems; offsets cannot be judged yet
  const { texts } = resolveSourceTexts(shape.graph, sourceReader(absolute));
  // The raw value, not zod's copy: zod rebuilds objects in schema key order, and the rewritten
  // file should differ only in offsets. The shape check passed and the schema has no
  // transforms or defaults, so the raw value is a GraphFile.
  const { graph, fixed, refused } = fixOffsets(raw as GraphFile, texts);
  for (const line of fixed) io.stdout(`${name}: fixed ${line}`);
  for (const problem of refused) io.stderr(formatProblem(name, problem));
  if (fixed.length === 0) {
    io.stdout(`${name}: ${refused.length === 0 ? 'no offsets to fix' : 'nothing rewritten'}`);
    return;
  }
  // 2-space JSON, then Prettier with the repository's settings, so that a fixed file passes
  // `npm run format:check` (Prettier keeps short arrays on one line; JSON.stringify does not).
  const json = `${JSON.stringify(graph, null, 2)}\n`;
  const options = (await resolveConfig(absolute)) ?? {};
  writeFileSync(absolute, await format(json, { ...options, filepath: absolute }));
  io.stdout(`${name}: rewrote the file with ${plural(fixed.length, 'fixed span')}`);
}

/** Validates one file (fixing it first with --fix); true when it is valid. */
async function checkFile(
  absolute: string,
  name: string,
  fix: boolean,
  io: CliIo,
): Promise<boolean> {
  const fail = (lines: string[]) => {
    for (const line of lines) io.stderr(line);
    io.stderr(`${name}: ${plural(lines.length, 'problem')}`);
    return false;
  };
  const read = readTextFile(absolute);
  if (!read.ok) return fail([`${name}: cannot read the file: it ${read.reason}`]);
  let parsed = parseGraphText(read.text);
  if (parsed.ok && fix) {
    await fixFile(absolute, name, parsed.value, io);
    const reread = readTextFile(absolute);
    if (!reread.ok) return fail([`${name}: cannot read the file: it ${reread.reason}`]);
    parsed = parseGraphText(reread.text);
  }
  if (!parsed.ok) return fail(parsed.problems.map((p) => formatProblem(name, p)));
  const result = loadGraph(parsed.value, sourceReader(absolute));
  if (!result.ok) return fail(result.problems.map((p) => formatProblem(name, p)));
  io.stdout(`${name}: valid — ${summarizeGraph(result.value.graph)}`);
  return true;
}

/** Runs `validate [--fix] [FILE_OR_DIR...]`; returns the exit code (0: all valid, 1: not). */
export async function runValidate(args: readonly string[], terminal: CliIo): Promise<number> {
  // Every line echoes names and values from files: escape what a terminal would act on.
  const io: CliIo = {
    ...terminal,
    stdout: (line) => terminal.stdout(terminalSafe(line)),
    stderr: (line) => terminal.stderr(terminalSafe(line)),
  };
  const fix = args.includes('--fix');
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const unknown = args.find((arg) => arg.startsWith('-') && arg !== '--fix' && arg !== '--');
  if (unknown !== undefined) {
    io.stderr(`unknown option ${unknown}`);
    io.stderr(USAGE);
    return 1;
  }
  const named = args.filter((arg) => !arg.startsWith('-'));
  const defaultDir = io.defaultDir ?? join(io.cwd, 'graph-data');
  const targets: { absolute: string; name: string }[] = [];
  let allValid = true;
  for (const dirOrFile of named.length > 0 ? named : [defaultDir]) {
    const absolute = resolve(io.cwd, dirOrFile);
    let isDir = false;
    try {
      isDir = statSync(absolute).isDirectory();
    } catch {
      // not there: reading it below says so under the name the user typed
    }
    if (!isDir) {
      targets.push({ absolute, name: dirOrFile });
      continue;
    }
    let files: string[] = [];
    try {
      files = graphFilesIn(absolute);
    } catch (error) {
      io.stderr(`${dirOrFile}: cannot list the directory: it ${describeFsError(error)}`);
    }
    if (files.length === 0) {
      io.stderr(`${displayName(io.cwd, absolute)}: no graph files (*.json) here`);
      allValid = false;
    }
    for (const file of files) targets.push({ absolute: file, name: displayName(io.cwd, file) });
  }
  for (const { absolute, name } of targets) {
    // Any surprise in one file is reported as a line, never a stack trace, and the rest go on.
    try {
      if (!(await checkFile(absolute, name, fix, io))) allValid = false;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`${name}: could not check the file: ${reason}`);
      allValid = false;
    }
  }
  return allValid ? 0 : 1;
}
