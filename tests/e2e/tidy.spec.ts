// What a colleague does with the explorer's output, in real Chromium: the entities and the
// relations table alone as CSV files Excel opens right, pictures of the whole graph and of
// the current view; dragging an entity (it stays where it was put, across a reload); and
// "Copy link", whose address reopens the same graph, selection and filters elsewhere.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import {
  clickElement,
  expectNoErrors,
  openExplorer,
  positions,
  selectedIds,
  waitForSteadyView,
} from './cyHelpers';
import { exportAs } from './downloads';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/library/${name}`, import.meta.url));
const PORT_TITLE = 'Port strike halts grain exports';
const title = (page: Page) => page.getByRole('heading', { level: 1 });
const statusLine = (page: Page) => page.locator('.status-line [role="status"]');

/** The port-strike graph with Eastland renamed so that a spreadsheet would run its name. */
function hostilePortStrike(): Buffer {
  const graph = JSON.parse(readFileSync(fixture('port-strike.json'), 'utf8')) as {
    nodes: { id: string; label: string }[];
  };
  graph.nodes.find((n) => n.id === 'eastland')!.label = '=HYPERLINK("https://x.test","Eastland")';
  return Buffer.from(JSON.stringify(graph));
}

/** A CSV file's bytes as Excel needs them, parsed: BOM, CRLF rows, no parse errors. */
function excelRows(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.describe('exports a colleague expects', () => {
  test('the relations and the entities table download alone, as CSV for Excel', async ({
    page,
  }) => {
    const errors = await openExplorer(page);
    await page.getByLabel('Graph file, with its text files').setInputFiles({
      name: 'port-strike.json',
      mimeType: 'application/json',
      buffer: hostilePortStrike(),
    });
    await expect(title(page)).toHaveText(PORT_TITLE);

    const relations = await exportAs(page, 'Relations table (CSV for Excel)');
    expect(relations.name).toBe('port-strike-halts-grain-exports-relations.csv');
    const relationRows = excelRows(relations.bytes);
    expect(relationRows).toHaveLength(4);
    // The name that was a formula is text in every cell it stands in.
    const eastland = '\'=HYPERLINK("https://x.test","Eastland")';
    const named = relationRows.flatMap((r) => [
      ...(r.subject_id === 'eastland' ? [r.subject] : []),
      ...(r.object_id === 'eastland' ? [r.object] : []),
    ]);
    // Eastland is the object of two relations in the file (the dockworkers', the authority's).
    expect(named).toEqual([eastland, eastland]);

    const entities = await exportAs(page, 'Entities table (CSV for Excel)');
    expect(entities.name).toBe('port-strike-halts-grain-exports-entities.csv');
    const entityRows = excelRows(entities.bytes);
    expect(entityRows.map((r) => r.id).sort()).toEqual([
      'ana-ruiz',
      'dockworkers',
      'eastland',
      'harbour-authority',
      'valmora',
    ]);
    expect(entityRows.find((r) => r.id === 'eastland')!.name).toBe(eastland);
    await expectNoErrors(errors);
  });

  test('the SVG of the current view holds what is on screen; the whole graph’s holds all', async ({
    page,
  }) => {
    const errors = await openExplorer(page);
    await page
      .getByLabel('Graph file, with its text files')
      .setInputFiles(fixture('port-strike.json'));
    await expect(title(page)).toHaveText(PORT_TITLE);
    await waitForSteadyView(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 4; i++) await zoomIn.click();
    await waitForSteadyView(page);
    const onScreen = await page.evaluate(() => {
      // window.cy is Cytoscape's Core; typed loosely to keep the test free of its types.
      const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
      const [w, h] = [cy.width(), cy.height()];
      return cy
        .nodes()
        .filter((n: { renderedPosition(): { x: number; y: number } }) => {
          const p = n.renderedPosition();
          return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h;
        })
        .map((n: { id(): string }) => n.id())
        .sort();
    });
    expect(onScreen.length).toBeGreaterThan(0);
    expect(onScreen.length).toBeLessThan(5);

    const nodeIds = (svg: Buffer) => {
      const doc = new DOMParser().parseFromString(svg.toString('utf8'), 'image/svg+xml');
      return Array.from(doc.getElementsByTagName('g'))
        .map((g) => g.getAttribute('id') ?? '')
        .filter((id) => id.startsWith('node-'))
        .map((id) => id.slice('node-'.length))
        .sort();
    };
    const view = await exportAs(page, 'SVG image of the current view (vector)');
    expect(view.name).toBe('port-strike-halts-grain-exports-view.svg');
    const inView = nodeIds(view.bytes);
    // Every entity whose centre is on screen is in the picture; those far off are not.
    expect(inView).toEqual(expect.arrayContaining(onScreen));
    expect(inView.length).toBeLessThan(5);
    expect(view.bytes.toString('utf8')).toContain('<clipPath id="view">');
    expect(view.bytes.toString('utf8')).toContain('Only the part in view.');

    const whole = await exportAs(page, 'SVG image of the whole graph (vector)');
    expect(whole.name).toBe('port-strike-halts-grain-exports.svg');
    expect(nodeIds(whole.bytes)).toEqual([
      'ana-ruiz',
      'dockworkers',
      'eastland',
      'harbour-authority',
      'valmora',
    ]);
    await expectNoErrors(errors);
  });
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds nothing serious in the open Export menu (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExplorer(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    await expect(
      menu.getByRole('menuitem', { name: 'Entities table (CSV for Excel)' }),
    ).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.export-menu').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });

/** Where an entity is drawn on the page, in CSS pixels. */
async function pagePoint(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const rect = cy.container().getBoundingClientRect();
    const p = cy.getElementById(nodeId).renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y, zoom: cy.zoom() as number };
  }, id);
}

test('a dragged entity moves with the pointer and stays there after a reload', async ({ page }) => {
  const errors = await openExplorer(page);
  await waitForSteadyView(page);
  const before = await positions(page);
  const from = await pagePoint(page, 'iran');
  const [dx, dy] = [90, -60];
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
  await page.mouse.up();

  // The entity is under the pointer where it was let go; nothing else moved.
  const to = await pagePoint(page, 'iran');
  expect(Math.abs(to.x - (from.x + dx))).toBeLessThan(2);
  expect(Math.abs(to.y - (from.y + dy))).toBeLessThan(2);
  const after = await positions(page);
  expect(after.iran!.x - before.iran!.x).toBeCloseTo(dx / from.zoom, -0.5);
  expect(after.iran!.y - before.iran!.y).toBeCloseTo(dy / from.zoom, -0.5);
  const others = (all: typeof after) => Object.entries(all).filter(([id]) => id !== 'iran');
  expect(others(after)).toEqual(others(before));
  expect(others(after).length).toBeGreaterThan(10);

  // Positions are kept per graph: a reload draws the entity where it was put.
  await page.reload();
  await waitForSteadyView(page);
  const reloaded = await positions(page);
  expect(Math.abs(reloaded.iran!.x - after.iran!.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(reloaded.iran!.y - after.iran!.y)).toBeLessThanOrEqual(1);
  expect(reloaded.iran).not.toEqual(before.iran);
  await expectNoErrors(errors);
});

test.describe('Copy link', () => {
  const ADDRESS = 'https://graphs.example.org/port-strike.json';

  const serveGraph = (page: Page) =>
    page.route('https://graphs.example.org/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: readFileSync(fixture('port-strike.json'), 'utf8'),
      }),
    );

  /** A browser profile of its own whose page may read the clipboard. */
  async function withClipboard(browser: Browser, baseURL: string) {
    const first = await browser.newContext({ baseURL });
    await first.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    return { first, page: await first.newPage() };
  }

  const denied = (page: Page) =>
    page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('checkbox', { name: 'Denied', exact: true });
  const selectedHeading = (page: Page, name: string) =>
    page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name, exact: true });

  async function copyLink(page: Page): Promise<string> {
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.copy-link__message')).not.toBeEmpty();
    return page.evaluate(() => navigator.clipboard.readText());
  }

  const CASES = [
    {
      graph: 'a graph opened from ?graph=',
      start: `/?graph=${encodeURIComponent(ADDRESS)}`,
      id: 'eastland',
      name: 'Eastland',
    },
    { graph: 'the bundled graph', start: '/', id: 'iran', name: 'Iran' },
  ];

  for (const c of CASES)
    test(`on ${c.graph}, the copied address reopens graph, selection and filters in a fresh browser`, async ({
      browser,
      baseURL,
    }) => {
      const { first, page } = await withClipboard(browser, baseURL!);
      await serveGraph(page);
      await page.goto(c.start);
      await waitForSteadyView(page);
      const heading = await title(page).textContent();
      await denied(page).uncheck();
      await waitForSteadyView(page);
      const shown = await statusLine(page).textContent();
      expect(shown).toMatch(/^(\d+) of \1 entities · (\d+) of (?!\2 )\d+ relations$/);
      await clickElement(page, c.id);
      await expect(selectedHeading(page, c.name)).toBeVisible();

      const link = await copyLink(page);
      expect(link).toBe(page.url());
      await first.close();

      // Another browser profile: nothing stored, nothing opened before. The link alone says it.
      const second = await browser.newContext({ baseURL: baseURL! });
      const again = await second.newPage();
      const errors: string[] = [];
      again.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      await serveGraph(again);
      await again.goto(link);
      await expect(title(again)).toHaveText(heading!);
      await expect(selectedHeading(again, c.name)).toBeVisible();
      await expect(denied(again)).not.toBeChecked();
      await expect(statusLine(again)).toHaveText(shown!);
      expect(await selectedIds(again)).toEqual([c.id]);
      await expectNoErrors(errors);
      await second.close();
    });
});
