/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMetaPlugin, securityHeaders } from './config/securityHeaders.ts';

export default defineConfig({
  // Security: CSP <meta> in the built page, the same policy and headers from `vite preview`.
  plugins: [react(), cspMetaPlugin()],
  preview: { port: 4173, headers: securityHeaders() },
  build: {
    // The libraries change far less often than the app: separate chunks stay cached
    // across releases. No catch-all vendor group: it would pull every lazily imported
    // library (Dexie, react-virtual, …) into a chunk the first page loads. Cytoscape alone is ~430 kB minified, so the default 500 kB
    // warning would fire on any build that draws a graph; 600 kB still flags a regression.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'cytoscape', test: /[\\/]node_modules[\\/]cytoscape[\\/]/ },
            // The force-directed layout's code: loaded when a graph needs it, not on first load
            // (the bundled graph ships its positions).
            {
              name: 'fcose',
              test: /[\\/]node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
            // Entity suggestions only: its own chunk, loaded when asked for.
            {
              name: 'nlp',
              test: /[\\/]node_modules[\\/](compromise|efrt|grad-school|suffix-thumb)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // A hang guard, not a speed check: whole-app jsdom tests take 3-4 s alone on a 2-core
    // machine and timed out at the default 5 s whenever the machine was busy.
    testTimeout: 20_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
