// Polish seen in a browser: bundle badges never cover entities or their names, the view
// toolbar is one row at 1280, the header keeps the title readable while editing, legend
// group names are whole, the phone's search placeholder fits, and a click that keeps the
// selection says so — each state checked by axe in light and dark.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { clickElement, expectNoErrors, openExplorer, waitForGraph } from './cyHelpers';

const IRAN_RUSSIA = 'bundle:iran~russia';

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

interface Drawn {
  id: string;
  text: string;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** Bundle labels drawn now, entity bodies, and entity names drawn now (model coordinates). */
async function canvasBoxes(page: Page) {
  // Let the label level settle (it runs once the camera and the selection settle).
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    // window.cy is Cytoscape's Core; typed loosely to keep the test free of its types.
    const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    type El = any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const labelShown = (e: El) =>
      e.visible() &&
      Number(e.pstyle('text-opacity').value) > 0 &&
      String(e.pstyle('label').strValue ?? '') !== '';
    const only = { includeOverlays: false, includeUnderlays: false };
    const labelOf = (e: El) => ({
      id: e.id(),
      text: String(e.pstyle('label').strValue),
      box: e.boundingBox({
        ...only,
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
      }),
    });
    return {
      bundles: cy.edges('.bundle').filter(labelShown).map(labelOf),
      bodies: cy
        .nodes()
        .filter((n: El) => n.visible())
        .map((n: El) => ({
          id: n.id(),
          text: '',
          box: n.boundingBox({ ...only, includeLabels: false }),
        })),
      names: cy.nodes().filter(labelShown).map(labelOf),
    };
  }) as Promise<{ bundles: Drawn[]; bodies: Drawn[]; names: Drawn[] }>;
}

/** How many relations join Iran and Russia in the graph on screen (the badge's count). */
async function iranRussiaCount(page: Page): Promise<string> {
  const count = await page.evaluate(() => {
    // window.cy is Cytoscape's Core; typed loosely to keep the test free of its types.
    type El = any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const cy = (window as unknown as { cy: El }).cy;
    const ends = (e: El) => [e.source().id(), e.target().id()].sort().join('~');
    const between = (e: El) => !e.hasClass('bundle') && ends(e) === 'iran~russia';
    return cy.edges().filter(between).length;
  });
  expect(count).toBeGreaterThan(10);
  return String(count);
}

const touches = (a: Drawn['box'], b: Drawn['box']) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Every bundle label drawn against every entity and every name drawn: "who covers whom". */
function clashes(drawn: Awaited<ReturnType<typeof canvasBoxes>>): string[] {
  return drawn.bundles.flatMap((bundle) =>
    [...drawn.bodies, ...drawn.names]
      .filter((other) => touches(bundle.box, other.box))
      .map((other) => `${bundle.id} "${bundle.text}" covers ${other.id} ${other.text}`),
  );
}

