// The overlay's highlight for graphs of thousands: the same elements the classes would
// light (selection, neighbours, incident relations, the pointer), one role each.
import { highlightOf, NO_HIGHLIGHT } from '../../src/graph/highlight';
import { selectDrawn } from '../../src/store/selectors';
import { createAppStore } from '../../src/store/appStore';
import { indexGraph } from '../../src/domain/graphIndex';
import { syntheticLoaded } from '../bench/syntheticGraph';

function setup() {
  const store = createAppStore({ loaded: syntheticLoaded(200, 2) });
  const state = () => store.getState();
  const of = () => {
    const s = state();
    return highlightOf(s.loaded.graph, selectDrawn(s), s.selection, s.openedBundle, s.hover);
  };
  return { store, state, of };
}

describe('highlightOf', () => {
  it('is empty with nothing selected or pointed at', () => {
    expect(setup().of()).toBe(NO_HIGHLIGHT);
  });

  it('lights a selected entity, its relations and the entities at their other ends, dimming the rest', () => {
    const { store, state, of } = setup();
    store.getState().selectEntity('n0');
    const h = of();
    const relations = indexGraph(state().loaded.graph).edgesByNode.get('n0');
    expect(relations?.length).toBeGreaterThan(0);
    expect(h.dimRest).toBe(true);
    expect(h.roles.get('n0')).toBe('selected');
    const ends = new Set(relations!.map((e) => (e.source === 'n0' ? e.target : e.source)));
    for (const end of ends) expect(h.roles.get(end)).toBe('neighbour');
    const incident = [...h.roles].filter(([, r]) => r === 'incident').map(([id]) => id);
    expect(incident.length).toBeGreaterThan(0);
    expect(h.roles.get('n100')).toBeUndefined();
  });

  it('adds the pointer without dimming, and never demotes the selection', () => {
    const { store, of } = setup();
    store.getState().setHover({ kind: 'node', id: 'n50' });
    expect(of().dimRest).toBe(false);
    expect(of().roles.get('n50')).toBe('hovered');
    store.getState().selectEntity('n50');
    expect(of().roles.get('n50')).toBe('selected');
  });
});
