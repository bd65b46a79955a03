// What a reader does with the explorer, in real Chromium on the built app.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { clickElement, expectNoErrors, hiddenEdgeIds, openExplorer, positions } from './cyHelpers';

test('opens on the bundled graph with a status line and no console errors', async ({ page }) => {
  const errors = await openExplorer(page);
  await expect(page.getByRole('status').first()).toContainText(
    /\d+ of \d+ entities · \d+ of \d+ relations/,
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoErrors(errors);
});

test('clicking an entity shows its supporting passages', async ({ page }) => {
  const errors = await openExplorer(page);
  await clickElement(page, 'iran');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await expect(details.locator('mark').first()).toBeVisible();
  const selected = await page.evaluate(() =>
    (
      window as unknown as {
        cy: { $(s: string): { map(f: (e: { id(): string }) => string): string[] } };
      }
    ).cy
      .$('.selected')
      .map((e) => e.id()),
  );
  expect(selected).toContain('iran');
  await page.keyboard.press('Escape');
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toHaveCount(0);
  await expectNoErrors(errors);
});

test('clicking a relation shows what it claims, its status and its evidence', async ({ page }) => {
  const errors = await openExplorer(page);
  // the United States and Iran share two relations: drawn as one bundle until expanded
  await page.getByRole('button', { name: 'Expand all bundles' }).click();
  await clickElement(page, 'us-accuses-iran-missiles');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('accuses');
  await expect(details).toContainText('United States');
  await expect(details.locator('mark').first()).toContainText(/accuse/i);
  await expectNoErrors(errors);
});

/** The shipped graph's counts, read from the file itself rather than from the app. */
function bundledCounts() {
  const graph = JSON.parse(readFileSync('graph-data/iran-russia-alliance.json', 'utf8')) as {
    nodes: unknown[];
    edges: { relation: string }[];
  };
  const supplies = graph.edges.filter((e) => e.relation === 'supplies').length;
  return { nodes: graph.nodes.length, edges: graph.edges.length, supplies };
}

test('unchecking a relation type hides its edges without moving anything', async ({ page }) => {
  const errors = await openExplorer(page);
  const status = page.getByRole('status').first();
  const { nodes, edges, supplies } = bundledCounts();
  expect(supplies).toBeGreaterThan(0);
  await expect(status).toHaveText(`${nodes} of ${nodes} entities · ${edges} of ${edges} relations`);
  const where = await positions(page);
  await page.getByRole('button', { name: 'Expand all bundles' }).click();
  await page.getByRole('checkbox', { name: 'supplies', exact: true }).uncheck();
  const hidden = await hiddenEdgeIds(page);
  const suppliesIds = await page.evaluate(() =>
    (
      window as unknown as {
        cy: { edges(s: string): { map(f: (e: { id(): string }) => string): string[] } };
      }
    ).cy
      .edges('[relation = "supplies"], .bundle')
      .map((e) => e.id()),
  );
  expect(suppliesIds.length).toBeGreaterThan(supplies);
  // the relations of that type, and the (expanded) bundle lines
  expect(hidden.sort()).toEqual(suppliesIds.sort());
  await expect(status).toHaveText(
    `${nodes} of ${nodes} entities · ${edges - supplies} of ${edges} relations`,
  );
  expect(await positions(page)).toEqual(where);
  await expectNoErrors(errors);
});

test('clicking a highlight in the article selects what it supports', async ({ page }) => {
  const errors = await openExplorer(page);
  const article = page.getByRole('region', { name: 'Article' });
  const details = page.getByRole('complementary', { name: 'Details' });
  // "Shahed" lies in one passage only, supporting one relation: a click selects it.
  await article.locator('mark', { hasText: 'Shahed' }).first().click();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(details).toContainText('thousands of ‘Shahed’ drones');
  await expect(page).toHaveURL(/#relation=iran-supplies-russia-shahed-drones$/);
  // "Zangezur corridor" supports several entities and relations: a click offers a choice.
  await article.locator('mark', { hasText: 'Zangezur corridor' }).first().click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /connects Turkey/ }).click();
  await expect(page).toHaveURL(/#relation=zangezur-corridor-connects-turkey$/);
  await expect(details.locator('mark').first()).toBeVisible();
  await expectNoErrors(errors);
});

test('skip links and the keyboard reach the graph without a mouse', async ({ page }) => {
  const errors = await openExplorer(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the graph' })).toBeFocused();
  await page.keyboard.press('Enter');
  const canvas = page.getByRole('application');
  await expect(canvas).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  await page.keyboard.press('ArrowRight');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).not.toHaveText('Nothing selected');
  await expect(page).toHaveURL(/#entity=/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/#entity=/);
  await expectNoErrors(errors);
});

test('search selects an entity by its alias from the keyboard', async ({ page }) => {
  const errors = await openExplorer(page);
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Tehran');
  await search.press('ArrowDown');
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#entity=iran$/);
  await expectNoErrors(errors);
});

test('a link selects its entity; a garbage link explains itself', async ({ page }) => {
  let errors = await openExplorer(page, '/#entity=russia');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Russia', exact: true })).toBeVisible();
  await expectNoErrors(errors);
  errors = await openExplorer(page, '/#%3Cimg%20src=x%20onerror=alert(1)%3E');
  await expect(page.getByRole('alert')).toContainText('not understood');
  expect(await page.locator('img').count()).toBe(0);
  await expectNoErrors(errors);
});

test('the layout is the same on every load', async ({ page }) => {
  await openExplorer(page);
  const first = await positions(page);
  await page.reload();
  await openExplorer(page);
  expect(await positions(page)).toEqual(first);
});

test('axe-core finds no serious or critical violation', async ({ page }) => {
  await openExplorer(page);
  await clickElement(page, 'iran');
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('at phone width nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = await openExplorer(page, '/#relation=iran-builds-drone-factory-in-russia');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // The panels stack: graph, then details, then article, each below the last.
  const boxes = await Promise.all(
    [
      page.getByRole('application'),
      page.getByRole('complementary', { name: 'Details' }),
      page.getByRole('region', { name: 'Article' }),
    ].map((l) => l.boundingBox()),
  );
  for (let i = 1; i < boxes.length; i++) {
    const above = boxes[i - 1]!;
    const below = boxes[i]!;
    expect(below.height).toBeGreaterThan(40);
    expect(below.y).toBeGreaterThanOrEqual(above.y + above.height - 1);
  }
  await expectNoErrors(errors);
});
