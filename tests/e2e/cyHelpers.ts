// Helpers for driving the Cytoscape canvas from Playwright: wait for the graph, read
// element state from window.cy, and click an element where it is drawn.
import { expect, type Page } from '@playwright/test';

/** Opens the explorer and fails on any console error, page error or failed request. */
export async function openExplorer(page: Page, path = '/'): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(path);
  await waitForGraph(page);
  return errors;
}

export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy?: { nodes(): { length: number } } }).cy;
    return cy !== undefined && cy.nodes().length > 0;
  });
  // The renderer draws (and hit-tests) a frame after the layout: wait two frames.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}

/** Clicks a node or an edge (at its midpoint) where it is drawn on the canvas. */
export async function clickElement(page: Page, id: string): Promise<void> {
  // An edge just shown (a bundle expanded) has no midpoint until it is drawn: wait for it.
  await page.waitForFunction(
    (elementId) => (window as unknown as { cy: any }).cy.getElementById(elementId).visible(), // eslint-disable-line @typescript-eslint/no-explicit-any
    id,
  );
  const point = await page.evaluate((elementId) => {
    // window.cy is Cytoscape's Core; typed loosely here to keep the test free of its types.
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const el = cy.getElementById(elementId);
    if (el.empty()) throw new Error(`no element ${elementId}`);
    const rect = cy.container().getBoundingClientRect();
    const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

export async function hiddenEdgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    return cy
      .edges()
      .filter((e: { visible(): boolean }) => !e.visible())
      .map((e: { id(): string }) => e.id());
  });
}

export async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n: { id(): string; position(): { x: number; y: number } }) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    });
    return out;
  });
}

export async function expectNoErrors(errors: string[]): Promise<void> {
  expect(errors, errors.join('\n')).toEqual([]);
}

/**
 * Waits until the camera and the entities have stopped moving: no animation, and the same
 * zoom, pan and positions for 8 frames in a row (the first fit, a layout's last step and
 * the label sizing all move them). A condition, not a sleep: on a loaded machine it simply
 * takes more frames.
 */
export async function waitForSteadyView(page: Page): Promise<void> {
  await waitForGraph(page);
  await page.evaluate(() => delete (window as { __steady?: unknown }).__steady);
  await page.waitForFunction(
    () => {
      // window.cy is Cytoscape's Core; typed loosely to keep the test free of its types.
      const w = window as unknown as { cy: any; __steady?: { key: string; frames: number } }; // eslint-disable-line @typescript-eslint/no-explicit-any
      const cy = w.cy;
      const pan = cy.pan();
      let sum = 0;
      cy.nodes().forEach((n: { position(): { x: number; y: number } }) => {
        const p = n.position();
        sum += p.x * 3 + p.y;
      });
      const key = `${cy.zoom()}|${pan.x}|${pan.y}|${sum}`;
      const last = w.__steady;
      w.__steady = { key, frames: last?.key === key && !cy.animated() ? last.frames + 1 : 0 };
      return w.__steady.frames >= 8;
    },
    undefined,
    { polling: 'raf' },
  );
}

/** Ids of what the canvas marks as selected (`selector` narrows it, e.g. "node"). */
export async function selectedIds(page: Page, selector = ''): Promise<string[]> {
  return page.evaluate(
    (s) =>
      (
        window as unknown as {
          cy: { $(s: string): { map(f: (e: { id(): string }) => string): string[] } };
        }
      ).cy
        .$(`${s}.selected`)
        .map((e) => e.id()),
    selector,
  );
}
