// Store state → canvas classes, on a headless Cytoscape with a real store: filters hide
// exactly the filtered elements without moving anything; selection fades the rest.
import type { Core } from 'cytoscape';
import { createCy } from '../../src/graph/createCy';
import { runLayout } from '../../src/graph/layout';
import { applyHover, applySelection, applyVisibility } from '../../src/graph/classes';
import { createAppStore } from '../../src/store/appStore';
import { selectVisible } from '../../src/store/selectors';
import { sampleLoaded } from '../fixtures/sampleGraph';

function setup() {
  const store = createAppStore({ loaded: sampleLoaded() });
  const cy = createCy(store.getState().loaded.graph);
  runLayout(cy);
  const sync = () => {
    const s = store.getState();
    applyVisibility(cy, selectVisible(s));
    applySelection(cy, s.selection, selectVisible(s));
    applyHover(cy, s.hover);
  };
  sync();
  return { store, cy, sync };
}

const ids = (cy: Core, selector: string) =>
  cy
    .$(selector)
    .map((e) => e.id())
    .sort();
const positions = (cy: Core) => cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));

describe('applyVisibility', () => {
  it('hides exactly the edges of a toggled relation type, and moves nothing', () => {
    const { store, cy, sync } = setup();
    const before = positions(cy);
    expect(ids(cy, '.hidden')).toEqual([]);

    store.getState().toggleRelationType('supplies');
    sync();
    const supplies = store
      .getState()
      .loaded.graph.edges.filter((e) => e.relation === 'supplies')
      .map((e) => e.id)
      .sort();
    expect(supplies.length).toBeGreaterThan(0);
    expect(ids(cy, '.hidden')).toEqual(supplies);
    expect(positions(cy)).toEqual(before);

    store.getState().toggleRelationType('supplies');
    sync();
    expect(ids(cy, '.hidden')).toEqual([]);
    expect(positions(cy)).toEqual(before);
  });

  it('hides entities of a hidden type together with their relations', () => {
    const { store, cy, sync } = setup();
    store.getState().toggleEntityType('person');
    sync();
    expect(ids(cy, 'node.hidden')).toEqual(['putin']);
    expect(ids(cy, 'edge.hidden')).toEqual(['putin-leads-russia']);
  });
});

describe('applySelection', () => {
  it('highlights a selected entity and its neighbours and fades the rest', () => {
    const { store, cy, sync } = setup();
    store.getState().selectEntity('putin');
    sync();
    expect(ids(cy, '.selected')).toEqual(['putin']);
    expect(ids(cy, '.neighbour')).toEqual(['russia']);
    expect(ids(cy, '.incident')).toEqual(['putin-leads-russia']);
    expect(ids(cy, 'node.faded')).toEqual(['iran', 'united-states']);
    // Every edge that does not touch Putin fades.
    expect(ids(cy, 'edge.faded')).toHaveLength(cy.edges().length - 1);
  });

  it('highlights a selected relation and its two ends', () => {
    const { store, cy, sync } = setup();
    store.getState().selectRelation('us-accuses-iran');
    sync();
    expect(ids(cy, '.selected')).toEqual(['us-accuses-iran']);
    expect(ids(cy, '.neighbour')).toEqual(['iran', 'united-states']);
    expect(ids(cy, 'node.faded')).toEqual(['putin', 'russia']);
    expect(cy.getElementById('us-accuses-iran').hasClass('faded')).toBe(false);
  });

  it('leaves hidden neighbours and relations out of the highlight', () => {
    const { store, cy, sync } = setup();
    store.getState().toggleRelationType('leads');
    store.getState().selectEntity('russia');
    sync();
    expect(ids(cy, '.neighbour')).toEqual(['iran']);
    expect(ids(cy, '.incident')).not.toContain('putin-leads-russia');
  });

  it('clearing the selection removes every highlight and all fading', () => {
    const { store, cy, sync } = setup();
    store.getState().selectEntity('iran');
    sync();
    expect(cy.$('.faded').nonempty()).toBe(true);
    store.getState().clearSelection();
    sync();
    expect(ids(cy, '.faded, .selected, .neighbour, .incident')).toEqual([]);
  });

  it('fades nothing when the selected element is filtered out', () => {
    const { store, cy, sync } = setup();
    store.getState().selectEntity('putin');
    store.getState().toggleEntityType('person');
    sync();
    expect(ids(cy, '.faded, .selected')).toEqual([]);
  });
});

describe('applyHover', () => {
  it('marks only the hovered element', () => {
    const { store, cy, sync } = setup();
    store.getState().setHover({ kind: 'edge', id: 'iran-allies-russia' });
    sync();
    expect(ids(cy, '.hovered')).toEqual(['iran-allies-russia']);
    store.getState().setHover({ kind: 'node', id: 'iran' });
    sync();
    expect(ids(cy, '.hovered')).toEqual(['iran']);
    store.getState().setHover(null);
    sync();
    expect(ids(cy, '.hovered')).toEqual([]);
  });
});
