// Entities added while editing keep their place: after a reload each is where it was put,
// and nothing else has moved.
import { expect, test } from '@playwright/test';
import { createGraphFromText, newEntity } from './authoringHelpers';
import { expectNoErrors, positions, waitForGraph } from './cyHelpers';

const TEXT =
  'Chile reportedly supplies Peru with turbines. Bolivia buys power from Chile. ' +
  'Argentina and Bolivia signed a pipeline deal.';

test('entities added in edit mode are where they were put after a reload', async ({ page }) => {
  test.slow(); // an authoring session and a reload, on a loaded 2-core machine
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto('/');
  await waitForGraph(page);
  await createGraphFromText(page, TEXT, 'Andes energy');
  for (const name of ['Chile', 'Peru', 'Bolivia', 'Argentina']) await newEntity(page, name);
  await expect.poll(async () => Object.keys(await positions(page)).length).toBe(4);
  const placed = await positions(page);
  // four different places, not a pile
  expect(new Set(Object.values(placed).map((p) => `${p.x},${p.y}`)).size).toBe(4);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Andes energy' })).toBeVisible();
  await waitForGraph(page);
  await expect.poll(() => positions(page)).toEqual(placed);

  // One more after the reload: the others stay, and it keeps its place too.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await newEntity(page, 'turbines', 'Country');
  await expect.poll(async () => Object.keys(await positions(page)).length).toBe(5);
  const withFifth = await positions(page);
  expect(Object.fromEntries(Object.entries(withFifth).filter(([id]) => id in placed))).toEqual(
    placed,
  );
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  await waitForGraph(page);
  await expect.poll(() => positions(page)).toEqual(withFifth);
  await expectNoErrors(errors);
});
