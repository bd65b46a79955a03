// Takes the README's screenshot (and a phone-width one for checking by eye) from a running
// preview server: `npm run build && npm run preview`, then `npm run screenshots`.
// Writes docs/screenshot.png (desktop, Iran selected) and a phone-width page to /tmp.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../config/chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const executablePath = requireChromium();

async function shoot(width: number, height: number, hash: string, file: string, fullPage = false) {
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}/${hash}`);
  await page.waitForFunction(() => (window as unknown as { cy?: unknown }).cy !== undefined);
  await page.waitForTimeout(600); // let the camera settle on the selection
  await page.screenshot({ path: file, fullPage });
  await browser.close();
  console.log(`wrote ${file}`);
}

await shoot(1280, 800, '#entity=iran', 'docs/screenshot.png');
await shoot(390, 844, '#entity=iran', process.env.PHONE_SHOT ?? '/tmp/screenshot-phone.png', true);
