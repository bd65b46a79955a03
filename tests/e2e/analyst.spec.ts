// What an analyst does beyond click-and-filter: paths explained by their evidence, the
// table view, layouts, reading-order playback, views kept in the URL, dark mode.
import { expect, test, type Page } from '@playwright/test';
import { expectNoErrors, openExplorer } from './cyHelpers';

async function chooseEntity(page: Page, box: 'From' | 'To', typed: string): Promise<void> {
  const path = page.getByRole('region', { name: 'Path' });
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
