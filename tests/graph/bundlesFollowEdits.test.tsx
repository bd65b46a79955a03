// @vitest-environment jsdom
// Bundles follow edits: with the document and class controllers mounted as the canvas mounts
// them, adding, deleting, undoing and redoing relations makes, dissolves and relabels
// bundles on a headless canvas, and the relations they hold are drawn or not accordingly.
import type { Core } from 'cytoscape';
import { act, renderHook } from '@testing-library/react';
import { createCy } from '../../src/graph/createCy';
import { useDocumentController } from '../../src/graph/useDocumentController';
import { useClassController } from '../../src/graph/useClassController';
import { createAppStore } from '../../src/store/appStore';
import type { Filters } from '../../src/domain/filters';
import type { Edit } from '../../src/domain/edits/types';
import { sampleLoaded, span } from '../fixtures/sampleGraph';

let cy: Core;
afterEach(() => cy.destroy());

function setup(filters: Partial<Filters> = {}) {
  const loaded = sampleLoaded();
  cy = createCy(loaded.graph);
  const store = createAppStore({ loaded, filters });
  renderHook(() => {
    useDocumentController(cy, store);
    useClassController(cy, store);
  });
  return store;
}

/** Edges drawn between two entities: present and not hidden. */
const drawnBetween = (a: string, b: string) =>
  cy
    .getElementById(a)
    .edgesWith(cy.getElementById(b))
    .filter((e) => !e.hasClass('hidden'))
    .map((e) => e.id())
    .sort();

const usSuppliesIran: Edit = {
  kind: 'addRelation',
  edge: {
    id: 'us-supplies-iran',
    source: 'united-states',
    target: 'iran',
    relation: 'supplies',
    status: 'alleged',
    evidence: [span('The U.S. accused Iran of sending missiles')],
  },
};

describe('bundles follow edits', () => {
  it('a second relation between two entities makes a bundle; undo dissolves it, redo remakes it', () => {
    const store = setup();
    expect(drawnBetween('united-states', 'iran')).toEqual(['us-accuses-iran']);

    act(() => void store.getState().edit(usSuppliesIran));
    expect(drawnBetween('united-states', 'iran')).toEqual(['bundle:iran~united-states']);
    const bundle = cy.getElementById('bundle:iran~united-states');
    expect(bundle.hasClass('bundle')).toBe(true);
    expect(bundle.data('bundleLabel')).toBe('2 relations');
    expect(bundle.data('count')).toBe(2);

    act(() => store.getState().undo());
    expect(cy.getElementById('bundle:iran~united-states').empty()).toBe(true);
    expect(drawnBetween('united-states', 'iran')).toEqual(['us-accuses-iran']);

    act(() => store.getState().redo());
    expect(drawnBetween('united-states', 'iran')).toEqual(['bundle:iran~united-states']);
  });

  it('deleting a relation relabels its bundle, and dissolves it when one is left', () => {
    const store = setup();
    const bundle = () => cy.getElementById('bundle:iran~russia');
    expect(bundle().data('bundleLabel')).toBe('4 relations · 1 contested');

    act(
      () =>
        void store.getState().edit({ kind: 'deleteRelation', id: 'iran-supplies-russia-missiles' }),
    );
    expect(bundle().data('bundleLabel')).toBe('3 relations');
    expect(bundle().data('contested')).toBe(0);
    expect(drawnBetween('iran', 'russia')).toEqual(['bundle:iran~russia']);

    act(
      () =>
        void store
          .getState()
          .edit(
            { kind: 'deleteRelation', id: 'iran-supplies-russia-drones' },
            { kind: 'deleteRelation', id: 'russia-rivals-iran' },
          ),
    );
    expect(bundle().empty()).toBe(true);
    expect(drawnBetween('iran', 'russia')).toEqual(['iran-allies-russia']);

    act(() => store.getState().undo());
    expect(bundle().data('bundleLabel')).toBe('3 relations');
    expect(drawnBetween('iran', 'russia')).toEqual(['bundle:iran~russia']);
  });

  it('filters apply to what an edit adds: a hidden new relation neither shows nor makes a drawn bundle', () => {
    const store = setup({ hiddenRelationTypes: ['supplies'] });
    act(() => void store.getState().edit(usSuppliesIran));
    expect(drawnBetween('united-states', 'iran')).toEqual(['us-accuses-iran']);

    act(() => store.getState().showAll());
    expect(drawnBetween('united-states', 'iran')).toEqual(['bundle:iran~united-states']);
    expect(cy.getElementById('bundle:iran~united-states').data('bundleLabel')).toBe('2 relations');
  });

  it('the label counts the visible members when a filter is on as the bundle grows', () => {
    const store = setup({ hiddenStatuses: ['denied'] });
    const bundle = () => cy.getElementById('bundle:iran~russia');
    expect(bundle().data('bundleLabel')).toBe('3 relations');
    act(
      () =>
        void store.getState().edit({
          kind: 'addRelation',
          edge: { ...usSuppliesIran.edge, id: 'russia-supplies-iran', source: 'russia' },
        } as Edit),
    );
    expect(bundle().data('bundleLabel')).toBe('4 relations');
  });
});
