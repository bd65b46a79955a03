// Keyboard stepping through entities: alphabetical by label, visible ones only, wrapping.
import { entityOrder, stepEntity } from '../../src/graph/keyboard';
import { visibleElements, noFilters } from '../../src/domain/filters';
import { sampleGraph, sampleLoaded } from '../fixtures/sampleGraph';
import { handleCanvasKey } from '../../src/graph/keyboard';
import { createCy } from '../../src/graph/createCy';
import { createAppStore } from '../../src/store/appStore';

const graph = sampleGraph();
const all = visibleElements(graph, noFilters);

describe('entityOrder', () => {
  it('orders visible entities by label', () => {
    expect(entityOrder(graph, all)).toEqual(['iran', 'russia', 'united-states', 'putin']);
  });

  it('leaves out hidden entities', () => {
    const noPeople = visibleElements(graph, { ...noFilters, hiddenEntityTypes: ['person'] });
    expect(entityOrder(graph, noPeople)).toEqual(['iran', 'russia', 'united-states']);
  });
});

describe('stepEntity', () => {
  const node = (id: string) => ({ kind: 'node' as const, id });

  it('starts at the first or the last entity when none is selected', () => {
    expect(stepEntity(graph, all, null, 1)).toBe('iran');
    expect(stepEntity(graph, all, null, -1)).toBe('putin');
    expect(stepEntity(graph, all, { kind: 'edge', id: 'us-accuses-iran' }, 1)).toBe('iran');
  });

  it('moves to the next and previous entity, wrapping at both ends', () => {
    expect(stepEntity(graph, all, node('iran'), 1)).toBe('russia');
    expect(stepEntity(graph, all, node('russia'), -1)).toBe('iran');
    expect(stepEntity(graph, all, node('putin'), 1)).toBe('iran');
    expect(stepEntity(graph, all, node('iran'), -1)).toBe('putin');
  });

  it('returns null when nothing is visible', () => {
    const none = { nodes: new Set<string>(), edges: new Set<string>() };
    expect(stepEntity(graph, none, null, 1)).toBeNull();
  });
});

describe('B steps through bundles', () => {
  it('opens each drawn bundle in turn, and none when filters leave none drawn', () => {
    const store = createAppStore({ loaded: sampleLoaded() });
    const cy = createCy(store.getState().loaded.graph);
    const key = (k: string) =>
      handleCanvasKey({ key: k, ctrlKey: false, metaKey: false, altKey: false }, cy, store);
    expect(key('b')).toBe(true);
    expect(store.getState().openedBundle).toBe('bundle:iran~russia');
    expect(store.getState().selection).toBeNull();
    store.getState().clearSelection();
    store.getState().toggleRelationType('supplies');
    store.getState().toggleRelationType('allies_with');
    expect(key('b')).toBe(true);
    // one relation left between Iran and Russia: it is drawn as itself, no bundle to open
    expect(store.getState().openedBundle).toBeNull();
  });
});
