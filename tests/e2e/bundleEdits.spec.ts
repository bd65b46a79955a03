// Bundles follow edits in the real app: a second relation between two entities draws them
// as one bundle; undo draws the single relation again, redo the bundle.
import { expect, test, type Page } from '@playwright/test';
import { createGraphFromText, newEntity, selectInArticle } from './authoringHelpers';
import { expectNoErrors } from './cyHelpers';

const TEXT = [
  'Chile and Peru signed a water treaty on Monday.',
  '',
  'Chile reportedly supplies Peru with turbines.',
].join('\n');

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
  await createGraphFromText(page, TEXT, 'Water treaty');
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
