// The validator CLI, in process with captured output (fast), plus one spawned run that checks
// the real exit code. Files are only ever written in a temporary copy, never in the repository.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runValidate } from '../../scripts/validateCli';
import { fixturePath } from '../fixtures/loadFixture';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'tests/fixtures';

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runValidate(args, {
    cwd: ROOT,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}

it('prints a one-line summary for a valid file and exits 0', async () => {
  expect(await run(`${FIXTURES}/minimal-valid.json`)).toEqual({
    code: 0,
    stdout: [`${FIXTURES}/minimal-valid.json: valid — 3 entities, 4 relations, 7 evidence spans`],
    stderr: [],
  });
});

it('prints each problem as FILE: PATH: MESSAGE, then a count, and exits 1', async () => {
  const file = `${FIXTURES}/dangling-edge.json`;
  expect(await run(file)).toEqual({
    code: 1,
    stdout: [],
    stderr: [
      `${file}: edges[2].target: no node with id "iram" (did you mean "iran"?)`,
      `${file}: 1 problem`,
    ],
  });
});

it.each([
  ['not-json.txt', 'not valid JSON'],
  ['empty.json', 'the file is empty'],
  ['top-level-array.json', 'expected a JSON object at the top level, got an array'],
  ['negative-offset.json', 'edges[0].evidence[0].start: must be 0 or more'],
  ['offset-out-of-range.json', 'edges[0].evidence[0]: end 9000 is past the end of the text'],
  ['missing-source-file.json', 'sources[0].file: cannot read "missing-article.txt"'],
])('explains %s and exits 1', async (fixture, words) => {
  const { code, stderr } = await run(`${FIXTURES}/${fixture}`);
  expect(code).toBe(1);
  expect(stderr[0]).toContain(`${FIXTURES}/${fixture}: ${words}`);
});

it('says a missing file is missing and exits 1', async () => {
  const { code, stderr } = await run('graph-data/no-such-graph.json');
  expect(code).toBe(1);
  expect(stderr[0]).toBe('graph-data/no-such-graph.json: cannot read the file: it does not exist');
});

it('checks every file, and fails when any one is invalid', async () => {
  const { code, stdout, stderr } = await run(
    `${FIXTURES}/minimal-valid.json`,
    `${FIXTURES}/empty.json`,
    `${FIXTURES}/html-payload.json`,
  );
  expect(code).toBe(1);
  expect(stdout).toHaveLength(2);
  expect(stderr).toEqual([
    `${FIXTURES}/empty.json: the file is empty`,
    `${FIXTURES}/empty.json: 1 problem`,
  ]);
});

it('checks graph-data/*.json by default, skipping the JSON Schema', async () => {
  const { stdout, stderr } = await run();
  const checked = [...stdout, ...stderr].map((line) => line.split(':')[0]);
  expect(checked).toContain('graph-data/iran-russia-alliance.json');
  expect(checked).not.toContain('graph-data/graph.schema.json');
});

it('fails on a directory with no graph files in it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-empty-'));
  try {
    expect(await run(dir)).toEqual({
      code: 1,
      stdout: [],
      stderr: [`${dir}: no graph files (*.json) here`],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('rejects an unknown option with the usage', async () => {
  const { code, stderr } = await run('--fxi');
  expect(code).toBe(1);
  expect(stderr).toEqual(['unknown option --fxi', expect.stringMatching(/^usage: /)]);
});

describe('--fix', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'validate-fix-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites shifted offsets, reports them, then validates the result', async () => {
    const file = join(dir, 'graph.json');
    copyFileSync(fixturePath('quote-mismatch.json'), file);
    const { code, stdout, stderr } = await run('--fix', file);
    expect(stderr).toEqual([]);
    expect(stdout).toEqual([
      `${file}: fixed edges[2].evidence[0]: 243–315 → 253–325`,
      `${file}: rewrote the file with 1 fixed span`,
      `${file}: valid — 3 entities, 4 relations, 7 evidence spans`,
    ]);
    expect(code).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written.endsWith('}\n')).toBe(true);
    expect(JSON.parse(written).edges[2].evidence[0]).toMatchObject({ start: 253, end: 325 });
  });

  it('changes nothing but the offsets (same formatting as the repository)', async () => {
    const file = join(dir, 'graph.json');
    // Prettier settings are found next to the file, as they are for files in the repository.
    copyFileSync(join(ROOT, '.prettierrc.json'), join(dir, '.prettierrc.json'));
    const valid = readFileSync(fixturePath('minimal-valid.json'), 'utf8');
    writeFileSync(file, valid.replace('"start": 243', '"start": 240'));
    await run('--fix', file);
    expect(readFileSync(file, 'utf8')).toBe(valid);
  });

  it('refuses an ambiguous quote, leaves the file alone and exits 1', async () => {
    const file = join(dir, 'graph.json');
    copyFileSync(fixturePath('ambiguous-quote.json'), file);
    const before = readFileSync(file, 'utf8');
    const { code, stdout, stderr } = await run('--fix', file);
    expect(code).toBe(1);
    expect(stdout).toEqual([`${file}: nothing rewritten`]);
    expect(stderr[0]).toBe(
      `${file}: nodes[0].evidence[0]: cannot fix offsets: quote found at 0–6, 195–201, 319–325 (ambiguous)`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

it('exits 1 as a real process, with no stack trace', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const result = spawnSync(tsx, ['scripts/validate.ts', `${FIXTURES}/not-json.txt`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${FIXTURES}/not-json.txt: not valid JSON`);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}, 30_000);
