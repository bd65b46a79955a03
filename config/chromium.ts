// How the browser tests and the scripts (benchmark, screenshots, shipped layout) launch
// Chromium: Debian's binary (Playwright cannot download its own here) with the flags a
// headless run in a container needs. One list, so a flag added for one is added for all.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Throws, saying how to get one, when there is no Chromium at `chromiumPath`. */
export function requireChromium(): string {
  if (!existsSync(chromiumPath))
    throw new Error(
      `No Chromium at ${chromiumPath}. Install it with "apt-get install -y chromium" ` +
        '(Debian) or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    );
  return chromiumPath;
}
