// Hostile spreadsheets through the app's own open path (file picker → worker → dialog): a
// CSV of 200,000 claims and a binary file each end in a dialog that says what is wrong, the
// graph on screen stays, and an unterminated quotation mark is named by its row.
import { expect, test, type Page } from '@playwright/test';
import { expectNoErrors, openExplorer, waitForGraph } from './cyHelpers';

const ARTICLE = 'Iran reportedly supplied Russia with drones. Russia and Iran signed a treaty.';
const HEADER = 'subject,relation,object,quote\n';

async function openClaims(page: Page, csv: string | Buffer) {
  await page.getByLabel('Graph file, with its text files').setInputFiles([
    { name: 'claims.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) },
  ]);
}

const title = (page: Page) => page.getByRole('heading', { level: 1 });

test('200,000 rows of claims: refused with the limit, the graph on screen stays', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  const before = await title(page).textContent();
  const row = 'Iran,supplies,Russia,Iran reportedly supplied Russia with drones\n';
  await openClaims(page, HEADER + row.repeat(200_000));
  const dialog = page.getByRole('dialog', { name: 'Could not open claims.csv' });
  await expect(dialog).toContainText(
    'the CSV has more than 20,000 rows of claims, the most one import takes: split the spreadsheet',
    { timeout: 20_000 },
  );
  await page.keyboard.press('Escape');
  await expect(title(page)).toHaveText(before!);
  await expectNoErrors(errors);
});

test('a binary file named .csv is called what it is, with or without NUL bytes', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  const dialog = page.getByRole('dialog', { name: 'Could not open claims.csv' });
  await openClaims(page, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02, 0x0a]));
  await expect(dialog).toContainText(
    'claims.csv looks like a binary file, not text (it contains NUL bytes)',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await openClaims(page, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x01, 0x02, 0x0a]));
  await expect(dialog).toContainText(
    'this does not look like a CSV of claims: it holds control characters (a binary file?)',
  );
  await expectNoErrors(errors);
});

test('an unterminated quotation mark is named by its row; the rows before it open', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  await openClaims(
    page,
    `${HEADER}Iran,supplies,Russia,Iran reportedly supplied Russia with drones\n"Russia,allies with,Iran,Russia and Iran signed a treaty\n`,
  );
  const dialog = page.getByRole('dialog', { name: 'Imported 1 claim from claims.csv' });
  await expect(dialog).toContainText(
    'row 3: a cell opens a quotation mark (") that is never closed, so the rest of the file was read as that one cell',
  );
  await page.keyboard.press('Escape');
  await expect(title(page)).toHaveText('Claims from claims.csv');
  await waitForGraph(page);
  await expectNoErrors(errors);
});

test('an HTML article with entity bombs and external entities reads as text, nothing fetched', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const laughs = Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
  ).join('');
  const html =
    `<!DOCTYPE html [<!ENTITY lol "lol">${laughs}<!ENTITY ext SYSTEM "https://attacker.example/x">]>` +
    `<html><head><meta property="og:title" content="Bombed article"></head><body><article>` +
    `<p>&lol9; &ext; Iran reportedly supplied drones.</p>` +
    `${'<div>'.repeat(400)}Deep words.${'</div>'.repeat(400)}</article></body></html>`;
  const dialog = await newGraphFromFile(page, 'bombed.html', html);
  await expect(dialog.getByLabel('Title')).toHaveValue('Bombed article');
  const text = await dialog.getByLabel('Article text').inputValue();
  expect(text).toContain('Iran reportedly supplied drones.');
  expect(text).toContain('Deep words.');
  expect(text).not.toContain('lollol');
  expect(text.length).toBeLessThan(200);
  expect(requests.filter((url) => url.includes('attacker.example'))).toEqual([]);
  await expectNoErrors(errors);
});

test('an HTML file nested 100,000 deep is refused at once instead of freezing the page', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  const depth = 100_000;
  const html = `<html><body><article>${'<div>'.repeat(depth)}Deep.${'</div>'.repeat(depth)}</article></body></html>`;
  const dialog = await newGraphFromFile(page, 'deep.html', html);
  await expect(dialog.getByRole('alert')).toHaveText(
    '“deep.html”: this HTML nests its elements more than 1,000 deep, which no article does and which would freeze the page while the browser reads it: save the article as text (.txt) and open that.',
  );
  await expect(dialog.getByLabel('Article text')).toHaveValue('');
  await expectNoErrors(errors);
});

async function newGraphFromFile(page: Page, name: string, html: string) {
  await page.getByRole('button', { name: 'New graph from article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New graph from article' });
  await dialog.getByLabel('Open a file (.txt, .md, .html)').setInputFiles({
    name,
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  });
  return dialog;
}
