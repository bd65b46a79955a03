// @vitest-environment jsdom
// Mounting the real canvas (with a canvas stub): one instance, exposed on window.cy,
// destroyed on unmount; named controls; keyboard use; data rendered as text only.
import { StrictMode } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphCanvas } from '../../src/graph';
import { StoreProvider } from '../../src/store/StoreProvider';
import { createAppStore } from '../../src/store/appStore';
import type { LoadedGraph } from '../../src/domain/types';
import { HTML_PAYLOAD, htmlPayloadLoaded, sampleLoaded } from '../fixtures/sampleGraph';

function mount(loaded: LoadedGraph = sampleLoaded(), strict = false) {
  const store = createAppStore({ loaded });
  const tree = (
    <StoreProvider store={store}>
      <div style={{ width: 800, height: 600 }}>
        <GraphCanvas />
      </div>
    </StoreProvider>
  );
  const view = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { store, ...view };
}

describe('GraphCanvas', () => {
  it('creates one Cytoscape instance with every entity and relation, and destroys it', () => {
    const { unmount, store } = mount();
    const cy = window.cy;
    const { graph } = store.getState().loaded;
    expect(cy).toBeDefined();
    expect(cy?.nodes().length).toBe(graph.nodes.length);
    expect(cy?.edges().not('.bundle').length).toBe(graph.edges.length);
    expect(cy?.edges('.bundle').map((e) => e.id())).toEqual(['bundle:iran~russia']);
    expect(cy?.getElementById('iran-supplies-russia-drones').data()).toMatchObject({
      source: 'iran',
      target: 'russia',
      relation: 'supplies',
      status: 'reported',
    });
    unmount();
    expect(cy?.destroyed()).toBe(true);
    expect(window.cy).toBeUndefined();
  });

  it('survives StrictMode double mounting with one live instance', () => {
    // One instance's drawing surfaces, to compare with: a leaked first instance would add
    // its own to the same container.
    const single = mount();
    const perInstance = single.container.querySelectorAll('canvas').length;
    expect(perInstance).toBeGreaterThan(0);
    single.unmount();

    const { unmount, container } = mount(sampleLoaded(), true);
    const cy = window.cy;
    expect(cy?.destroyed()).toBe(false);
    expect(cy?.container()).toBe(container.querySelector('.graph-canvas__cy'));
    expect(container.querySelectorAll('canvas')).toHaveLength(perInstance);
    unmount();
    expect(cy?.destroyed()).toBe(true);
  });

  it('pushes filters and selection from the store into classes', () => {
    const { store } = mount();
    const cy = window.cy!;
    const before = cy.nodes().map((n) => n.position());
    act(() => store.getState().expandAllBundles());
    act(() => store.getState().toggleRelationType('supplies'));
    expect(
      cy
        .$('edge.hidden')
        .map((e) => e.id())
        .sort(),
    ).toEqual([
      'bundle:iran~russia',
      'iran-supplies-russia-drones',
      'iran-supplies-russia-missiles',
    ]);
    expect(cy.nodes().map((n) => n.position())).toEqual(before);
    act(() => store.getState().selectEntity('putin'));
    expect(cy.getElementById('putin').hasClass('selected')).toBe(true);
    expect(cy.getElementById('iran').hasClass('faded')).toBe(true);
  });

  it('turns taps into selections and background taps into clearing', () => {
    const { store } = mount();
    const cy = window.cy!;
    cy.getElementById('iran').emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    cy.getElementById('us-accuses-iran').emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'us-accuses-iran' });
    cy.emit('tap');
    expect(store.getState().selection).toBeNull();
    cy.getElementById('putin').emit('mouseover');
    expect(store.getState().hover).toEqual({ kind: 'node', id: 'putin' });
    cy.getElementById('putin').emit('mouseout');
    expect(store.getState().hover).toBeNull();
  });

  it('has named, keyboard-operable zoom and fit controls', async () => {
    mount();
    const user = userEvent.setup();
    const cy = window.cy!;
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Fit graph to view' })).toBeEnabled();
    const zoom = cy.zoom();
    zoomIn.focus();
    await user.keyboard('{Enter}');
    expect(cy.zoom()).toBeGreaterThan(zoom);
  });

  it('is a focusable, labelled application that steps through entities by keyboard', async () => {
    const { store } = mount();
    const user = userEvent.setup();
    const canvas = screen.getByRole('application', { name: /Graph of 4 entities and 6 relations/ });
    await user.tab();
    expect(canvas).toHaveFocus();
    // Alphabetical: Iran, Russia, United States, Vladimir Putin.
    await user.keyboard('{ArrowRight}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'united-states' });
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'russia' });
    const zoom = window.cy!.zoom();
    await user.keyboard('+');
    expect(window.cy!.zoom()).toBeGreaterThan(zoom);
  });

  it('updates its label when filters change what is visible', () => {
    const { store } = mount();
    act(() => store.getState().toggleEntityType('person'));
    expect(
      screen.getByRole('application', { name: /Graph of 3 entities and 5 relations/ }),
    ).toBeInTheDocument();
  });

  it('keeps markup in labels as plain data, never as DOM', () => {
    const { container } = mount(htmlPayloadLoaded());
    const russia = window.cy!.getElementById('russia');
    // the label Cytoscape draws is the name itself: not escaped, not stripped
    expect(russia.style('label')).toBe(HTML_PAYLOAD);
    // and the canvas holds only Cytoscape's own drawing surfaces, no markup of ours
    const canvas = container.querySelector('.graph-canvas__cy')!;
    const tags = new Set([...canvas.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
    expect([...tags].sort()).toEqual(['canvas', 'div']);
  });
});
