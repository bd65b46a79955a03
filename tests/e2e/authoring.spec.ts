// Making a graph from an article the app has never seen, in real Chromium: entities and a
// relation from selected words (status suggested by a hedge), undo and redo, autosave to the
// library across a reload, suggestions, and anchors surviving a replaced text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadGraph } from '../../src/domain/loadGraph';
import type { GraphFile } from '../../src/domain/schema';
import { createGraphFromText, newEntity, selectInArticle } from './authoringHelpers';
import { expectNoErrors } from './cyHelpers';

const TEXT = [
  'Chile and Peru signed a water treaty on Monday.',
  '',
  'Chile reportedly supplies Peru with turbines.',
  '- Peru calls the “deal” fair.',
  '',
  'Maria Lopez met Gabriel Boric in Santiago. Later, Maria Lopez flew to Lima.',
].join('\n');

/** Drags the mouse across `phrase` in the article, as a reader selecting words does. */
async function dragAcross(page: Page, phrase: string) {
  const box = await page.evaluate((phrase) => {
    const body = document.querySelector('.article-reader__body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = (t as Text).data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + phrase.length);
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`not in one run of the article: ${phrase}`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The graphs stored in the library (IndexedDB), by title. */
async function storedGraph(page: Page, title: string): Promise<GraphFile> {
  const graphs = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('news-graph-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('graphs').objectStore('graphs').getAll();
          get.onsuccess = () => resolve(get.result.map((r: { graph: unknown }) => r.graph));
          get.onerror = () => reject(get.error);
        };
      }),
  );
  const graph = (graphs as GraphFile[]).find((g) => g.title === title);
  if (!graph) throw new Error(`no stored graph titled ${title}`);
  return graph;
}

const counts = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy: { nodes(): unknown[]; edges(): unknown[] } }).cy;
    return [cy.nodes().length, cy.edges().length];
  });

async function openApp(page: Page): Promise<string[]> {
  // Whole authoring sessions, a reload and the validator's command: more than 30 s on a
  // loaded 2-core machine.
  test.slow();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New graph from article…' })).toBeVisible();
  return errors;
}

test('an article becomes an anchored graph: entities, a hedged relation, undo, redo, reload', async ({
  page,
}) => {
  const errors = await openApp(page);
  await createGraphFromText(page, TEXT, 'Water deal');

  await newEntity(page, 'Chile', 'Country');
  await newEntity(page, 'Peru', 'Country');
  await expect.poll(() => counts(page)).toEqual([2, 0]);

  await selectInArticle(page, 'Chile reportedly supplies Peru with turbines.');
  await page.getByRole('button', { name: 'New relation…' }).click();
  const form = page.getByRole('form', { name: 'New relation' });
  await expect(form.getByLabel('From')).toHaveValue('chile');
  await expect(form.getByLabel('To')).toHaveValue('peru');
  await expect(form.getByLabel('Status')).toHaveValue('reported');
  await expect(form.getByRole('note')).toContainText('because of ‘reportedly’');
  await form.getByLabel('Relation').selectOption({ label: 'supplies' });
  await form.getByLabel('Label (optional)').fill('turbines');
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations)).toEqual([]);
  await form.getByRole('button', { name: 'Create relation' }).click();
  await expect.poll(() => counts(page)).toEqual([2, 1]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => counts(page)).toEqual([2, 0]);
  await page.locator('body').press('Control+Shift+Z');
  await expect.poll(() => counts(page)).toEqual([2, 1]);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Water deal' })).toBeVisible();
  await expect.poll(() => counts(page)).toEqual([2, 1]);

  // The stored graph is self-contained and passes the validator's loader, offsets exact.
  const graph = await storedGraph(page, 'Water deal');
  const loaded = loadGraph(graph, () => undefined);
  expect(loaded.ok && loaded.value.graph.edges[0]).toMatchObject({
    source: 'chile',
    target: 'peru',
    relation: 'supplies',
    status: 'reported',
    label: 'turbines',
    evidence: [
      {
        start: TEXT.indexOf('Chile reportedly'),
        end: TEXT.indexOf('Chile reportedly') + 45,
        quote: 'Chile reportedly supplies Peru with turbines.',
      },
    ],
  });
  // ...and the validator's own command accepts it as a file.
  const file = join(mkdtempSync(join(tmpdir(), 'authoring-')), 'water-deal.json');
  writeFileSync(file, JSON.stringify(graph, null, 2));
  const report = execFileSync('npx', ['tsx', 'scripts/validate.ts', file], { encoding: 'utf8' });
  expect(report).toMatch(/water-deal\.json: valid — 2 entities, 1 relations?, 3 evidence spans/);
  await expectNoErrors(errors);
});

