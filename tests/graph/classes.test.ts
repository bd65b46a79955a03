// Store state → canvas classes, on a headless Cytoscape with a real store: filters hide
// exactly the filtered elements without moving anything; selection fades the rest; bundles
// stand for their relations while collapsed; only elements whose class changes are touched.
import type { Core } from 'cytoscape';
import { createCy } from '../../src/graph/createCy';
import { loadForceLayout, runLayout } from '../../src/graph/layout';
import { createClassSync } from '../../src/graph/classes';
import { classInputs } from '../../src/graph/useClassController';
import { createAppStore } from '../../src/store/appStore';
import { sampleLoaded } from '../fixtures/sampleGraph';
import { syntheticLoaded } from '../bench/syntheticGraph';

// fcose is loaded on demand in the app (src/graph/layout.ts); these tests run it directly.
beforeAll(() => loadForceLayout());

const BUNDLE = 'bundle:iran~russia';

/** A laid-out headless canvas kept in sync with a store; bundles expanded unless told. */
function setup({ collapsed = false } = {}) {
  const store = createAppStore({ loaded: sampleLoaded() });
  if (!collapsed) store.getState().expandAllBundles();
  const cy = createCy(store.getState().loaded.graph);
  runLayout(cy);
  const syncClasses = createClassSync(cy);
  const sync = () => syncClasses(classInputs(store.getState()));
  sync();
  return { store, cy, sync };
}

const ids = (cy: Core, selector: string) =>
  cy
    .$(selector)
    .map((e) => e.id())
    .sort();
const positions = (cy: Core) => cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));

describe('visibility', () => {
  it('hides exactly the edges of a toggled relation type, and moves nothing', () => {
    const { store, cy, sync } = setup();
    const before = positions(cy);
    expect(ids(cy, '.hidden')).toEqual([BUNDLE]);

    store.getState().toggleRelationType('supplies');
    sync();
    const supplies = store
      .getState()
      .loaded.graph.edges.filter((e) => e.relation === 'supplies')
      .map((e) => e.id)
      .sort();
    expect(supplies.length).toBeGreaterThan(0);
    expect(ids(cy, '.hidden')).toEqual([BUNDLE, ...supplies]);
    expect(positions(cy)).toEqual(before);

    store.getState().toggleRelationType('supplies');
    sync();
    expect(ids(cy, '.hidden')).toEqual([BUNDLE]);
    expect(positions(cy)).toEqual(before);
  });

  it('hides entities of a hidden type together with their relations', () => {
    const { store, cy, sync } = setup();
    store.getState().toggleEntityType('person');
    sync();
    expect(ids(cy, 'node.hidden')).toEqual(['putin']);
    expect(ids(cy, 'edge.hidden')).toEqual([BUNDLE, 'putin-leads-russia']);
  });
});

describe('selection', () => {
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

describe('hover', () => {
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

describe('bundles', () => {
  it('draws a collapsed bundle instead of its relations, and expands in place', () => {
    const { store, cy, sync } = setup({ collapsed: true });
    const members = ['iran-allies-russia', 'iran-supplies-russia-drones'].concat(
      'iran-supplies-russia-missiles',
      'russia-rivals-iran',
    );
    expect(ids(cy, 'edge.hidden')).toEqual(members);
    expect(cy.getElementById(BUNDLE).hasClass('hidden')).toBe(false);
    expect(cy.getElementById(BUNDLE).data('bundleLabel')).toBe('4 relations · 1 contested');
    store.getState().setBundleExpanded(BUNDLE, true);
    sync();
    expect(cy.getElementById(BUNDLE).hasClass('hidden')).toBe(true);
    expect(ids(cy, 'edge.hidden')).toEqual([BUNDLE]);
  });

  it('highlights the bundle that draws a selected relation, and the entity around it', () => {
    const { store, cy, sync } = setup({ collapsed: true });
    store.getState().selectRelation('iran-supplies-russia-drones');
    sync();
    expect(ids(cy, '.selected')).toEqual([BUNDLE]);
    expect(ids(cy, '.neighbour')).toEqual(['iran', 'russia']);
    store.getState().selectEntity('russia');
    sync();
    expect(ids(cy, '.incident')).toEqual([BUNDLE, 'putin-leads-russia']);
    expect(ids(cy, '.neighbour')).toEqual(['iran', 'putin']);
  });

  it('an open bundle stands out with its two ends', () => {
    const { store, cy, sync } = setup({ collapsed: true });
    store.getState().openBundle(BUNDLE);
    sync();
    expect(store.getState().selection).toBeNull();
    expect(ids(cy, '.selected')).toEqual([BUNDLE]);
    expect(ids(cy, '.neighbour')).toEqual(['iran', 'russia']);
    expect(ids(cy, 'node.faded')).toEqual(['putin', 'united-states']);
  });
});

describe('work proportional to change', () => {
  it('touches only the elements whose class changes', () => {
    const { store, cy } = setup();
    const syncClasses = createClassSync(cy);
    const sync = () => syncClasses(classInputs(store.getState()));
    sync(); // the same state as already applied: from the sync's own point of view, first time
    store.getState().selectEntity('putin');
    // putin, its relation and Russia light up; the 3 other nodes and 5 other edges fade
    // (the hidden bundle fades too: it is part of "the rest")
    expect(sync()).toBe(cy.elements().length);
    store.getState().selectEntity('united-states');
    // putin, putin-leads-russia, russia → faded; united-states, us-accuses-iran, iran → lit
    expect(sync()).toBe(6);
    store.getState().setHover({ kind: 'node', id: 'iran' });
    expect(sync()).toBe(1);
    expect(sync()).toBe(0);
  });
});

describe('selection on a graph of thousands', () => {
  it('leaves the rest unfaded, touching only the selection and its surroundings', () => {
    const store = createAppStore({ loaded: syntheticLoaded(1000, 4) });
    const cy = createCy(store.getState().loaded.graph);
    const syncClasses = createClassSync(cy, { fadeRest: false });
    syncClasses(classInputs(store.getState()));
    store.getState().selectEntity('n0');
    const touched = syncClasses(classInputs(store.getState()));
    expect(cy.$('.faded').length).toBe(0);
    expect(ids(cy, 'node.selected')).toEqual(['n0']);
    expect(cy.$('.neighbour').length).toBeGreaterThan(0);
    expect(touched).toBe(cy.$('.selected, .neighbour, .incident').length);
  });
});
