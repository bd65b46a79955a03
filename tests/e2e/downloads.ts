// Exporting from Playwright: choose an item of the Export menu and read the file the
// browser downloads.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export async function exportAs(page: Page, item: string | RegExp) {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** What a downloaded PNG holds, decoded in the page (its CSP allows no data: URLs, so the
 * bytes go in as base64): its width, and how many pixels are not opaque, clearly coloured
 * (not grey), and purple (blue over red over green, as the "rivals with" relation type). */
export async function pngStats(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
    const stats = { width: image.width, transparent: 0, coloured: 0, purple: 0 };
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
      if (a < 255) stats.transparent++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) stats.coloured++;
      if (b > r + 30 && r > g + 30) stats.purple++;
    }
    return stats;
  }, bytes.toString('base64'));
}
