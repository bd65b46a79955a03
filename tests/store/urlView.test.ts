import { createAppStore } from '../../src/store/appStore';
import { applyUrlView, urlViewOf } from '../../src/store/urlView';
import { formatViewHash, parseViewHash } from '../../src/domain/viewHash';
import { sampleLoaded } from '../fixtures/sampleGraph';

it("a store's view survives the trip through the URL into a fresh store", () => {
  const a = createAppStore({ loaded: sampleLoaded() });
  const s = a.getState();
  s.selectEntity('iran');
  s.toggleRelationType('accuses');
  s.toggleStatus('denied');
  s.setNeighbourhood('russia', 2);
  s.setPathFrom('putin');
  s.setPathTo('united-states');
  s.setView('table');
  s.setLayout('grid');
  s.setSizeBy('degree');
  s.setPlayStep(2);
  const hash = formatViewHash(urlViewOf(a.getState()));

  const b = createAppStore({ loaded: sampleLoaded() });
  const { view, problems } = parseViewHash(hash, b.getState().loaded.graph);
  expect(problems).toEqual([]);
  applyUrlView(b, view);
  expect(urlViewOf(b.getState())).toEqual(urlViewOf(a.getState()));
  expect(b.getState().selection).toEqual({ kind: 'node', id: 'iran' });
  expect(b.getState().filters.hiddenRelationTypes).toEqual(['accuses']);
  expect(b.getState().layout).toBe('grid');
});

it('a cited passage is shown in the article', () => {
  const store = createAppStore({ loaded: sampleLoaded() });
  const edge = store.getState().loaded.graph.edges[0]!;
  const ev = edge.evidence[0]!;
  const { view } = parseViewHash(
    `#relation=${edge.id}&passage=${ev.source}:${ev.start}-${ev.end}`,
    store.getState().loaded.graph,
  );
  applyUrlView(store, view);
  expect(store.getState().articleFocus?.evidence).toEqual(ev);
});