test('a suggested entity comes with all its mentions; a replaced text keeps its anchors', async ({
  page,
}) => {
  // This session runs in the dark theme: its axe check covers the authoring UI there.
  await page.emulateMedia({ colorScheme: 'dark' });
  const errors = await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await createGraphFromText(page, TEXT, 'Water deal 2');
  await newEntity(page, 'Chile', 'Country');
  await newEntity(page, 'Peru', 'Country');
  await selectInArticle(page, 'Chile reportedly supplies Peru with turbines.');
  await page.getByRole('button', { name: 'New relation…' }).click();
  await page.getByRole('button', { name: 'Create relation' }).click();
  await expect.poll(() => counts(page)).toEqual([2, 1]);

  // A drag inside the relation's highlight selects words; it does not select the relation.
  await page.getByRole('button', { name: 'Cancel' }).first().click();
  await expect(page.getByText('Select an entity or a relation to edit it.')).toBeVisible();
  await dragAcross(page, 'supplies Peru');
  await expect(page.getByRole('toolbar', { name: 'Selected words' })).toContainText(
    '“supplies Peru”',
  );
  await expect(page.getByText('Select an entity or a relation to edit it.')).toBeVisible();

  await page.getByRole('button', { name: 'Find names in the article' }).click();
  const suggestions = page.getByRole('list', { name: 'Suggested entities' });
  await expect(suggestions).toContainText('Maria Lopez (person, 2 mentions)');
  await suggestions.getByRole('button', { name: 'Accept Maria Lopez' }).click();
  await expect.poll(() => counts(page)).toEqual([3, 1]);
  await expect(suggestions.getByRole('button', { name: 'Accept Maria Lopez' })).toHaveCount(0);
  await expect
    .poll(async () => (await storedGraph(page, 'Water deal 2')).nodes.at(-1))
    .toMatchObject({
      label: 'Maria Lopez',
      type: 'person',
      evidence: [
        { quote: 'Maria Lopez', start: TEXT.indexOf('Maria Lopez') },
        { quote: 'Maria Lopez', start: TEXT.lastIndexOf('Maria Lopez') },
      ],
    });

  // Another copy of the article: other spacing and straight quote marks. Every anchor holds.
  const variant = TEXT.replace(/ /g, '  ').replace(/[“”]/g, '"');
  const editing = page.getByRole('region', { name: 'Editing' });
  await editing.getByRole('button', { name: 'Replace the text…' }).click();
  await editing.getByLabel('New text of the article').fill(variant);
  await editing.getByRole('button', { name: 'Replace and re-anchor' }).click();
  await expect(editing.getByRole('status')).toContainText('Every passage was found again');
  await expect(editing.getByRole('heading', { name: 'No problems' })).toBeVisible();
  // Autosaved: every stored passage sits exactly at its quote in the new text.
  await expect
    .poll(async () => {
      const moved = await storedGraph(page, 'Water deal 2');
      return [...moved.nodes, ...moved.edges].flatMap((item) =>
        item.evidence.filter((ev) => variant.slice(ev.start, ev.end) !== ev.quote),
      );
    })
    .toEqual([]);

  // A copy without the relation's sentence: its passage is an orphan, listed, not dropped.
  const cut = variant.replace('Chile  reportedly  supplies  Peru  with  turbines.', '');
  await editing.getByRole('button', { name: 'Replace the text…' }).click();
  await editing.getByLabel('New text of the article').fill(cut);
  await editing.getByRole('button', { name: 'Replace and re-anchor' }).click();
  await expect(editing.getByRole('list', { name: 'Orphaned passages' })).toContainText(
    'Chile  reportedly  supplies  Peru  with  turbines.',
  );
  await expect(editing.getByRole('heading', { name: 'Problems (1)' })).toBeVisible();
  await expect(
    editing.getByRole('button', { name: /^edges\[0\]\.evidence\[0\]: orphan/ }),
  ).toBeVisible();
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations)).toEqual([]);

  // Autosaved with its orphan, the draft reopens after a reload, ready to fix.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Water deal 2' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Problems (1)' })).toBeVisible();
  await expectNoErrors(errors);
});
