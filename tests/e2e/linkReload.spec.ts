// Reloading a ?graph= link never loses what the reader made: an untouched copy follows the
// link (its newer version shows), a changed copy opens from the library, says so, and offers
// the link's version beside it or, after a confirmation, in its place.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoErrors, openExplorer, positions, waitForGraph } from './cyHelpers';
import { newEntity } from './authoringHelpers';

const ADDRESS = 'https://graphs.example.org/port-strike.json';
const TITLE = 'Port strike halts grain exports';
const fixture = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../fixtures/library/port-strike.json', import.meta.url)),
    'utf8',
  ),
) as { title: string };

/** Serves the link's graph, titled `title()` at each fetch; counts the fetches. */
async function serveLink(page: Page, title: () => string) {
  const fetches = { count: 0 };
  await page.route(ADDRESS, (route) => {
    fetches.count += 1;
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ ...fixture, title: title() }),
    });
  });
  return fetches;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const nodeIds = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as {
        cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } };
      }
    ).cy
      .nodes()
      .map((n) => n.id()),
  );
const notice = (page: Page) => page.getByRole('region', { name: 'Your copy of this link' });

/** Opens the link, adds the entity "union" in edit mode, and waits for it to be saved. */
async function openAndEdit(page: Page) {
  await openExplorer(page, `/?graph=${encodeURIComponent(ADDRESS)}`);
  await expect(heading(page)).toHaveText(TITLE);
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await newEntity(page, 'union', 'Organization');
  await expect.poll(async () => (await nodeIds(page)).length).toBe(6);
  await expect(page.getByRole('group', { name: 'Authoring' })).toContainText('All changes saved');
}

test('an untouched copy follows the link: a reload fetches it again and shows its new version', async ({
  page,
}) => {
  let title = TITLE;
  const fetches = await serveLink(page, () => title);
  const errors = await openExplorer(page, `/?graph=${encodeURIComponent(ADDRESS)}`);
  await expect(heading(page)).toHaveText(TITLE);
  title = `${TITLE}, updated`;
  await page.reload();
  await expect(heading(page)).toHaveText(`${TITLE}, updated`);
  expect(fetches.count).toBe(2);
  await expect(notice(page)).toHaveCount(0);
  await expectNoErrors(errors);
});

test('a changed copy reopens on reload, says so, and the link’s version opens beside it', async ({
  page,
}) => {
  const fetches = await serveLink(page, () => TITLE);
  await openAndEdit(page);
  expect(fetches.count).toBe(1);

  await page.reload();
  await waitForGraph(page);
  await expect(notice(page)).toContainText('You changed this graph since you opened the link');
  await expect(notice(page)).toContainText(ADDRESS);
  expect((await nodeIds(page)).sort()).toContain('union');
  expect(fetches.count).toBe(1); // not fetched: nothing overwritten
  expect(new URL(page.url()).searchParams.get('graph')).toBe(ADDRESS);
  const serious = (await new AxeBuilder({ page }).include('.link-copy').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);
  expect(serious).toEqual([]);

  const mine = await positions(page);
  await notice(page)
    .getByRole('button', { name: 'Open the link’s version (keep my copy)' })
    .click();
  await expect(page.getByRole('alert')).toContainText(
    `Your changed copy is kept in the Library as “${TITLE} (copy)”.`,
  );
  await expect(notice(page)).toHaveCount(0);
  await waitForGraph(page);
  await expect.poll(async () => (await nodeIds(page)).includes('union')).toBe(false);
  expect(fetches.count).toBe(2);

  // The copy with the reader's entity is in the Library, and opens.
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('list', { name: 'Library' });
  const copy = library.getByRole('listitem').filter({ hasText: `${TITLE} (copy)` });
  await copy.getByRole('button', { name: /^Open / }).click();
  await expect(heading(page)).toHaveText(`${TITLE} (copy)`);
  await waitForGraph(page);
  // drawn as the reader left it, the entity they added included
  expect(await nodeIds(page)).toContain('union');
  await expect.poll(() => positions(page)).toEqual(mine);
});

test('replacing the changed copy asks first, and Cancel keeps it', async ({ page }) => {
  const fetches = await serveLink(page, () => TITLE);
  await openAndEdit(page);
  await page.reload();
  await waitForGraph(page);

  await notice(page).getByRole('button', { name: 'Replace my copy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace your copy with the link’s version?' });
  await expect(dialog).toContainText(`The changes you made to “${TITLE}” will be lost.`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await nodeIds(page)).toContain('union');
  expect(fetches.count).toBe(1);

  await notice(page).getByRole('button', { name: 'Replace my copy…' }).click();
  await dialog.getByRole('button', { name: 'Replace my copy' }).click();
  await expect(notice(page)).toHaveCount(0);
  await expect.poll(async () => (await nodeIds(page)).includes('union')).toBe(false);
  expect(fetches.count).toBe(2);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Library' })).not.toContainText(`${TITLE} (copy)`);

  // Now the copy is the link's version again: a reload follows the link.
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(heading(page)).toHaveText(TITLE);
  await expect.poll(() => fetches.count).toBe(3);
  await expect(notice(page)).toHaveCount(0);
});
