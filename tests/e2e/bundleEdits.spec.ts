// Bundles follow edits in the real app: a second relation between two entities draws them
// as one bundle; undo draws the single relation again, redo the bundle.
import { expect, test, type Page } from '@playwright/test';
import { expectNoErrors } from './cyHelpers';

const TEXT = [
  'Chile and Peru signed a water treaty on Monday.',
  '',
  'Chile reportedly supplies Peru with turbines.',
].join('\n');

/** Selects `phrase` in the article, as a drag would (across marks: several text nodes). */
async function selectInArticle(page: Page, phrase: string) {
  await page.evaluate((phrase) => {
    const body = document.querySelector('.article-reader__body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; at: number }[] = [];
    let all = '';
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      nodes.push({ node: t as Text, at: all.length });
      all += (t as Text).data;
    }
    const start = all.indexOf(phrase);
    if (start < 0) throw new Error(`not in the article: ${phrase}`);
    const point = (offset: number) => {
      const hit = [...nodes].reverse().find((n) => n.at <= offset)!;
      return [hit.node, offset - hit.at] as const;
    };
    const [a, ao] = point(start);
    const [b, bo] = point(start + phrase.length);
    document.getSelection()!.setBaseAndExtent(a, ao, b, bo);
  }, phrase);
}

async function newEntity(page: Page, name: string) {
  await selectInArticle(page, name);
  await page
    .getByRole('toolbar', { name: 'Selected words' })
    .getByRole('button', { name: 'New entity' })
    .click();
  const form = page.getByRole('form', { name: 'New entity' });
  await form.getByLabel('Type').selectOption({ label: 'Country' });
  await form.getByRole('button', { name: 'Create entity' }).click();
}

async function newRelation(page: Page, sentence: string, relation: string) {
  await selectInArticle(page, sentence);
  await page.getByRole('button', { name: 'New relation…' }).click();
  const form = page.getByRole('form', { name: 'New relation' });
  await expect(form.getByLabel('From')).toHaveValue('chile');
  await expect(form.getByLabel('To')).toHaveValue('peru');
  await form.getByLabel('Relation').selectOption({ label: relation });
  await form.getByRole('button', { name: 'Create relation' }).click();
}

/** Ids of the edges drawn between Chile and Peru. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    // window.cy is Cytoscape's Core; typed loosely to keep the test free of its types.
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    return cy
      .getElementById('chile')
      .edgesWith(cy.getElementById('peru'))
      .filter((e: { visible(): boolean }) => e.visible())
      .map((e: { id(): string; data(k: string): unknown }) =>
        e.id().startsWith('bundle:') ? `${e.id()} (${String(e.data('bundleLabel'))})` : 'one',
      );
  });

test('a second relation between two entities draws a bundle; undo and redo follow', async ({
  page,
}) => {
  test.slow(); // a whole authoring session on a loaded 2-core machine
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'New graph from article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New graph from article' });
  await dialog.getByLabel('Article text').fill(TEXT);
  await dialog.getByLabel('Title').fill('Water treaty');
  await dialog.getByRole('button', { name: 'Create graph' }).click();
  await expect(page.getByRole('region', { name: 'Editing' })).toBeVisible();
  await newEntity(page, 'Chile');
  await newEntity(page, 'Peru');

  await newRelation(page, 'Chile reportedly supplies Peru with turbines.', 'supplies');
  await expect.poll(() => drawn(page)).toEqual(['one']);
  await newRelation(page, 'Chile and Peru signed a water treaty on Monday.', 'allies with');
  await expect.poll(() => drawn(page)).toEqual(['bundle:chile~peru (2 relations)']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => drawn(page)).toEqual(['one']);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => drawn(page)).toEqual(['bundle:chile~peru (2 relations)']);
  await expectNoErrors(errors);
});
