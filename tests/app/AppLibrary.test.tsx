// @vitest-environment jsdom
// The app on a real (fake-indexeddb) library: it starts on the graph opened last.
import 'fake-indexeddb/auto';
import { configure, render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';
import { loadBundledGraph } from '../../src/app/bundledGraph';
import { selfContained } from '../../src/domain/selfContained';
import { createDexieLibrary } from '../../src/storage/dexieLibrary';
import { sampleGraph } from '../fixtures/sampleGraph';

function bundledGraph() {
  const result = loadBundledGraph();
  if (!result.ok) throw new Error('bundled graph should load');
  return result.value;
}

// The whole app renders in jsdom here, several times per test: on a busy 2-core machine
// that takes seconds, so waits are patient (they fail only when the thing never shows).
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

describe('App with the library', () => {
  it('shows the bundled graph on a first visit', async () => {
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: bundledGraph().graph.title }),
    ).toBeVisible();
  });

  it('reopens the graph opened last, as after a reload', async () => {
    const library = await createDexieLibrary(selfContained(bundledGraph()));
    const saved = await library.put({ graph: { ...sampleGraph(), title: 'Opened before reload' } });
    await library.markOpened(saved.id);
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Opened before reload' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/4 of 4 entities/);
  });

  it('reopens the graph opened last by a version that left no hint', async () => {
    const library = await createDexieLibrary(selfContained(bundledGraph()));
    const saved = await library.put({ graph: { ...sampleGraph(), title: 'Opened long ago' } });
    await library.markOpened(saved.id);
    window.localStorage.clear();
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Opened long ago' })).toBeVisible();
  });
});
