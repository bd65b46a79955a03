// What an analyst does beyond click-and-filter: paths explained by their evidence, the
// table view, layouts, reading-order playback, views kept in the URL, dark mode.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
  clickElement,
  expectNoErrors,
  hiddenEdgeIds,
  openExplorer,
  positions,
  selectedIds,
  waitForGraph,
} from './cyHelpers';

async function chooseEntity(page: Page, box: 'From' | 'To', typed: string): Promise<void> {
  const path = page.getByRole('region', { name: 'Path' });
  // The Path panel starts folded behind "Find a path…", so the legend above keeps its height.
  const disclosure = path.getByRole('button', { name: 'Find a path…' });
  if ((await disclosure.getAttribute('aria-expanded')) === 'false') await disclosure.click();
  await path.getByRole('combobox', { name: box }).fill(typed);
  await page.keyboard.press('Enter');
}

test('Path from Ken McCallum to Azerbaijan: three or more hops, each with its quote, drawn on the canvas', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  await chooseEntity(page, 'From', 'McCallum');
  await chooseEntity(page, 'To', 'Azerbaijan');
  const hops = page.getByRole('list', { name: 'Hops of the path shown' }).getByRole('listitem');
  await expect(hops.first()).toBeVisible();
  expect(await hops.count()).toBeGreaterThanOrEqual(3);
  const article = (await page.locator('#article').textContent()) ?? '';
  for (const quote of await page.locator('.path-hop__quote').allTextContents()) {
    const words = quote.replace(/^‘|’$/g, '');
    expect(words.length).toBeGreaterThan(3);
    expect(article).toContain(words);
  }
  const onPath = await page.evaluate(
    () =>
      (window as unknown as { cy: { $(s: string): { length: number } } }).cy.$('node.on-path')
        .length,
  );
  expect(onPath).toBe((await hops.count()) + 1);
  await expectNoErrors(errors);
});

test('Find a path from here, then a path the filters cut', async ({ page }) => {
  const errors = await openExplorer(page, '/#entity=ken-mccallum');
  await page.getByRole('button', { name: 'Find a path from here' }).click();
  const path = page.getByRole('region', { name: 'Path' });
  await expect(path.getByRole('combobox', { name: 'From' })).toHaveValue('Ken McCallum');
  await expect(path.getByRole('combobox', { name: 'To' })).toBeFocused();
  await page.keyboard.type('Azerbaijan');
  await page.keyboard.press('Enter');
  await expect(path.getByText(/shown: \d+ hops/)).toBeVisible();
  await page.getByRole('button', { name: 'Show only connects' }).click();
  await expect(path.getByText('No connection with the current filters.')).toBeVisible();
  await expectNoErrors(errors);
});

test('Table view lists exactly the visible entities; relation rows drop when a type is hidden', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  const relations = page.getByRole('table', { name: 'Relations' });
  const entities = page.getByRole('table', { name: 'Entities' });
  const status = page.getByRole('status').first();
  const counts = async () => {
    const m = /(\d+) of \d+ entities · (\d+) of \d+ relations/.exec(
      (await status.textContent()) ?? '',
    );
    return { nodes: Number(m![1]), edges: Number(m![2]) };
  };
  let shown = await counts();
  await expect(entities).toHaveAttribute('aria-rowcount', String(shown.nodes + 1));
  await expect(relations).toHaveAttribute('aria-rowcount', String(shown.edges + 1));
  // Sorted by relation, the "accuses" rows come first (only the rows in view are rendered).
  await relations.getByRole('button', { name: 'Relation' }).click();
  const accusesRows = relations.getByRole('row').filter({ hasText: /^accuses/ });
  expect(await accusesRows.count()).toBeGreaterThan(0);

  await page.getByRole('checkbox', { name: 'accuses', exact: true }).uncheck();
  shown = await counts();
  await expect(relations).toHaveAttribute('aria-rowcount', String(shown.edges + 1));
  await expect(accusesRows).toHaveCount(0);

  await entities.getByRole('button', { name: 'Select Iran' }).click();
  await expect(
    page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'Iran', exact: true }),
  ).toBeVisible();
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Graph' }).click();
  const selected = await selectedIds(page, 'node');
  expect(selected).toEqual(['iran']);
  await expectNoErrors(errors);
});

test('hiding "accuses", selecting Iran and reloading keeps both; Back returns to the previous selection', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  await page.getByRole('checkbox', { name: 'accuses', exact: true }).uncheck();
  await clickElement(page, 'russia');
  await clickElement(page, 'iran');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#entity=iran&hide-relations=accuses$/);

  await page.reload();
  await waitForGraph(page);
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'accuses', exact: true })).not.toBeChecked();
  expect(await hiddenEdgeIds(page)).toContain('us-accuses-iran-missiles');

  await page.goBack();
  await expect(details.getByRole('heading', { name: 'Russia', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'accuses', exact: true })).not.toBeChecked();
  await page.goForward();
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await expectNoErrors(errors);
});

test('a garbled link opens the app with a notice naming what was wrong', async ({ page }) => {
  const errors = await openExplorer(page, '/#entity=iran&layout=spiral&hide-relations=teleports');
  await expect(
    page.getByText('The link asks for a layout "spiral" that does not exist.', { exact: false }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'Iran', exact: true }),
  ).toBeVisible();
  await expectNoErrors(errors);
});