test.describe('bundle badges', () => {
  test('at 1280×800 the Iran–Russia count is drawn and covers no entity or name', async ({
    page,
  }) => {
    const errors = await openExplorer(page);
    const drawn = await canvasBoxes(page);
    const iranRussia = drawn.bundles.find((b) => b.id === IRAN_RUSSIA);
    expect(iranRussia?.text).toBe(await iranRussiaCount(page));
    expect(clashes(drawn)).toEqual([]);
    await expectNoErrors(errors);
  });

  test('at 1280×800 with Iran selected, no badge covers Iran’s neighbours', async ({ page }) => {
    const errors = await openExplorer(page, '/#entity=iran');
    await expect(page.locator('#details h2')).toHaveText('Iran');
    const drawn = await canvasBoxes(page);
    expect(drawn.names.map((n) => n.id)).toContain('iran');
    expect(clashes(drawn)).toEqual([]);
    await expectNoErrors(errors);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('no badge covers anything; zoomed in, the Iran–Russia count comes back', async ({
      page,
    }) => {
      const errors = await openExplorer(page);
      expect(clashes(await canvasBoxes(page))).toEqual([]);
      await page.evaluate((id) => {
        const cy = (window as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
        const edge = cy.getElementById(id);
        cy.zoom({ level: cy.zoom() * 3, renderedPosition: edge.renderedMidpoint() });
      }, IRAN_RUSSIA);
      await waitForGraph(page);
      const drawn = await canvasBoxes(page);
      const count = await iranRussiaCount(page);
      expect(drawn.bundles.find((b) => b.id === IRAN_RUSSIA)?.text).toBe(count);
      expect(clashes(drawn)).toEqual([]);
      await expectNoErrors(errors);
    });
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`at 1280×800 (${scheme}) the view toolbar is one row; its icon buttons have names and tooltips`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const errors = await openExplorer(page);
    const toolbar = page.getByRole('toolbar', { name: 'View options' });
    const names = [
      'Graph',
      'Table',
      'Reset layout',
      'Play reading order',
      'Copy link',
      'Dark mode',
    ];
    const centres = await Promise.all(
      names.map(async (name) => {
        const box = (await toolbar.getByRole('button', { name, exact: true }).boundingBox())!;
        return box.y + box.height / 2;
      }),
    );
    const layout = (await toolbar.getByRole('combobox', { name: 'Layout' }).boundingBox())!;
    for (const y of [...centres, layout.y + layout.height / 2])
      expect(Math.abs(y - centres[0]!)).toBeLessThan(4);
    expect((await toolbar.boundingBox())!.height).toBeLessThan(48);
    for (const name of ['Reset layout', 'Copy link', 'Dark mode'])
      await expect(toolbar.getByRole('button', { name })).toHaveAttribute('title', /.+/);
    expect(await seriousViolations(page, '[role="toolbar"]')).toEqual([]);
    await expectNoErrors(errors);
  });

  test(`at 1280×800 (${scheme}) editing keeps the title whole: the actions fold behind More`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const errors = await openExplorer(page);
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(header.getByRole('heading', { level: 1 })).toHaveText(/\(my copy\)$/);
    await header.getByRole('button', { name: 'Edit', exact: true }).click();
    const done = header.getByRole('button', { name: 'Done editing' });
    await expect(done).toBeVisible();
    await expect(done).toBeFocused();
    await expect(header.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(header.getByRole('button', { name: 'Library' })).toBeHidden();
    const title = header.getByRole('heading', { level: 1 });
    const fit = await title.evaluate((h) => ({
      width: h.scrollWidth <= h.clientWidth,
      height: h.scrollHeight <= h.clientHeight,
      lines: Math.round(h.clientHeight / parseFloat(getComputedStyle(h).lineHeight)),
    }));
    expect(fit).toEqual({ width: true, height: true, lines: 1 });

    const more = header.getByRole('button', { name: 'More' });
    await more.click();
    for (const name of ['Library', 'Open graph…', 'Export', 'New graph from article…'])
      await expect(header.getByRole('button', { name })).toBeInViewport();
    expect(await seriousViolations(page, 'header')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(header.getByRole('button', { name: 'Library' })).toBeHidden();
    await done.click();
    await expect(header.getByRole('button', { name: 'Library' })).toBeVisible();
    await expectNoErrors(errors);
  });

  test(`at 1280×800 (${scheme}) legend group names are whole, folded or not`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const errors = await openExplorer(page);
    const legend = page.getByRole('complementary', { name: 'Filters' });
    const cut = () =>
      legend
        .locator('.legend-group__header .filter-row__name')
        .evaluateAll((names) =>
          names.filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent),
        );
    await expect(legend.getByText('Diplomacy and cooperation', { exact: true })).toBeVisible();
    expect(await cut()).toEqual([]);
    await legend.getByRole('button', { name: 'Fold all groups' }).click();
    expect(await cut()).toEqual([]);
    await expectNoErrors(errors);
  });

  test(`(${scheme}) a click that keeps the selection says so, and the preview respects the filters`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const errors = await openExplorer(page);
    const article = page.getByRole('region', { name: 'Article' });
    const military = article.getByRole('button', {
      name: /^In recent years, Iran and Russia have grown closer/,
    });
    await clickElement(page, 'iran');
    await expect(page.locator('#details h2')).toHaveText('Iran');
    await military.click();
    const title = /^Iran cooperates militarily with Russia/;
    await expect(page.locator('#details h2')).toHaveText(title);
    await military.click();
    await expect(page.locator('#details h2')).toHaveText(title);
    const notice = article.getByText(/^Already showing Iran cooperates militarily with Russia/);
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('aria-live', 'polite');
    await expect(military).toHaveClass(/is-flashing/);
    expect(await seriousViolations(page, '#article')).toEqual([]);

    // hide the relation's type: the preview of its passage no longer lists it
    const legend = page.getByRole('complementary', { name: 'Filters' });
    await legend.getByRole('checkbox', { name: 'cooperates militarily with', exact: true }).click();
    await page.keyboard.press('Escape');
    await military.hover();
    const preview = page.getByRole('tooltip');
    await expect(preview).toContainText('hidden by the filters');
    await expect(preview).not.toContainText('cooperates militarily');
    expect(await seriousViolations(page, '#article')).toEqual([]);
    await expectNoErrors(errors);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the search placeholder fits its box; the name stays complete', async ({ page }) => {
    const errors = await openExplorer(page);
    const search = page.getByRole('combobox', { name: 'Search entities and relations' });
    const fits = await search.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return {
        text: input.placeholder,
        fits: context.measureText(input.placeholder).width <= room,
      };
    });
    expect(fits).toEqual({ text: 'Search the graph', fits: true });
    await expectNoErrors(errors);
  });

  test('"Find a path from here" opens the drawer where the path panel is, at "To"', async ({
    page,
  }) => {
    const errors = await openExplorer(page, '/#entity=iran');
    await expect(page.locator('#details h2')).toHaveText('Iran');
    await page.getByRole('button', { name: 'Find a path from here' }).tap();
    const to = page.getByRole('complementary', { name: 'Filters' }).getByRole('combobox', {
      name: 'To',
    });
    await expect(to).toBeInViewport();
    await expect(to).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(to).toBeHidden();
    await expectNoErrors(errors);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`(${scheme}) the export menu opens inside the screen, from "More"`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const errors = await openExplorer(page);
      const header = page.getByRole('banner');
      await header.getByRole('button', { name: 'More' }).tap();
      await header.getByRole('button', { name: 'Export' }).tap();
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const last = menu.getByRole('menuitem').last();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      expect(await seriousViolations(page, 'header')).toEqual([]);
      await expectNoErrors(errors);
    });
  }
});
