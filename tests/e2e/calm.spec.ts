// A calm article: marks stay quiet until something is selected, the selection's passages
// stand out, the hover preview never covers the details panel on any screen, and a mark
// that supports several things asks only when choosing is needed.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { clickElement, expectNoErrors, openExplorer } from './cyHelpers';

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Indices of marks wholly on screen and inside the reader's scroll box. */
function visibleMarks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const body = document.querySelector('.article-reader__body')!.getBoundingClientRect();
    const top = Math.max(body.top, 0);
    const bottom = Math.min(body.bottom, window.innerHeight);
    return [...document.querySelectorAll('#article mark')].flatMap((m, i) => {
      const r = m.getBoundingClientRect();
      return r.top >= top && r.bottom <= bottom && r.height > 0 ? [i] : [];
    });
  });
}

/** Whether the reader's scroll position held still for 150 ms. */
function settledScroll(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const body = document.querySelector('.article-reader__body')!;
    const before = body.scrollTop;
    await new Promise((r) => setTimeout(r, 150));
    return body.scrollTop === before;
  });
}

async function checkPreviews(page: Page, where: string) {
  const details = (await page.locator('#details').boundingBox())!;
  const viewport = page.viewportSize()!;
  const shown = await visibleMarks(page);
  expect(shown.length, `marks on screen ${where}`).toBeGreaterThan(0);
  const picks = [
    ...new Set([0, 0.25, 0.5, 0.75, 1].map((f) => shown[Math.round(f * (shown.length - 1))]!)),
  ];
  for (const i of picks) {
    await page.locator('#article mark').nth(i).hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    const box = (await tooltip.boundingBox())!;
    expect(
      overlaps(box, details),
      `preview of mark ${i} ${where} covers the details: ${JSON.stringify({ box, details, mark: await page.locator('#article mark').nth(i).boundingBox() })}`,
    ).toBe(false);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.mouse.move(1, viewport.height - 1);
    await expect(tooltip).toBeHidden();
  }
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`the hover preview stays out of the details panel at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const errors = await openExplorer(page, '/#entity=iran');
    const body = page.locator('.article-reader__body');
    for (const at of [0, 0.45, 1]) {
      await body.evaluate((el, f) => (el.scrollTop = f * (el.scrollHeight - el.clientHeight)), at);
      await checkPreviews(page, `with the article scrolled to ${at}`);
    }
    await expectNoErrors(errors);
  });
}

test('the hover preview stays out of the details panel on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = await openExplorer(page, '/#entity=iran');
  // the article's top low on screen, the details just above it; then mid-article
  for (const fromTop of [0.72, 0.3, -1.5]) {
    await page.evaluate((f) => {
      const top = document.getElementById('article')!.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - f * innerHeight);
    }, fromTop);
    await checkPreviews(page, `with the article's top at ${fromTop} of the screen`);
  }
  await expectNoErrors(errors);
});

const MILITARY = /^In recent years, Iran and Russia have grown closer/;

test('calm until selected: then the selection’s passages stand out', async ({ page }) => {
  const errors = await openExplorer(page);
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article.locator('mark.is-emphasised')).toHaveCount(0);
  const calm = await article.getByRole('button', { name: MILITARY }).evaluate((m) => {
    const style = getComputedStyle(m);
    return { background: style.backgroundColor, line: style.textDecorationLine };
  });
  expect(calm.line).toBe('underline');

  await clickElement(page, 'iran');
  await expect(page.locator('#details h2')).toHaveText('Iran');
  const strong = article.getByRole('button', { name: MILITARY });
  await expect(strong).toHaveClass(/is-emphasised/);
  const background = await strong.evaluate((m) => getComputedStyle(m).backgroundColor);
  expect(background).not.toBe(calm.background);
  // a passage Iran's own evidence does not cover stays calm
  await expect(article.getByRole('button', { name: /^Ashgabat — / })).not.toHaveClass(
    /is-emphasised/,
  );
  await expectNoErrors(errors);
});

test('a passage of the selected entity and one of its relations selects the relation', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  await clickElement(page, 'iran');
  const article = page.getByRole('region', { name: 'Article' });
  const mark = article.getByRole('button', { name: MILITARY });
  await expect(mark).not.toHaveAttribute('aria-haspopup', 'menu');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.locator('#details h2')).toHaveText(/^Iran cooperates militarily with Russia/);

  // an ambiguous passage still asks
  const ambiguous = article.getByRole('button', { name: /^Ashgabat — / });
  await expect(ambiguous).toHaveAttribute('aria-haspopup', 'menu');
  await ambiguous.click();
  await expect(page.getByRole('menu', { name: 'This passage supports' })).toBeVisible();
  await expectNoErrors(errors);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the article has no serious axe violation, ${scheme}: calm, selected, preview, menu`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const errors = await openExplorer(page);
    const ashgabat = page.getByRole('button', { name: /^Ashgabat — / });
    for (const step of ['calm', 'selected', 'previewed', 'menu']) {
      if (step === 'selected') await clickElement(page, 'iran');
      if (step === 'previewed') {
        // the selection scrolls the reader smoothly, and a scroll closes a preview: let the
        // scrolling (ours, then Playwright's to bring the mark into view) end first
        await expect.poll(() => settledScroll(page)).toBe(true);
        await ashgabat.scrollIntoViewIfNeeded();
        await expect.poll(() => settledScroll(page)).toBe(true);
        await ashgabat.hover();
        await expect(page.getByRole('tooltip')).toBeVisible();
      }
      if (step === 'menu') {
        await ashgabat.click();
        await expect(page.getByRole('menu')).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).include('#article').analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
      expect(serious, `${scheme}, ${step}`).toEqual([]);
    }
    // the underline marks a passage: ≥ 3:1 against the page (WCAG 1.4.11)
    const ratio = await page
      .locator('#article mark')
      .first()
      .evaluate((m) => {
        const rgb = (c: string) =>
          c
            .match(/[\d.]+/g)!
            .slice(0, 3)
            .map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const line = getComputedStyle(m).textDecorationColor;
        const page = getComputedStyle(document.querySelector('.article-reader')!).backgroundColor;
        const [hi, lo] = [lum(line), lum(page)].sort((a, b) => b - a);
        return (hi! + 0.05) / (lo! + 0.05);
      });
    expect(ratio).toBeGreaterThanOrEqual(3);
    await expectNoErrors(errors);
  });
}