test('"Cite this passage" gives a link that opens with the passage shown and its element selected', async ({
  page,
}) => {
  const errors = await openExplorer(page, '/#entity=ken-mccallum');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: 'Cite this passage' }).first().click();
  const href = await details
    .getByRole('link', { name: 'Link to this passage' })
    .getAttribute('href');
  expect(href).toMatch(/#entity=ken-mccallum&passage=/);
  await page.goto('/');
  await page.goto(href!);
  await waitForGraph(page);
  await expect(details.getByRole('heading', { name: 'Ken McCallum', exact: true })).toBeVisible();
  const quote = (await details.locator('.passage mark').first().textContent()) ?? '';
  // The cited passage is the one the article reader brings into view and focuses.
  await expect(page.locator('#article mark:focus')).toContainText(quote.slice(0, 20));
  await expectNoErrors(errors);
});

/** Waits until no layout or camera animation is running, then two frames for hit-tests. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(100);
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    return (
      !cy.animated() && cy.nodes().filter((n: { animated(): boolean }) => n.animated()).length === 0
    );
  });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}

/** Visible entities whose drawn centre lies outside the canvas (after the camera settles). */
async function entitiesOutside(page: Page): Promise<{ visible: number; outside: string[] }> {
  return page.evaluate(() => {
    // window.cy is Cytoscape's Core; typed loosely to keep the test free of its types.
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const w = cy.width();
    const h = cy.height();
    const nodes = cy.nodes().filter((n: { visible(): boolean }) => n.visible());
    const outside = nodes
      .filter((n: { renderedPosition(): { x: number; y: number } }) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > w || p.y > h;
      })
      .map((n: { id(): string }) => n.id());
    return { visible: nodes.length, outside };
  });
}

test('every layout draws all visible entities inside the canvas; the choice and positions survive a reload', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const errors = await openExplorer(page);
  await page.getByRole('checkbox', { name: 'Person', exact: true }).uncheck();
  const layout = page.getByRole('combobox', { name: 'Layout' });
  const options = await layout.locator('option').allTextContents();
  expect(options).toEqual([
    'Force-directed',
    'Concentric by degree',
    'Circle',
    'Grid',
    'Hierarchy',
    'Article order',
  ]);
  for (const name of options) {
    await layout.selectOption({ label: name });
    await expect
      .poll(async () => (await entitiesOutside(page)).outside, { message: name, timeout: 5000 })
      .toEqual([]);
    expect((await entitiesOutside(page)).visible).toBeGreaterThan(10);
  }
  await layout.selectOption({ label: 'Circle' });
  await settle(page);
  await settle(page);
  const before = await positions(page);
  await page.reload();
  await waitForGraph(page);
  await expect(layout).toHaveValue('circle');
  expect(await positions(page)).toEqual(before);
  await expectNoErrors(errors);
});

test('reading-order playback shows fewer relations at its first step than at its end, and marks the paragraph', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  const status = page.getByRole('status').first();
  const relationsShown = async () =>
    Number(/(\d+) of \d+ relations/.exec((await status.textContent()) ?? '')![1]);
  const all = await relationsShown();
  await page.getByRole('button', { name: 'Play reading order' }).click();
  const playback = page.getByRole('group', { name: 'Reading-order playback' });
  await playback.getByRole('button', { name: 'Pause' }).click();
  await playback.getByRole('slider', { name: 'Reading position' }).fill('1');
  await expect(playback).toContainText('Paragraph 1 of');
  const first = await relationsShown();
  expect(first).toBeLessThan(all);
  await expect(page.locator('#article [aria-current="step"]')).toHaveCount(1);

  await playback.getByRole('button', { name: 'Next paragraph' }).click();
  await expect(playback).toContainText('Paragraph 2 of');
  const total = Number(/of (\d+)/.exec((await playback.textContent()) ?? '')![1]);
  await playback.getByRole('slider', { name: 'Reading position' }).fill(String(total));
  await expect(playback).toContainText(`Paragraph ${total} of ${total}`);
  expect(await relationsShown()).toBeGreaterThan(first);
  expect(await relationsShown()).toBe(all);
  await expect(page).toHaveURL(new RegExp(`step=${total}`));
  await playback.getByRole('button', { name: 'Stop playback' }).click();
  expect(await relationsShown()).toBe(all);
  await expectNoErrors(errors);
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('axe finds no serious violation with a path shown, nor in the table view', async ({
  page,
}) => {
  await openExplorer(page, '/#entity=iran');
  await chooseEntity(page, 'From', 'McCallum');
  await chooseEntity(page, 'To', 'Azerbaijan');
  await expect(page.getByRole('list', { name: 'Hops of the path shown' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: 'Relations' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('dark mode follows the system, toggles, is remembered, and axe finds nothing serious in it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const errors = await openExplorer(page, '/#entity=iran&size=betweenness');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const canvasText = () =>
    page.evaluate(() =>
      (window as unknown as { cy: { nodes(): { first(): { style(p: string): string } } } }).cy
        .nodes()
        .first()
        .style('color'),
    );
  const dark = await canvasText();
  expect(await seriousViolations(page)).toEqual([]);

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await canvasText()).not.toEqual(dark);
  await page.reload();
  await waitForGraph(page);
  // The choice outlasts the system setting.
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoErrors(errors);
});
