// Test setup: jest-dom matchers everywhere; a canvas stub only where a DOM exists
// (Cytoscape's renderer needs a 2d context that jsdom does not have).
import '@testing-library/jest-dom/vitest';

if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
