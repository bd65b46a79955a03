// The built app under its own Content-Security-Policy: the headers and the <meta> are there,
// and normal use (select, filter, search, open an article passage) violates nothing.
import { expect, test, type Page } from '@playwright/test';
import { prototypeIdGraph } from '../fixtures/hostileGraphs';
import { clickElement, expectNoErrors, openExplorer, waitForGraph } from './cyHelpers';

/** Collects every CSP violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the preview server sends the security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("connect-src 'self' https:");
  expect(csp).toContain("img-src 'self' data: blob:");
  expect(csp).toContain("worker-src 'self' blob:");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const html = await response.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBe(csp.replace("; frame-ancestors 'none'", ''));
  // The policy comes before anything it governs.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('normal use violates nothing in the policy', async ({ page }) => {
  const violations = await recordViolations(page);
  const errors = await openExplorer(page);
  await clickElement(page, 'iran');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await details
    .getByRole('button', { name: /show in article/i })
    .first()
    .click();
  await page.getByRole('checkbox', { name: 'supplies', exact: true }).uncheck();
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Moscow');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(details.getByRole('heading', { name: 'Russia', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  // A reload reads back what was stored (library, positions) through zod.
  await page.reload();
  await waitForGraph(page);
  expect(await violations()).toEqual([]);
  await expectNoErrors(errors);
});

test('the policy is in force: an injected inline script does not run', async ({ page }) => {
  const violations = await recordViolations(page);
  await openExplorer(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem/));
});

test('opening hostile files and links under the policy: problems shown, nothing runs', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const errors = await openExplorer(page);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const payload = '<img src=x onerror="window.pwned=1">';
  // Valid but for a source file outside the folder; markup in the title, the file name and
  // the source's title; prototype-named ids throughout.
  const bad = prototypeIdGraph();
  bad.title = payload;
  bad.sources = [{ id: 'constructor', title: payload, file: '../../etc/passwd' }];
  await page.getByLabel('Graph file, with its text files').setInputFiles({
    name: `${payload}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const dialog = page.getByRole('dialog', { name: /Could not open/ });
  await expect(dialog.getByRole('heading')).toHaveText(`Could not open ${payload}.json`);
  await expect(dialog.getByRole('listitem')).toHaveText(
    `sources[0].file: cannot read "../../etc/passwd": it leads outside the graph file's folder`,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);

  await page.route('https://graphs.example.org/**', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': '*' },
      body: Buffer.from(`\ufeff${JSON.stringify(bad)}`, 'utf16le'),
    }),
  );
  await page.goto(`/?graph=${encodeURIComponent('https://graphs.example.org/wide.json')}`);
  await expect(page.getByRole('dialog', { name: /Could not open/ })).toContainText(
    'is not UTF-8 (looks like UTF-16)',
  );
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
  expect(await violations()).toEqual([]);
  await expectNoErrors(errors);
});
