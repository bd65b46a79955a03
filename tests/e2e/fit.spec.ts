// Fitting the screen: at 1280×800 the folded legend needs no scrolling and the header is
// one row; at 390×844 the header and the view toolbar leave most of the screen to the page.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoErrors, openExplorer } from './cyHelpers';

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** scrollHeight and clientHeight of the legend's scroll boxes: the column and the panel. */
async function legendScroll(page: Page) {
  return page.evaluate(() =>
    ['#filters', '.filters-panel'].map((selector) => {
      const box = document.querySelector(selector)!;
      return { selector, scroll: box.scrollHeight, client: box.clientHeight };
    }),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`at 1280×800 (${scheme}) the legend with its groups folded fits without scrolling`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const errors = await openExplorer(page);
    const legend = page.getByRole('complementary', { name: 'Filters' });
    await legend.getByRole('button', { name: 'Fold all groups' }).click();
    await expect(legend.getByRole('checkbox', { name: 'supplies', exact: true })).toBeHidden();
    for (const box of await legendScroll(page)) {
      expect(box.client, box.selector).toBeGreaterThan(200);
      expect(box.scroll, box.selector).toBeLessThanOrEqual(box.client);
    }
    // every section is on screen: the last status, the option under it, the path disclosure
    await expect(legend.getByRole('checkbox', { name: 'Denied', exact: true })).toBeInViewport();
    await expect(
      legend.getByRole('checkbox', { name: 'Hide entities with no visible relation' }),
    ).toBeInViewport();
    const findPath = legend.getByRole('button', { name: 'Find a path…' });
    await expect(findPath).toBeInViewport();
    await expect(findPath).toHaveAttribute('aria-expanded', 'false');
    expect(await seriousViolations(page, '#filters')).toEqual([]);

    await findPath.click();
    await expect(findPath).toHaveAttribute('aria-expanded', 'true');
    await expect(legend.getByRole('combobox', { name: 'From' })).toBeVisible();
    await expectNoErrors(errors);
  });

  test(`at 1280×800 (${scheme}) the header is one row and axe finds nothing serious in it`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const errors = await openExplorer(page);
    const header = page.getByRole('banner');
    const names = ['Library', 'Open graph…', 'Export', 'New graph from article…', 'Edit a copy'];
    const tops = await Promise.all(
      names.map(async (name) => (await header.getByRole('button', { name }).boundingBox())!.y),
    );
    const search = (await header.getByRole('combobox').boundingBox())!;
    for (const top of [...tops, search.y]) expect(Math.abs(top - tops[0]!)).toBeLessThan(8);
    expect((await header.boundingBox())!.height).toBeLessThan(64);
    await expect(header.getByRole('button', { name: 'More' })).toBeHidden();
    expect(await seriousViolations(page, 'header')).toEqual([]);
    await expectNoErrors(errors);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const scheme of ['light', 'dark'] as const) {
    test(`(${scheme}) the header and toolbar take under a quarter of the screen; "More" holds the actions`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const errors = await openExplorer(page);
      const toolbar = (await page.getByRole('toolbar', { name: 'View options' }).boundingBox())!;
      expect(toolbar.y + toolbar.height).toBeLessThan(844 / 4);

      const header = page.getByRole('banner');
      const more = header.getByRole('button', { name: 'More' });
      await expect(header.getByRole('button', { name: 'Library' })).toBeHidden();
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await more.tap();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      const library = header.getByRole('button', { name: 'Library' });
      await expect(library).toBeFocused();
      for (const name of ['Open graph…', 'Export', 'New graph from article…', 'Edit a copy'])
        await expect(header.getByRole('button', { name })).toBeInViewport();
      expect(await seriousViolations(page, 'header')).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(more).toBeFocused();
      await expect(library).toBeHidden();

      // an action opened from the menu shows its dialog
      await more.tap();
      await header.getByRole('button', { name: 'Library' }).tap();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoErrors(errors);
    });
  }
});

for (const [width, height] of [
  [1280, 800],
  [1024, 768],
] as const) {
  test(`at ${width}×${height} the first fit centres the graph in its canvas`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const errors = await openExplorer(page);
    await page.waitForTimeout(500); // a re-fit after the first frame may follow
    const margins = await page.evaluate(() => {
      // window.cy is Cytoscape's Core; typed loosely to keep the test free of its types.
      const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
      const box = cy.elements().not('.hidden').renderedBoundingBox();
      return {
        top: box.y1,
        bottom: cy.height() - box.y2,
        left: box.x1,
        right: cy.width() - box.x2,
        fill: Math.max(box.w / cy.width(), box.h / cy.height()),
      };
    });
    expect(Math.abs(margins.top - margins.bottom)).toBeLessThan(24);
    expect(Math.abs(margins.left - margins.right)).toBeLessThan(24);
    expect(margins.fill).toBeGreaterThan(0.8); // fitted, not a small graph in a corner
    await expectNoErrors(errors);
  });
}
