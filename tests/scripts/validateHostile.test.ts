// The validator CLI against files written to hurt it: paths that leave the graph's folder,
// devices and pipes, text that is not UTF-8, names and keys holding terminal escapes. Each
// gets one clear line; nothing outside the folder is read, and --fix never acts on it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runValidate } from '../../scripts/validateCli';
import { fileSourceGraph, prototypeIdGraph, SAMPLE_TEXT } from '../fixtures/hostileGraphs';
import { sampleGraph } from '../fixtures/sampleGraph';

let root = '';
let dir = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'validate-hostile-'));
  dir = join(root, 'graphs');
  mkdirSync(dir);
  // A file outside the graph's folder whose text would satisfy every quote of the sample.
  writeFileSync(join(root, 'outside.txt'), `PADDING ${SAMPLE_TEXT}`);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runValidate(args, {
    cwd: dir,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}

function writeGraph(graph: unknown, name = 'graph.json'): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(graph, null, 2));
  return file;
}

describe('source files outside the graph file’s folder', () => {
  it.each([
    ['../outside.txt', "leads outside the graph file's folder"],
    ['sub/../../outside.txt', "leads outside the graph file's folder"],
    ['/etc/passwd', 'is an absolute path'],
    ['file:///etc/passwd', 'is a URL or a drive path'],
    ['/dev/zero', 'is an absolute path'],
  ])('refuses %s without reading it', async (file, reason) => {
    writeGraph(fileSourceGraph(file));
    const { code, stderr } = await run('graph.json');
    expect(code).toBe(1);
    expect(stderr).toEqual([
      `graph.json: sources[0].file: cannot read ${JSON.stringify(file)}: it ${reason}` +
        (reason.startsWith('is a') ? '; give a path relative to the graph file' : ''),
      'graph.json: 1 problem',
    ]);
  });

  it('refuses a symbolic link that points out of the folder', async () => {
    symlinkSync(join(root, 'outside.txt'), join(dir, 'article.txt'));
    writeGraph(fileSourceGraph('article.txt'));
    const { code, stderr } = await run('graph.json');
    expect(code).toBe(1);
    expect(stderr[0]).toBe(
      'graph.json: sources[0].file: cannot read "article.txt": it leads outside the ' +
        "graph file's folder (through a symbolic link)",
    );
  });

  it('follows a symbolic link that stays inside the folder', async () => {
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'real.txt'), SAMPLE_TEXT);
    symlinkSync(join(dir, 'texts', 'real.txt'), join(dir, 'article.txt'));
    writeGraph(fileSourceGraph('article.txt'));
    expect((await run('graph.json')).code).toBe(0);
  });

  it('never rewrites offsets from a file outside the folder (--fix)', async () => {
    symlinkSync(join(root, 'outside.txt'), join(dir, 'article.txt'));
    // Every quote of the sample is in outside.txt, 8 characters later than in the sample.
    const file = writeGraph(fileSourceGraph('article.txt'));
    const before = readFileSync(file, 'utf8');
    const { code, stdout } = await run('--fix', 'graph.json');
    expect(code).toBe(1);
    expect(stdout).toEqual(['graph.json: no offsets to fix']);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('files that are not text files', () => {
  it('refuses a symbolic link to /dev/zero and a named pipe, without waiting', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeGraph(fileSourceGraph('pipe.txt'), 'pipe.json');
    writeGraph(fileSourceGraph('zero.txt'), 'zero.json');
    const { stderr } = await run('pipe.json', 'zero.json', 'pipe.txt');
    expect(stderr).toEqual([
      'pipe.json: sources[0].file: cannot read "pipe.txt": it is not a regular file (a device, a pipe or a socket)',
      'pipe.json: 1 problem',
      `zero.json: sources[0].file: cannot read "zero.txt": it leads outside the graph file's folder (through a symbolic link)`,
      'zero.json: 1 problem',
      'pipe.txt: cannot read the file: it is not a regular file (a device, a pipe or a socket)',
      'pipe.txt: 1 problem',
    ]);
  });

  it('says a source is missing, a directory, binary, UTF-16 or not UTF-8', async () => {
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from(`\ufeff${SAMPLE_TEXT}`, 'utf16le'));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
    const cases = [
      ['missing.txt', 'does not exist'],
      ['folder.txt', 'is a directory, not a file'],
      ['binary.txt', 'looks like a binary file, not text (it contains NUL bytes)'],
      ['utf16.txt', 'is not UTF-8 (looks like UTF-16); save it as UTF-8'],
      ['latin1.txt', 'is not valid UTF-8 text; save it as UTF-8'],
    ];
    for (const [file] of cases) writeGraph(fileSourceGraph(file!), `${file}.json`);
    const { stderr } = await run(...cases.map(([file]) => `${file}.json`));
    expect(stderr.filter((line) => line.includes('sources[0]'))).toEqual(
      cases.map(
        ([file, reason]) => `${file}.json: sources[0].file: cannot read "${file}": it ${reason}`,
      ),
    );
  });

  it('says a graph file in UTF-16 is not UTF-8, with or without a byte-order mark', async () => {
    const json = JSON.stringify(sampleGraph());
    writeFileSync(join(dir, 'bom.json'), Buffer.from(`\ufeff${json}`, 'utf16le'));
    writeFileSync(join(dir, 'nobom.json'), Buffer.from(json, 'utf16le'));
    const { stderr } = await run('bom.json', 'nobom.json');
    expect(stderr).toEqual([
      'bom.json: cannot read the file: it is not UTF-8 (looks like UTF-16); save it as UTF-8',
      'bom.json: 1 problem',
      'nobom.json: cannot read the file: it is not UTF-8 (looks like UTF-16); save it as UTF-8',
      'nobom.json: 1 problem',
    ]);
  });
});

