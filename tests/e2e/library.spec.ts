// The library in real Chromium: opening graph files (picker, drop, ?graph=), invalid
// files, reopening after a reload.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoErrors, openExplorer, waitForGraph } from './cyHelpers';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/library/${name}`, import.meta.url));
const PORT_TITLE = 'Port strike halts grain exports';

async function openFile(page: Page, ...names: string[]) {
  await page.getByLabel('Graph file, with its text files').setInputFiles(names.map(fixture));
}

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const statusLine = (page: Page) => page.locator('.status-line [role="status"]');

test('opening a graph of another article shows it, with the counts of the file', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  await openFile(page, 'port-strike.json');
  await expect(title(page)).toHaveText(PORT_TITLE);
  await waitForGraph(page);
  await expect(statusLine(page)).toHaveText('5 of 5 entities · 4 of 4 relations');
  const ids = await page.evaluate(() =>
    (
      window as unknown as {
        cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } };
      }
    ).cy
      .nodes()
      .map((n) => n.id())
      .sort(),
  );
  expect(ids).toEqual(['ana-ruiz', 'dockworkers', 'eastland', 'harbour-authority', 'valmora']);
  await expectNoErrors(errors);
});

test('an invalid graph shows its problems with JSON paths and the graph on screen stays', async ({
  page,
}) => {
  await openExplorer(page);
  const before = await title(page).textContent();
  await openFile(page, 'port-strike-invalid.json');
  const dialog = page.getByRole('dialog', { name: 'Could not open port-strike-invalid.json' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([
    'nodes[1].evidence[0]: quote not at 5–67; found at 48–67',
    /^edges\[0\]\.target: no node with id "nowhere"/,
  ]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(title(page)).toHaveText(before!);
});

test('after a reload the opened graph is in the Library and reopens', async ({ page }) => {
  await openExplorer(page);
  await openFile(page, 'port-strike-with-file.json', 'port-strike.txt');
  await expect(title(page)).toHaveText(PORT_TITLE);
  await page.reload();
  await waitForGraph(page);
  await expect(title(page)).toHaveText(PORT_TITLE);
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(library.getByRole('listitem').first()).toContainText(`${PORT_TITLE} (on screen)`);
  const bundled = await library.getByRole('listitem').nth(1).getByRole('heading').textContent();
  await library
    .getByRole('listitem')
    .nth(1)
    .getByRole('button', { name: /^Open / })
    .click();
  await expect(title(page)).toHaveText(bundled!.replace(' · bundled', ''));
  await page.reload();
  await waitForGraph(page);
  await expect(title(page)).toHaveText(bundled!.replace(' · bundled', ''));
});

test('a graph dropped anywhere on the page opens', async ({ page }) => {
  await openExplorer(page);
  const text = readFileSync(fixture('port-strike.json'), 'utf8');
  const dataTransfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'port-strike.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('.app-side', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a graph file')).toBeVisible();
  await page.dispatchEvent('.app-side', 'drop', { dataTransfer });
  await expect(title(page)).toHaveText(PORT_TITLE);
});

test('?graph=URL opens the graph at that address and keeps it in the address', async ({ page }) => {
  await page.route('https://graphs.example.org/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: readFileSync(fixture('port-strike.json'), 'utf8'),
    }),
  );
  const address = 'https://graphs.example.org/port-strike.json';
  await page.goto(`/?graph=${encodeURIComponent(address)}#entity=eastland`);
  await expect(title(page)).toHaveText(PORT_TITLE);
  await waitForGraph(page);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Eastland', exact: true })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('graph')).toBe(address);
});

test('?graph=URL that fails explains why and leaves the graph on screen', async ({ page }) => {
  await page.route('https://graphs.example.org/**', (route) =>
    route.fulfill({ status: 404, body: 'gone', headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto(`/?graph=${encodeURIComponent('https://graphs.example.org/missing.json')}`);
  const dialog = page.getByRole('dialog', { name: /Could not open/ });
  await expect(dialog).toContainText('https://graphs.example.org/missing.json answered 404');
  await expect(title(page)).not.toHaveText(PORT_TITLE);
});

test('axe-core finds no serious violation in the Library and problems dialogs', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await openFile(page, 'port-strike-invalid.json');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await serious()).toEqual([]);
});
