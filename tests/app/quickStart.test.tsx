// @vitest-environment jsdom
// The bundled graph is drawn without waiting for the library on a first visit (and when it
// was the graph opened last); a graph opened last is still waited for, never lost.
import { configure, render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';
import { loadBundledGraph } from '../../src/app/bundledGraph';
import { BUNDLED_GRAPH_ID } from '../../src/storage';

// A library that never opens (IndexedDB blocked by another tab, or just slow).
const openGraphLibrary = vi.hoisted(() => vi.fn(() => new Promise<never>(() => {})));
vi.mock('../../src/storage', async (original) => ({
  ...(await original<typeof import('../../src/storage')>()),
  openGraphLibrary,
  // No IndexedDB in this jsdom: the answer a first visit gets.
}));

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const title = () => {
  const result = loadBundledGraph();
  if (!result.ok) throw new Error('bundled graph should load');
  return result.value.graph.title;
};

beforeEach(() => window.localStorage.clear());

it('draws the bundled graph on a first visit while the library is still opening', async () => {
  render(<App />);
  expect(await screen.findByRole('heading', { level: 1, name: title() })).toBeVisible();
  expect(screen.queryByText('Opening the library…')).not.toBeInTheDocument();
});

it('draws the bundled graph at once when it was the graph opened last', async () => {
  window.localStorage.setItem('news-graph:last-opened', BUNDLED_GRAPH_ID);
  render(<App />);
  expect(await screen.findByRole('heading', { level: 1, name: title() })).toBeVisible();
});

it('waits for the library when another graph was opened last', async () => {
  window.localStorage.setItem('news-graph:last-opened', 'g-mine');
  render(<App />);
  expect(await screen.findByText('Opening the library…')).toBeVisible();
  expect(screen.queryByRole('heading', { level: 1, name: title() })).not.toBeInTheDocument();
});
