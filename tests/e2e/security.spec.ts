// The built app under its own Content-Security-Policy: the headers and the <meta> are there,
// and normal use (select, filter, search, open an article passage) violates nothing.
import { expect, test, type Page } from '@playwright/test';
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
