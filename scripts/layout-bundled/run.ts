// `npm run layout:bundled`: computes the bundled graph's positions with the app's own
// seeded fcose layout in headless Chromium (labels measured by a real canvas) and writes
// graph-data/positions/iran-russia-alliance.positions.json, which the app uses on first
// load instead of running the layout. Run it after changing the bundled graph, the
// stylesheet's node sizes or labels, or the layout's options.
//
//   npm run layout:bundled [-- --check]   (--check: exit 1 if the file is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../config/chromium';
import { format } from 'prettier';
import type { ShippedPositionsFile } from '../../src/storage/shippedPositions';

const OUT = 'graph-data/positions/iran-russia-alliance.positions.json';
const executablePath = requireChromium();
/**
 * Whole pixels, as the app keeps positions (src/storage/positions.ts): the picture a reader
 * has seen since the first load of this graph was the fcose result rounded this way.
 */
const round = (n: number) => Math.round(n);

async function computePositions(): Promise<Record<string, [number, number]>> {
  const server = await createServer({
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const base = server.resolvedUrls?.local[0] ?? '';
    await page.goto(`${base}scripts/layout-bundled/page.html`);
    await page
      .waitForFunction('window.bundledPositions !== undefined', undefined, { timeout: 60_000 })
      .catch((e: unknown) => {
        throw new Error(errors[0] ?? String(e));
      });
    return await page.evaluate<Record<string, [number, number]>>('window.bundledPositions');
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const raw = await computePositions();
  const positions = Object.fromEntries(
    Object.entries(raw).map(([id, [x, y]]) => [id, [round(x), round(y)] as [number, number]]),
  );
  const file: ShippedPositionsFile = {
    graph: 'iran-russia-alliance.json',
    layout: 'force',
    positions,
  };
  const text = await format(JSON.stringify(file), { filepath: OUT });
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error(`${OUT} is out of date: run "npm run layout:bundled".`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date.`);
    return;
  }
  writeFileSync(OUT, text);
  console.log(`Wrote ${OUT} (${Object.keys(positions).length} entities).`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
