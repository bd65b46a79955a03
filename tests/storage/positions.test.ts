// @vitest-environment jsdom
import {
  createMemoryPositions,
  createStoragePositions,
  type PositionStore,
} from '../../src/storage/positions';

const saved = {
  layout: 'circle',
  positions: new Map([
    ['iran', { x: 10.4, y: -20 }],
    ['constructor', { x: 1, y: 2 }],
  ]),
};

describe.each<[string, () => PositionStore]>([
  ['localStorage', () => createStoragePositions(window.localStorage)],
  ['memory', () => createMemoryPositions()],
])('%s positions', (_name, make) => {
  beforeEach(() => window.localStorage.clear());

  it('round-trips a layout and its positions, per graph', () => {
    const store = make();
    store.save('g1', saved);
    expect(store.load('g1')).toEqual({
      layout: 'circle',
      positions: new Map([
        ['iran', { x: 10, y: -20 }],
        ['constructor', { x: 1, y: 2 }],
      ]),
    });
    expect(store.load('g2')).toBeNull();
    store.clear('g1');
    expect(store.load('g1')).toBeNull();
  });
});

it('reads malformed stored data as nothing saved', () => {
  const store = createStoragePositions(window.localStorage);
  for (const bad of ['{', '[]', '{"layout":"x","positions":[["a","1",2]]}', 'null']) {
    window.localStorage.setItem('news-graph:layout:g', bad);
    expect(store.load('g'), bad).toBeNull();
  }
});

it('survives a storage that refuses every call', () => {
  const refusing = {
    getItem: () => {
      throw new Error('denied');
    },
    setItem: () => {
      throw new Error('quota');
    },
    removeItem: () => {
      throw new Error('denied');
    },
  } as unknown as Storage;
  const store = createStoragePositions(refusing);
  expect(() => store.save('g', saved)).not.toThrow();
  expect(store.load('g')).toBeNull();
  expect(() => store.clear('g')).not.toThrow();
});

it('reads stored data of the wrong shape as nothing saved, field by field', () => {
  const store = createStoragePositions(window.localStorage);
  const bad = [
    '{"layout":"","positions":[]}',
    `{"layout":"${'x'.repeat(41)}","positions":[]}`,
    '{"layout":3,"positions":[]}',
    '{"layout":"force"}',
    '{"layout":"force","positions":{"a":[1,2]}}',
    '{"layout":"force","positions":[["a",1]]}',
    '{"layout":"force","positions":[["a",1,2,3]]}',
    '{"layout":"force","positions":[[7,1,2]]}',
    '{"layout":"force","positions":[["a",null,2]]}',
    '{"layout":"force","positions":[["a",1,"2"]]}',
  ];
  for (const text of bad) {
    window.localStorage.setItem('news-graph:layout:g', text);
    expect(store.load('g'), text).toBeNull();
  }
  window.localStorage.setItem('news-graph:layout:g', '{"layout":"force","positions":[["a",1,2]]}');
  expect(store.load('g')).toEqual({ layout: 'force', positions: new Map([['a', { x: 1, y: 2 }]]) });
});
