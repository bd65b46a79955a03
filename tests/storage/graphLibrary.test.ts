// One contract, two implementations: the Dexie library (on fake-indexeddb) and the
// in-memory twin must behave the same, so tests written against the twin hold for the app.
import 'fake-indexeddb/auto';
import { createDexieLibrary } from '../../src/storage/dexieLibrary';
import { createMemoryLibrary } from '../../src/storage/memoryLibrary';
import { BUNDLED_GRAPH_ID, type GraphLibrary } from '../../src/storage';
import type { GraphFile } from '../../src/domain/schema';
import { sampleGraph } from '../fixtures/sampleGraph';

function other(title: string): GraphFile {
  const g = sampleGraph();
  return { ...g, title, nodes: g.nodes.slice(0, 2), edges: [] };
}

let dbCount = 0;
const implementations: [string, (bundled: GraphFile) => Promise<GraphLibrary>][] = [
  ['memory', (bundled) => createMemoryLibrary(bundled)],
  ['dexie', (bundled) => createDexieLibrary(bundled, { name: `test-library-${++dbCount}` })],
];

describe.each(implementations)('GraphLibrary (%s)', (_name, open) => {
  const bundled = { ...sampleGraph(), title: 'Bundled graph' };

  it('always holds the bundled graph, and reopens it before anything else was opened', async () => {
    const library = await open(bundled);
    const list = await library.list();
    expect(list.map((s) => [s.id, s.title])).toEqual([[BUNDLED_GRAPH_ID, 'Bundled graph']]);
    expect(list[0]!.counts).toEqual({ entities: 4, relations: 6 });
    expect(list[0]!.sources).toEqual(['Sample article']);
    expect(await library.lastOpened()).toBe(BUNDLED_GRAPH_ID);
    expect((await library.get(BUNDLED_GRAPH_ID))!.graph).toEqual(bundled);
  });

  it('stores a new graph under a fresh id and lists the most recently opened first', async () => {
    const library = await open(bundled);
    const a = await library.put({ graph: other('Graph A'), origin: 'a.json' });
    const b = await library.put({ graph: other('Graph B') });
    expect(a.id).not.toBe(b.id);
    expect(a.counts).toEqual({ entities: 2, relations: 0 });
    expect(a.origin).toBe('a.json');
    await library.markOpened(b.id);
    await library.markOpened(a.id);
    expect((await library.list()).map((s) => s.title)).toEqual([
      'Graph A',
      'Graph B',
      'Bundled graph',
    ]);
    expect(await library.lastOpened()).toBe(a.id);
    expect((await library.get(a.id))!.graph.title).toBe('Graph A');
  });

  it('replaces a graph in place when put with its id, keeping when it was opened', async () => {
    const library = await open(bundled);
    const a = await library.put({ graph: other('Graph A') });
    await library.markOpened(a.id);
    const openedAt = (await library.list()).find((s) => s.id === a.id)!.openedAt;
    const edited = await library.put({ id: a.id, graph: sampleGraph() });
    expect(edited).toMatchObject({ id: a.id, title: 'Sample alliance', openedAt });
    expect(edited.updatedAt).toBeGreaterThan(a.updatedAt);
    expect((await library.list()).length).toBe(2);
  });

  it('renames in the list and inside the graph; refuses an empty title', async () => {
    const library = await open(bundled);
    const a = await library.put({ graph: other('Graph A') });
    await library.rename(a.id, '  Renamed  ');
    const record = await library.get(a.id);
    expect(record!.title).toBe('Renamed');
    expect(record!.graph.title).toBe('Renamed');
    await expect(library.rename(a.id, '   ')).rejects.toThrow(/empty/);
    await expect(library.rename('nope', 'x')).rejects.toThrow(/no graph "nope"/);
  });

  it('duplicates under a new id and title, leaving the original alone', async () => {
    const library = await open(bundled);
    const copy = await library.duplicate(BUNDLED_GRAPH_ID);
    expect(copy.id).not.toBe(BUNDLED_GRAPH_ID);
    expect(copy.title).toBe('Bundled graph (copy)');
    expect((await library.get(copy.id))!.graph.nodes).toEqual(bundled.nodes);
    expect((await library.get(BUNDLED_GRAPH_ID))!.title).toBe('Bundled graph');
  });

  it('removes with undo, and never removes the bundled graph', async () => {
    const library = await open(bundled);
    const a = await library.put({ graph: other('Graph A') });
    await library.markOpened(a.id);
    const removed = await library.remove(a.id);
    expect(await library.get(a.id)).toBeUndefined();
    expect(await library.lastOpened()).toBe(BUNDLED_GRAPH_ID);
    await library.restore(removed);
    expect(await library.get(a.id)).toEqual(removed);
    expect(await library.lastOpened()).toBe(a.id);
    await expect(library.remove(BUNDLED_GRAPH_ID)).rejects.toThrow(/cannot be removed/);
  });

  it('hands out copies: changing a returned graph changes nothing stored', async () => {
    const library = await open(bundled);
    const record = await library.get(BUNDLED_GRAPH_ID);
    record!.graph.nodes.length = 0;
    expect((await library.get(BUNDLED_GRAPH_ID))!.graph.nodes.length).toBe(4);
  });
});

describe('the Dexie library across page loads', () => {
  it('finds what an earlier visit stored, without rewriting the bundled graph', async () => {
    const name = 'test-library-persist';
    const first = await createDexieLibrary(sampleGraph(), { name });
    const a = await first.put({ graph: other('Kept graph') });
    await first.rename(BUNDLED_GRAPH_ID, 'My bundled');
    await first.markOpened(a.id);
    const second = await createDexieLibrary(sampleGraph(), { name });
    expect(await second.lastOpened()).toBe(a.id);
    expect((await second.get(a.id))!.title).toBe('Kept graph');
    expect((await second.get(BUNDLED_GRAPH_ID))!.title).toBe('My bundled');
  });
});

describe('the bundled record', () => {
  it('follows a new release of the bundled graph, keeping a renamed title', async () => {
    const name = 'test-library-release';
    const first = await createDexieLibrary(sampleGraph(), { name });
    await first.rename(BUNDLED_GRAPH_ID, 'Renamed bundled');
    const release = { ...sampleGraph(), nodes: sampleGraph().nodes.slice(0, 3), edges: [] };
    const second = await createDexieLibrary(release, { name });
    const record = await second.get(BUNDLED_GRAPH_ID);
    expect(record!.graph.nodes.length).toBe(3);
    expect(record!.counts).toEqual({ entities: 3, relations: 0 });
    expect(record!.title).toBe('Renamed bundled');
  });

  it('cannot be overwritten by put', async () => {
    const library = await createMemoryLibrary(sampleGraph());
    await expect(library.put({ id: BUNDLED_GRAPH_ID, graph: sampleGraph() })).rejects.toThrow(
      /kept as shipped/,
    );
  });
});
