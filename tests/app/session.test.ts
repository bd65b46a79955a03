import { createMemoryLibrary, BUNDLED_GRAPH_ID } from '../../src/storage';
import {
  GraphOpenError,
  duplicateGraph,
  openStored,
  quickStart,
  startingGraph,
  storeAndOpen,
  urlAfterSwitch,
} from '../../src/app/library/session';
import type { GraphFile } from '../../src/domain/schema';
import type { LoadedGraph } from '../../src/domain/types';
import { SAMPLE_TEXT, sampleGraph } from '../fixtures/sampleGraph';
import { createMemoryPositions } from '../../src/storage/positions';

const bundled: LoadedGraph = { graph: sampleGraph(), texts: { article: SAMPLE_TEXT } };

function otherGraph(): LoadedGraph {
  const graph: GraphFile = {
    ...sampleGraph(),
    title: 'Other article',
    sources: [{ id: 'article', title: 'Other', file: 'other.txt' }],
  };
  return { graph, texts: { article: SAMPLE_TEXT } };
}

describe('graph session', () => {
  it('starts on the bundled graph, with the selection the hash names', async () => {
    const library = await createMemoryLibrary(bundled.graph);
    const { opened, notice } = await startingGraph(library, bundled, '#entity=iran');
    expect(opened.id).toBe(BUNDLED_GRAPH_ID);
    expect(opened.store.getState().graphId).toBe(BUNDLED_GRAPH_ID);
    expect(opened.store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    expect(notice).toBeNull();
  });

  it('quick start shows the bundled graph without the library, which records it once open', async () => {
    const library = await createMemoryLibrary(bundled.graph);
    const other = await storeAndOpen(library, otherGraph());
    expect(await library.lastOpened()).toBe(other.id);
    const open = vi.fn(() => Promise.resolve({ library, persistent: true }));
    const { opened, notice, deferred } = await quickStart(bundled, '#entity=iran', open);
    expect(open).not.toHaveBeenCalled();
    expect(opened.id).toBe(BUNDLED_GRAPH_ID);
    expect(opened.store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    expect(notice).toBeNull();
    // Whatever reaches the library first finds the bundled graph's opening recorded.
    expect(await deferred.library.lastOpened()).toBe(BUNDLED_GRAPH_ID);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('stores a new graph self-contained, opens it, and starts on it next time', async () => {
    const library = await createMemoryLibrary(bundled.graph);
    const opened = await storeAndOpen(library, otherGraph(), { origin: 'other.json' });
    expect(opened.store.getState().loaded.graph.title).toBe('Other article');
    expect(opened.store.getState().graphId).toBe(opened.id);
    const record = await library.get(opened.id);
    expect(record!.graph.sources[0]!.text).toBe(SAMPLE_TEXT);
    expect(record!.origin).toBe('other.json');
    const next = await startingGraph(library, bundled, '');
    expect(next.opened.id).toBe(opened.id);
    expect(next.opened.store.getState().loaded.graph.title).toBe('Other article');
  });

  it('gives every opening its own store and key, with nothing selected', async () => {
    const library = await createMemoryLibrary(bundled.graph);
    const a = await openStored(library, BUNDLED_GRAPH_ID);
    a.store.getState().selectEntity('iran');
    a.store.getState().toggleStatus('denied');
    const b = await openStored(library, BUNDLED_GRAPH_ID);
    expect(b.store).not.toBe(a.store);
    expect(b.key).not.toBe(a.key);
    expect(b.store.getState().selection).toBeNull();
    expect(b.store.getState().filters.hiddenStatuses).toEqual([]);
  });

  it('falls back to the bundled graph, saying why, when the last graph no longer loads', async () => {
    const library = await createMemoryLibrary(bundled.graph);
    const broken = {
      ...sampleGraph(),
      title: 'Broken',
      edges: [{ ...sampleGraph().edges[0]!, target: 'nobody' }],
    };
    const saved = await library.put({ graph: broken });
    await library.markOpened(saved.id);
    const { opened, notice } = await startingGraph(library, bundled, '');
    expect(opened.id).toBe(BUNDLED_GRAPH_ID);
    expect(notice).toMatch(/"Broken" has problems.*bundled graph/);
    await expect(openStored(library, saved.id)).rejects.toBeInstanceOf(GraphOpenError);
    await expect(openStored(library, 'missing')).rejects.toThrow(/no graph "missing"/);
  });

  it('drops the selection hash and ?graph= from the address on a switch, keeping the rest', () => {
    expect(urlAfterSwitch('http://x/app/?graph=https%3A%2F%2Fa%2Fg.json&lang=fr#entity=iran')).toBe(
      '/app/?lang=fr',
    );
    expect(urlAfterSwitch('http://x/#entity=iran')).toBe('/');
    expect(
      urlAfterSwitch('http://x/?lang=fr#entity=iran', {
        graphParam: 'https://a.org/g.json',
        hash: '#entity=eastland',
      }),
    ).toBe('/?lang=fr&graph=https%3A%2F%2Fa.org%2Fg.json#entity=eastland');
  });

  it('duplicates a graph with its positions, so the copy is drawn where the original is', async () => {
    const library = await createMemoryLibrary(bundled.graph);
    const original = await storeAndOpen(library, otherGraph());
    const positions = createMemoryPositions();
    const saved = { layout: 'circle', positions: new Map([['iran', { x: 10, y: -20 }]]) };
    positions.save(original.id, saved);
    const copy = await duplicateGraph(library, original.id, positions);
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe('Other article (copy)');
    expect(positions.load(copy.id)).toEqual(saved);
    // a graph with nothing saved gives a copy with nothing saved
    const unsaved = await storeAndOpen(library, otherGraph());
    const bare = await duplicateGraph(library, unsaved.id, positions);
    expect(positions.load(bare.id)).toBeNull();
  });
});
