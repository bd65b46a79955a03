// `npm run bench:browser`: the browser benchmark. Generates synthetic graphs in the
// project's format (checked with the app's loader), builds the app with the benchmark hook
// (VITE_BENCH=1, into dist-bench/), serves it with `vite preview` on a free port, opens
// each graph in headless Chromium and prints a Markdown table.
//
//   npm run bench:browser -- [--sizes 1000,5000,20000] [--edges-per-node 4]
//                            [--timeout 180] [--no-build] [--only bundled,bare,5000] [--runs N]
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createServer } from 'node:net';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../config/chromium';
import { loadGraph } from '../../src/domain/loadGraph';
import { syntheticGraph } from '../../tests/bench/syntheticGraph';
import { measure, type Case, type Result } from './measure';
import { formatTable, median } from './table';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const OUT = 'dist-bench';
const sizes = option('sizes', '1000,5000,20000').split(',').map(Number);
const perNode = Number(option('edges-per-node', '4'));
const timeoutMs = Number(option('timeout', '180')) * 1000;
const only = option('only', '');
const runsOption = option('runs', '');
/** The small graphs are quick and noisy: the median of three; big ones run once. */
const runsOf = (c: Case) => Number(runsOption || (c.name.startsWith('synthetic') ? 1 : 3));
const executablePath = requireChromium();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    process.env.VITE_BENCH = '1';
    await build({
      logLevel: 'warn',
      build: {
        outDir: OUT,
        emptyOutDir: true,
        rolldownOptions: { input: ['index.html', 'scripts/bench-browser/bare.html'] },
      },
    });
  }
  mkdirSync(`${OUT}/bench-graphs`, { recursive: true });
  copyFileSync('graph-data/iran-russia-alliance.json', `${OUT}/bench-graphs/bundled.json`);
  copyFileSync(
    'graph-data/iran-russia-alliance.txt',
    `${OUT}/bench-graphs/iran-russia-alliance.txt`,
  );
  copyFileSync(
    'graph-data/positions/iran-russia-alliance.positions.json',
    `${OUT}/bench-graphs/bundled.positions.json`,
  );

  const cases: Case[] = [
    { name: 'bundled', kind: 'app', path: '/', nodeId: 'iran', query: 'tehran' },
    {
      name: 'bare Cytoscape, bundled',
      kind: 'bare',
      path: '/scripts/bench-browser/bare.html?graph=/bench-graphs/bundled.json',
      nodeId: 'iran',
      query: '',
    },
    {
      // What the app does for the bundled graph: positions shipped with it, no layout run.
      name: 'bare Cytoscape, bundled, shipped positions',
      kind: 'bare',
      path: '/scripts/bench-browser/bare.html?graph=/bench-graphs/bundled.json&positions=/bench-graphs/bundled.positions.json',
      nodeId: 'iran',
      query: '',
    },
  ];
  for (const n of sizes) {
    const graph = syntheticGraph(n, perNode);
    const checked = loadGraph(graph, () => undefined);
    if (!checked.ok) throw new Error(`synthetic ${n}: ${checked.problems[0]?.message}`);
    const file = `bench-graphs/synthetic-${n}.json`;
    writeFileSync(`${OUT}/${file}`, JSON.stringify(graph));
    cases.push({
      name: `synthetic ${n}`,
      kind: 'app',
      path: `/?bench-graph=/${file}`,
      nodeId: 'n0',
      query: 'entity 42',
    });
  }
  const chosen = only
    ? cases.filter((c) => only.split(',').some((o) => c.name.includes(o)))
    : cases;

  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: OUT },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const results: Result[] = [];
  try {
    for (const c of chosen) {
      // A browser per graph: a page frozen by a main-thread layout cannot slow the next one.
      const browser = await chromium.launch({
        executablePath,
        args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader'],
      });
      const runs: Result[] = [];
      for (let i = 0; i < runsOf(c); i++) {
        process.stderr.write(`${c.name} (run ${i + 1}) … `);
        const r = await measure(browser, `http://127.0.0.1:${port}`, c, timeoutMs);
        process.stderr.write(`${r.error ? `error: ${r.error}` : `${r.firstDrawMs} ms`}\n`);
        runs.push(r);
        if (r.error) break;
      }
      results.push(median(runs));
      await Promise.race([browser.close(), new Promise((ok) => setTimeout(ok, 5000))]);
    }
  } finally {
    await server.close();
  }
  const version = await chromiumVersion();
  const machine = `${cpus().length}-core ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, headless ${version} (software GL), ${new Date().toISOString().slice(0, 16)}Z`;
  writeFileSync(`${OUT}/results.json`, JSON.stringify({ machine, results }, null, 2));
  console.log(`\n${machine}\n\n${formatTable(results)}\n`);
}

async function chromiumVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const v = browser.version();
  await browser.close();
  return `Chromium ${v}`;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
