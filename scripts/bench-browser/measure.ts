// Opens one graph in one fresh browser page and measures what a reader feels: the first
// drawn frame, the layout, a filter toggle, a selection, search keystrokes, the longest
// main-thread task after the first frame and the JS heap. Page code is passed as strings
// (see probe.ts for why).
import type { Browser, Page } from 'playwright-core';
import { PROBE } from './probe';

export interface Case {
  name: string;
  /** Path (with query) of the page to open, on the benchmark's server. */
  path: string;
  /** 'app' measures interactions too; 'bare' only the first frame. */
  kind: 'app' | 'bare';
  /** An entity to click, and a query to type into search. */
  nodeId: string;
  query: string;
}

export interface Result {
  name: string;
  kind: Case['kind'];
  nodes?: number;
  edges?: number;
  firstDrawMs?: number;
  layoutMs?: number;
  /** The longest main-thread task while the layout ran (the whole layout when it blocks). */
  layoutBlockMs?: number;
  filterMs?: number;
  selectMs?: number;
  searchMs?: number;
  longestTaskMs?: number;
  heapMb?: number;
  error?: string;
}

const round = (n: number) => Math.round(n);

async function waitFor(page: Page, expression: string, timeoutMs: number): Promise<void> {
  await page.waitForFunction(expression, undefined, { timeout: timeoutMs, polling: 250 });
}

/**
 * A reader acts on a graph that has come to rest: waits until the main thread has had no
 * long task for a second (at most 10 s), so the first interaction is not timed against the
 * layout's last frames and the renderer's catching up after them.
 */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      `(() => {
        const tasks = window.__bench.longTasks;
        const last = tasks.length ? tasks[tasks.length - 1] : null;
        return performance.now() - (last ? last.start + last.duration : 0) > 1000;
      })()`,
      undefined,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => undefined);
}

/** Time from the next `type` event to the frame painted after it, around `act`. */
async function timed(page: Page, type: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`window.__bench.arm(${JSON.stringify(type)})`);
  await act();
  return round(await page.evaluate<number>('window.__bench.pending'));
}

async function measureInteractions(page: Page, c: Case, r: Result): Promise<void> {
  const filter = page.locator('aside[aria-label="Filters"] input[type="checkbox"]').first();
  r.filterMs = await timed(page, 'click', () => filter.click());
  await filter.click(); // back to everything shown

  const point = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const cy = window.cy, el = cy.getElementById(${JSON.stringify(c.nodeId)});
    if (el.empty()) return null;
    const rect = cy.container().getBoundingClientRect(), p = el.renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  })()`);
  if (point) {
    r.selectMs = await timed(page, 'mouseup', () => page.mouse.click(point.x, point.y));
    // The details panel announces what was selected (graphs of thousands show the
    // selection on an overlay, not as a class on the element).
    const announced = await page.evaluate<boolean>(
      `[...document.querySelectorAll('#details [aria-live]')].some((e) => e.textContent.startsWith('Details:'))`,
    );
    if (!announced) r.selectMs = undefined;
  }

  const search = page.getByRole('combobox', { name: 'Search entities and relations' });
  await search.focus();
  let worst = 0;
  for (const key of c.query) {
    worst = Math.max(worst, await timed(page, 'input', () => page.keyboard.type(key)));
  }
  r.searchMs = worst;
}

export async function measure(
  browser: Browser,
  baseUrl: string,
  c: Case,
  timeoutMs: number,
): Promise<Result> {
  const r: Result = { name: c.name, kind: c.kind };
  // The app's CSP forbids eval; the benchmark's own page scripts are strings, so they
  // bypass it (the app's code runs under the policy either way).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => (r.error ??= e.message));
  await page.addInitScript(PROBE);
  try {
    await page.goto(baseUrl + c.path);
    await waitFor(page, 'window.__bench.firstDraw !== null', timeoutMs);
    r.firstDrawMs = round(await page.evaluate<number>('window.__bench.firstDraw'));
    r.nodes = await page.evaluate<number>('window.cy.nodes().length');
    r.edges = await page.evaluate<number>('window.cy.edges().length');
    await waitFor(page, `performance.getEntriesByName('layout:end').length > 0`, timeoutMs);
    const layout = await page.evaluate<{ ms: number; block: number }>(`(() => {
      const s = performance.getEntriesByName('layout:start')[0].startTime;
      const e = performance.getEntriesByName('layout:end')[0].startTime;
      const block = window.__bench.longTasks
        .filter((t) => t.start < e && t.start + t.duration > s)
        .reduce((m, t) => Math.max(m, t.duration), 0);
      return { ms: e - s, block };
    })()`);
    r.layoutMs = round(layout.ms);
    r.layoutBlockMs = round(layout.block);
    if (c.kind === 'app') {
      await settled(page);
      await measureInteractions(page, c, r);
    }
    r.longestTaskMs = round(
      await page.evaluate<number>(`window.__bench.longTasks
        .filter((t) => t.start >= window.__bench.firstDraw)
        .reduce((m, t) => Math.max(m, t.duration), 0)`),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    r.heapMb = Math.round(usedSize / 1e5) / 10;
  } catch (e) {
    r.error ??= e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await context.close().catch(() => undefined);
  }
  return r;
}
