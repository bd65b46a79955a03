// Legible where the story is dense: the Iran–Russia pair as one bundle that opens into its
// relations, relation groups in the legend, and the page on a phone.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { clickElement, expectNoErrors, openExplorer } from './cyHelpers';

interface FileGraph {
  nodes: { id: string; label: string }[];
  edges: { id: string; source: string; target: string; relation: string; label?: string }[];
  relationTypes: { id: string; label: string; group?: string }[];
  relationGroups?: { id: string; label: string }[];
}
const graph = JSON.parse(readFileSync('graph-data/iran-russia-alliance.json', 'utf8')) as FileGraph;
const between = (a: string, b: string) =>
  graph.edges.filter(
    (e) => (e.source === a && e.target === b) || (e.source === b && e.target === a),
  );

async function seriousViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** What the canvas draws between two entities: ids of the visible edges. */
async function drawnBetween(page: Page, a: string, b: string): Promise<string[]> {
  return page.evaluate(
    ([x, y]) => {
      // window.cy is Cytoscape's Core; typed loosely to keep the test free of its types.
      const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
      return cy
        .getElementById(x)
        .edgesWith(cy.getElementById(y))
        .filter((e: { visible(): boolean }) => e.visible())
        .map((e: { id(): string }) => e.id());
    },
    [a, b],
  );
}

