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
