// A graph of thousands on a CPU-drawn canvas: its relations are drawn on the app's own layer
// under Cytoscape's (edgeLayer.ts), yet they are still clicked like any relation, and a filter
// takes them off the layer and out of reach.
import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './cyHelpers';
import { exportAs, pngStats } from './downloads';
import { syntheticGraph } from '../bench/syntheticGraph';

/** How many pixels of the relations' layer are drawn. */
const layerInk = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.graph-canvas__edges');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return -1;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
    return ink;
  });

/** A drawn relation (no bundle) whose midpoint lies well away from every entity and from
 * other relations' midpoints, and where that midpoint is on the page. */
const clearRelation = (page: Page) =>
  page.evaluate(() => {
    // window.cy is Cytoscape's Core; typed loosely here to keep the test free of its types.
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const rect = cy.container().getBoundingClientRect();
    const nodes = cy.nodes().map((n: any) => n.renderedPosition()); // eslint-disable-line @typescript-eslint/no-explicit-any
    const far = (p: { x: number; y: number }, q: { x: number; y: number }, d: number) =>
      Math.hypot(p.x - q.x, p.y - q.y) > d;
    for (const e of cy.edges(':simple').not('.bundle').not('.hidden')) {
      const s = e.source().renderedPosition();
      const t = e.target().renderedPosition();
      if (Math.hypot(s.x - t.x, s.y - t.y) < 40) continue;
      const m = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
      if (m.x < 20 || m.y < 20 || m.x > rect.width - 20 || m.y > rect.height - 20) continue;
      if (!nodes.every((p: { x: number; y: number }) => far(p, m, 12))) continue;
      return { id: e.id(), relation: e.data('relation'), x: rect.left + m.x, y: rect.top + m.y };
    }
    return null;
  });

test('a graph of thousands draws its relations on its own layer, clickable and filtered', async ({
  page,
}) => {
  test.slow();
  const graph = syntheticGraph(1000, 4);
  const errors = await openExplorer(page);
  const laidOut = () => page.evaluate(() => performance.getEntriesByName('layout:end').length);
  const before = await laidOut();
  await page.getByLabel('Graph file, with its text files').setInputFiles({
    name: 'synthetic.graph.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(graph)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Synthetic graph of 1000 entities',
  );
  await expect.poll(laidOut, { timeout: 60_000 }).toBeGreaterThan(before);
  await page.waitForTimeout(500); // the fit after the layout
  const inkBefore = await layerInk(page);
  expect(inkBefore).toBeGreaterThan(5000);

  // The PNG draws the layer's relations too: count pixels of "rivals with" purple, a colour
  // no entity has.
  const png = await exportAs(page, /PNG image of the whole/);
  const { purple } = await pngStats(page, png.bytes);
  expect(purple).toBeGreaterThan(2000);

  const target = await clearRelation(page);
  expect(target).not.toBeNull();
  await page.mouse.click(target!.x, target!.y);
  await expect(page).toHaveURL(new RegExp(`relation=${target!.id}(&|$)`));

  // Hide that relation's type: fewer relations on the layer, and the click finds it no more.
  await page.keyboard.press('Escape');
  const legend = page.getByRole('complementary', { name: 'Filters' });
  const typeLabel = graph.relationTypes.find((t) => t.id === target!.relation)!.label;
  await legend.getByRole('checkbox', { name: typeLabel, exact: true }).uncheck();
  await expect.poll(() => layerInk(page)).toBeLessThan(inkBefore);
  await page.mouse.click(target!.x, target!.y);
  await expect(page).not.toHaveURL(new RegExp(`relation=${target!.id}(&|$)`));
  expect(errors).toEqual([]);
});