test('the Iran–Russia pair draws as one bundle that lists every relation between them', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  const relations = between('iran', 'russia');
  expect(relations.length).toBeGreaterThan(10);
  await expect.poll(() => drawnBetween(page, 'iran', 'russia')).toEqual(['bundle:iran~russia']);

  await clickElement(page, 'bundle:iran~russia');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Iran and Russia');
  await expect(details).toContainText(`${relations.length} relations:`);
  const rows = details.locator('.bundle-details__list > li');
  await expect(rows).toHaveCount(relations.length);
  const names = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const verbs = new Map(graph.relationTypes.map((t) => [t.id, t.label]));
  const nameOf = (edge: FileGraph['edges'][number]) => {
    const title = `${names.get(edge.source)} ${verbs.get(edge.relation)} ${names.get(edge.target)}`;
    return edge.label ? `${title} (${edge.label})` : title;
  };
  for (const edge of relations) {
    await expect(details.getByRole('button', { name: nameOf(edge), exact: true })).toHaveCount(1);
  }
  expect(await seriousViolations(page, '#details')).toEqual([]);

  // expanded in place: every relation drawn separately; collapsed back: one line again
  await details.getByRole('button', { name: 'Expand on the graph' }).click();
  await expect
    .poll(async () => (await drawnBetween(page, 'iran', 'russia')).sort())
    .toEqual(relations.map((e) => e.id).sort());
  await details.getByRole('button', { name: 'Collapse into one line on the graph' }).click();
  await expect.poll(() => drawnBetween(page, 'iran', 'russia')).toEqual(['bundle:iran~russia']);

  // choosing one relation selects it and leads back to the list
  const first = relations[0]!;
  await details.getByRole('button', { name: nameOf(first), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#relation=${first.id}$`));
  await details
    .getByRole('button', { name: /^All \d+ relations between Iran and Russia$/ })
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Iran and Russia');
  await expectNoErrors(errors);
});

test('keyboard users reach and open bundles; one control expands them all', async ({ page }) => {
  const errors = await openExplorer(page);
  await page.getByRole('application').focus();
  await page.keyboard.press('b');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText(' and ');
  await expect(details).toContainText(/\d+ relations:/);

  const expandAll = page.getByRole('button', { name: 'Expand all bundles' });
  await expandAll.click();
  await expect
    .poll(async () => (await drawnBetween(page, 'iran', 'russia')).length)
    .toBe(between('iran', 'russia').length);
  await page.getByRole('button', { name: 'Collapse all bundles' }).click();
  await expect.poll(() => drawnBetween(page, 'iran', 'russia')).toEqual(['bundle:iran~russia']);
  expect(await seriousViolations(page, '.graph-canvas')).toEqual([]);
  await expectNoErrors(errors);
});

test('Military is one legend group that hides and shows its relations in one click', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  const military = graph.relationGroups?.find((g) => g.label === 'Military');
  expect(military).toBeDefined();
  const types = new Set(
    graph.relationTypes.filter((t) => t.group === military!.id).map((t) => t.id),
  );
  const count = graph.edges.filter((e) => types.has(e.relation)).length;
  expect(count).toBeGreaterThan(0);
  const total = graph.edges.length;
  const status = page.getByRole('status').first();
  await expect(status).toContainText(`${total} of ${total} relations`);

  const box = page.getByRole('checkbox', { name: 'Military', exact: true });
  await box.uncheck();
  await expect(status).toContainText(`${total - count} of ${total} relations`);
  // none of them is drawn, not even inside a bundle's count
  const drawnMilitary = await page.evaluate(
    (ids) => {
      const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
      return cy
        .edges()
        .filter((e: any) => e.visible() && ids.includes(e.data('relation'))) // eslint-disable-line @typescript-eslint/no-explicit-any
        .map((e: { id(): string }) => e.id());
    },
    [...types],
  );
  expect(drawnMilitary).toEqual([]);
  await box.check();
  await expect(status).toContainText(`${total} of ${total} relations`);
  expect(await seriousViolations(page, '.filters-panel')).toEqual([]);
  await expectNoErrors(errors);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** A one-finger swipe upwards over the graph's background, as real touch input. */
  async function swipeUpOverGraph(page: Page): Promise<void> {
    const box = (await page.locator('#graph-canvas').boundingBox())!;
    const x = box.x + 20;
    const y = box.y + box.height - 60;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x, y: y - i * 25 }],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  test('a swipe over the graph scrolls the page; "Explore graph" pans it full screen', async ({
    page,
  }) => {
    const errors = await openExplorer(page);
    const pan = await page.evaluate(() => (window as unknown as { cy: any }).cy.pan()); // eslint-disable-line @typescript-eslint/no-explicit-any
    await swipeUpOverGraph(page);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    // the graph did not follow the finger (250 px); a re-fit may nudge it a few px
    const after = await page.evaluate(() => (window as unknown as { cy: any }).cy.pan()); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Math.abs(after.y - pan.y)).toBeLessThan(25);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Explore graph' }).click();
    const back = page.getByRole('button', { name: '← Back to the page' });
    await expect(back).toBeVisible();
    const box = (await page.locator('#graph-canvas').boundingBox())!;
    expect(box.width).toBe(390);
    expect(box.height).toBe(844);
    expect(await seriousViolations(page, '.graph-canvas')).toEqual([]);
    await back.click();
    await expect(page.getByRole('button', { name: 'Explore graph' })).toBeVisible();
    await expectNoErrors(errors);
  });

  test('the filters are one tap from the top of the page', async ({ page }) => {
    const errors = await openExplorer(page);
    const toggle = page.getByRole('button', { name: 'Filters' });
    const where = (await toggle.boundingBox())!;
    expect(where.y + where.height).toBeLessThan(200);
    await expect(page.getByRole('checkbox', { name: 'Military', exact: true })).toBeHidden();
    await toggle.tap();
    const military = page.getByRole('checkbox', { name: 'Military', exact: true });
    await expect(military).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Close filters' })).toBeFocused();
    expect(await seriousViolations(page, '#filters')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(military).toBeHidden();
    await expect(toggle).toBeFocused();
    await expectNoErrors(errors);
  });
});

test('at 1024×768 the side columns fold so the graph keeps at least half the width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const errors = await openExplorer(page);
  const box = (await page.locator('#graph-canvas').boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(512);
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('checkbox', { name: 'Military', exact: true })).toBeVisible();
  await expectNoErrors(errors);
});

test('entity labels at the first fit are at least 11 px on screen, or hidden', async ({ page }) => {
  const errors = await openExplorer(page);
  await page.waitForTimeout(200);
  const sizes = await page.evaluate(() => {
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const zoom = cy.zoom();
    return cy
      .nodes()
      .filter((n: any) => n.visible() && Number(n.style('text-opacity')) > 0) // eslint-disable-line @typescript-eslint/no-explicit-any
      .map((n: any) => n.numericStyle('font-size') * zoom); // eslint-disable-line @typescript-eslint/no-explicit-any
  });
  expect(sizes.length).toBeGreaterThan(8);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  await expectNoErrors(errors);
});
