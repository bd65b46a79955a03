// Browser tests run in Debian's Chromium (Playwright cannot download its own here), on
// the built app served by `vite preview`.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './config/chromium';

const executablePath = requireChromium();
// The browser tests serve the build on a port of their own (not `npm run preview`'s 4173),
// so a preview left running is never tested by mistake. E2E_PORT lets parallel checkouts
// run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --strictPort --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
