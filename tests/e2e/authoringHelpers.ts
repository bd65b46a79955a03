// Helpers for authoring in Playwright: make a graph from an article's text, select words in
// the article as a reader's drag would, and turn them into an entity.
import { expect, type Page } from '@playwright/test';

/** "New graph from article…" with this text and title; waits for the editing column. */
export async function createGraphFromText(page: Page, text: string, title: string) {
  await page.getByRole('button', { name: 'New graph from article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New graph from article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Create graph' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Editing' })).toBeVisible();
}

/** Selects `phrase` in the article, as a drag would (across marks: several text nodes). */
export async function selectInArticle(page: Page, phrase: string) {
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

/** Selects `name` in the article and makes it an entity of `type` (a type's label). */
export async function newEntity(page: Page, name: string, type = 'Country') {
  await selectInArticle(page, name);
  const toolbar = page.getByRole('toolbar', { name: 'Selected words' });
  await toolbar.getByRole('button', { name: 'New entity' }).click();
  const form = page.getByRole('form', { name: 'New entity' });
  await expect(form.getByLabel('Name')).toHaveValue(name);
  await form.getByLabel('Type').selectOption({ label: type });
  await form.getByRole('button', { name: 'Create entity' }).click();
}
