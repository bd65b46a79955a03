// @vitest-environment jsdom
// Drawing the bundled graph before the library opens is safe only when it is surely the
// graph to start with: the hint the IndexedDB library leaves, or no library at all.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createDexieLibrary } from '../../src/storage/dexieLibrary';
import {
  bundledComesFirst,
  libraryMayExist,
  readLastOpenedHint,
  writeLastOpenedHint,
} from '../../src/storage/quickStart';
import { deferLibrary } from '../../src/storage/deferredLibrary';
import { createMemoryLibrary, BUNDLED_GRAPH_ID } from '../../src/storage';
import { sampleGraph } from '../fixtures/sampleGraph';

beforeEach(() => window.localStorage.clear());

describe('the last-opened hint', () => {
  it('is written by the IndexedDB library whenever it records an opening', async () => {
    const library = await createDexieLibrary(sampleGraph(), { name: `hint-${Math.random()}` });
    expect(readLastOpenedHint()).toBeNull();
    await library.markOpened(BUNDLED_GRAPH_ID);
    expect(readLastOpenedHint()).toBe(BUNDLED_GRAPH_ID);
    const saved = await library.put({ graph: { ...sampleGraph(), title: 'Mine' } });
    await library.markOpened(saved.id);
    expect(readLastOpenedHint()).toBe(saved.id);
  });

  it('reads as unknown when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    } as unknown as Storage;
    expect(() => writeLastOpenedHint('x', refusing)).not.toThrow();
    expect(readLastOpenedHint(refusing)).toBeNull();
  });
});

describe('libraryMayExist', () => {
  it('is false in a browser that never opened the library, true once it has', async () => {
    const idb = new IDBFactory();
    expect(await libraryMayExist(idb)).toBe(false);
    const request = idb.open('news-graph-library');
    await new Promise((resolve) => (request.onsuccess = resolve));
    request.result.close();
    expect(await libraryMayExist(idb)).toBe(true);
  });

  it('assumes a library may exist when IndexedDB cannot list its databases', async () => {
    const noListing = { open: () => null } as unknown as IDBFactory;
    expect(await libraryMayExist(noListing)).toBe(true);
    const failing = {
      databases: () => Promise.reject(new Error('SecurityError')),
    } as unknown as IDBFactory;
    expect(await libraryMayExist(failing)).toBe(true);
  });

  it('is false without IndexedDB (the in-memory library starts on the bundled graph)', async () => {
    expect(await libraryMayExist(undefined)).toBe(false);
  });
});

describe('bundledComesFirst', () => {
  const exists = (answer: boolean) => vi.fn(() => Promise.resolve(answer));

  it('follows the hint without asking IndexedDB', async () => {
    const ask = exists(true);
    expect(await bundledComesFirst(BUNDLED_GRAPH_ID, ask)).toBe(true);
    expect(await bundledComesFirst('g-123', ask)).toBe(false);
    expect(ask).not.toHaveBeenCalled();
  });

  it('without a hint, is true only when there is surely no library', async () => {
    expect(await bundledComesFirst(null, exists(false))).toBe(true);
    // A library written before hints existed may name another graph: ask it.
    expect(await bundledComesFirst(null, exists(true))).toBe(false);
  });
});

describe('deferLibrary', () => {
  it('opens on start or on the first call, once, and every call reaches the real library', async () => {
    const real = await createMemoryLibrary(sampleGraph());
    const open = vi.fn(() => Promise.resolve({ library: real, persistent: true }));
    const deferred = deferLibrary(open);
    expect(open).not.toHaveBeenCalled();
    const saved = await deferred.library.put({ graph: { ...sampleGraph(), title: 'Later' } });
    expect(open).toHaveBeenCalledTimes(1);
    expect((await deferred.start()).library).toBe(real);
    expect((await real.get(saved.id))?.title).toBe('Later');
    expect((await deferred.library.list()).map((s) => s.title)).toContain('Later');
    expect(open).toHaveBeenCalledTimes(1);
  });
});