describe('terminal safety', () => {
  it('escapes control characters in file names, keys and values', async () => {
    const graph = { ...sampleGraph(), 'evil\u001b[2J\u0007': 1 } as Record<string, unknown>;
    graph.title = 42;
    const name = 'bad\u001b[31mname\n.json';
    writeGraph(graph, name);
    const { stderr } = await run(name);
    expect(stderr).toEqual([
      'bad\\x1b[31mname\\n.json: title: expected a string, got the number 42',
      expect.stringMatching(
        /^bad\\x1b\[31mname\\n\.json: \["evil\\u001b\[2J\\u0007"\]: unknown key "evil\\u001b\[2J\\u0007"; allowed here: \$schema, /,
      ),
      'bad\\x1b[31mname\\n.json: 2 problems',
    ]);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    for (const line of stderr) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('keeps a newline in a value from forging a line of output', async () => {
    const graph = sampleGraph();
    graph.edges[0]!.source = 'x';
    const forged = { ...graph, 'k\ngraph.json: valid — 0 entities': true };
    writeGraph(forged);
    const { stdout, stderr } = await run('graph.json');
    expect(stdout).toEqual([]);
    expect(stderr.some((line) => line.startsWith('graph.json: valid'))).toBe(false);
    expect(stderr).toContainEqual(expect.stringContaining('unknown key "k\\ngraph.json: valid'));
  });

  it('cuts a megabyte-long key down to a readable line', async () => {
    const key = 'k'.repeat(1_000_000);
    writeGraph({ ...sampleGraph(), [key]: 1 });
    const { stderr } = await run('graph.json');
    expect(stderr[0]).toMatch(
      new RegExp(
        `^graph\\.json: \\["k{200}… \\(999800 more\\)"\\]: ` +
          `unknown key "k{200}… \\(999800 more\\)"; allowed here: \\$schema, version, [a-zA-Z, ]+$`,
      ),
    );
  });
});

it('reports a source called "constructor" whose file is missing, without crashing', async () => {
  const graph = prototypeIdGraph();
  graph.sources = [{ id: 'constructor', title: 'Missing', file: 'missing.txt' }];
  writeGraph(graph);
  expect(await run('graph.json')).toEqual({
    code: 1,
    stdout: [],
    stderr: [
      'graph.json: sources[0].file: cannot read "missing.txt": it does not exist',
      'graph.json: 1 problem',
    ],
  });
});
