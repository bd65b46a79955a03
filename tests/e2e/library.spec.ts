// The library in real Chromium: opening graph files (picker, drop, ?graph=), invalid
// files, reopening after a reload.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { fileURLToPath } from 'node:url';
import { expectNoErrors, openExplorer, waitForGraph } from './cyHelpers';
import { exportAs, pngStats } from './downloads';

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

test.describe('Export', () => {
  test('Graph JSON downloads and opens again as the same graph', async ({ page }) => {
    await openExplorer(page);
    await openFile(page, 'port-strike-with-file.json', 'port-strike.txt');
    await expect(title(page)).toHaveText(PORT_TITLE);
    const file = await exportAs(page, /Graph JSON/);
    expect(file.name).toBe('port-strike-halts-grain-exports.graph.json');
    const graph = JSON.parse(file.bytes.toString('utf8')) as { sources: { text?: string }[] };
    expect(graph.sources[0]!.text).toBe(readFileSync(fixture('port-strike.txt'), 'utf8'));
    await page.getByLabel('Graph file, with its text files').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: file.bytes,
    });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(title(page)).toHaveText(PORT_TITLE);
    await expect(statusLine(page)).toHaveText('5 of 5 entities · 4 of 4 relations');
  });

  test('data formats download with every entity and relation', async ({ page }) => {
    await openExplorer(page);
    await openFile(page, 'port-strike.json');
    await expect(title(page)).toHaveText(PORT_TITLE);
    await waitForGraph(page);
    const csv = await exportAs(page, /CSV tables/);
    const files = unzipSync(new Uint8Array(csv.bytes));
    const rows = (name: string) =>
      strFromU8(files[`port-strike-halts-grain-exports-${name}.csv`]!).trim().split('\r\n').length -
      1;
    expect([rows('entities'), rows('relations'), rows('evidence')]).toEqual([5, 4, 9]);
    const graphml = await exportAs(page, /GraphML/);
    const fromGraphml = parseGraphml(Graph, graphml.bytes.toString('utf8'));
    expect([fromGraphml.order, fromGraphml.size]).toEqual([5, 4]);
    expect(typeof fromGraphml.getNodeAttribute('eastland', 'x')).toBe('number');
    const gexf = await exportAs(page, /GEXF/);
    const fromGexf = parseGexf(Graph, gexf.bytes.toString('utf8'));
    expect([fromGexf.order, fromGexf.size]).toEqual([5, 4]);
    const notes = await exportAs(page, /Web Annotation/);
    expect(notes.name).toBe('port-strike-halts-grain-exports.annotations.jsonld');
    expect((JSON.parse(notes.bytes.toString('utf8')) as { total: number }).total).toBe(9);
  });

  test('the PNG is opaque with drawn pixels; the SVG holds the labels as text', async ({
    page,
  }) => {
    await openExplorer(page);
    await openFile(page, 'port-strike.json');
    await expect(title(page)).toHaveText(PORT_TITLE);
    await waitForGraph(page);
    const png = await exportAs(page, /PNG image of the whole/);
    expect(png.name).toBe('port-strike-halts-grain-exports.png');
    const stats = await pngStats(page, png.bytes);
    expect(stats.transparent).toBe(0);
    expect(stats.coloured).toBeGreaterThan(1000);
    expect(stats.width).toBeGreaterThan(800); // 2× the canvas

    const svg = await exportAs(page, /SVG image of the whole/);
    const doc = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Ana Ruiz',
        'Dockworkers',
        'Eastland',
        'Harbour authority',
        'Port of Valmora',
      ]),
    );
  });

  test('a filtered export says so and holds only what is shown', async ({ page }) => {
    await openExplorer(page);
    await openFile(page, 'port-strike.json');
    await expect(title(page)).toHaveText(PORT_TITLE);
    await page.getByRole('checkbox', { name: 'Denied' }).uncheck();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitemradio', { name: 'Only what the filters show' }).click();
    await page.keyboard.press('Escape');
    const file = await exportAs(page, /Graph JSON/);
    expect(file.name).toBe('port-strike-halts-grain-exports-filtered.graph.json');
    const graph = JSON.parse(file.bytes.toString('utf8')) as {
      description: string;
      edges: unknown[];
    };
    expect(graph.edges).toHaveLength(3);
    expect(graph.description).toMatch(
      /^Filtered view of "Port strike halts grain exports": 5 of 5 entities and 3 of 4 relations/,
    );
  });
});

test('a CSV of claims with its article opens as a graph, rows it could not anchor listed', async ({
  page,
}) => {
  await openExplorer(page);
  await openFile(page, 'port-strike-claims.csv', 'port-strike.txt');
  const dialog = page.getByRole('dialog', {
    name: 'Imported 3 claims from port-strike-claims.csv',
  });
  await expect(dialog.getByRole('listitem')).toHaveText([
    /^row 5: quote not found in the article/,
    /^row 6: quote found more than once/,
  ]);
  await page.keyboard.press('Escape');
  await expect(title(page)).toHaveText('Claims from port-strike-claims.csv');
  await waitForGraph(page);
  await expect(statusLine(page)).toContainText('3 of 3 relations');
});
