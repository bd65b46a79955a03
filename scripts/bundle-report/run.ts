// `npm run size`: the JavaScript a first visit loads before the app runs (see
// firstLoad.ts), each file's gzip size and the total, from an existing `dist/` (run
// `npm run build` first). `--budget KB` exits with an error when the total is above it.
//
//   npm run size [-- --dist dist] [--budget 230]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadScripts } from './firstLoad';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export interface SizedScript {
  path: string;
  bytes: number;
  gzip: number;
}

/** The first-load scripts of a build folder, with their sizes (gzip level 9). */
export function firstLoadSizes(dist: string): SizedScript[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const read = (path: string) => {
    const file = join(dist, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  return firstLoadScripts(html, read).map((path) => {
    const bytes = readFileSync(join(dist, path));
    return { path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

const kb = (n: number) => (n / 1000).toFixed(1);

function main() {
  const dist = option('dist') ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No ${dist}/index.html: run "npm run build" first.`);
    process.exit(2);
  }
  const scripts = firstLoadSizes(dist).sort((a, b) => b.gzip - a.gzip);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const width = Math.max(...scripts.map((s) => s.path.length));
  for (const s of scripts)
    console.log(
      `${s.path.padEnd(width)}  ${kb(s.bytes).padStart(7)} kB  ${kb(s.gzip).padStart(6)} kB gzip`,
    );
  console.log(`${'first load'.padEnd(width)}  ${' '.repeat(11)}  ${kb(total).padStart(6)} kB gzip`);
  const budget = option('budget');
  if (budget !== undefined && total > Number(budget) * 1000) {
    console.error(`Over budget: ${kb(total)} kB gzip > ${budget} kB.`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('run.ts')) main();
