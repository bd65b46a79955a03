// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { DetailsPanel } from '../../src/components';
import { sampleGraph, span } from '../fixtures/sampleGraph';
import { renderWithStore } from './renderWithStore';

const details = () => screen.getByRole('complementary', { name: 'Details' });
const heading2 = () => within(details()).getByRole('heading', { level: 2 });

describe('DetailsPanel', () => {
  it('explains how to start when nothing is selected', () => {
    renderWithStore(<DetailsPanel />);
    expect(heading2()).toHaveTextContent('Nothing selected');
    expect(details()).toHaveTextContent('4 entities and 6 relations');
    expect(details()).toHaveTextContent(/Click an entity or a relation/);
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent(
      'How to explore',
    );
  });

  it('shows an entity: name, type, aliases, summary and relations grouped by type', () => {
    renderWithStore(<DetailsPanel />, { selection: { kind: 'node', id: 'iran' } });
    expect(heading2()).toHaveTextContent('Iran');
    expect(details()).toHaveTextContent('country');
    expect(details()).toHaveTextContent('also: Tehran');
    expect(details()).toHaveTextContent('Supplies Russia.');
    const groups = within(details()).getAllByRole('heading', { level: 4 });
    expect(groups.map((h) => h.textContent)).toEqual([
      'supplies (2)',
      'allies with (1)',
      'accuses (1)',
      'rivals with (1)',
    ]);
    const drones = screen.getByRole('button', { name: 'Iran supplies Russia (drones)' });
    const row = drones.closest('li')!;
    expect(row).toHaveTextContent('→');
    expect(within(row).getByRole('button', { name: 'Russia' })).toBeInTheDocument();
    expect(drones).toHaveAccessibleDescription('reported');
    const accusedBy = screen
      .getByRole('button', { name: 'United States accuses Iran (sending missiles to Russia)' })
      .closest('li')!;
    expect(accusedBy).toHaveTextContent('←');
    expect(within(accusedBy).getByRole('button', { name: 'United States' })).toBeInTheDocument();
    const ally = screen.getByRole('button', { name: 'Iran allies with Russia' }).closest('li')!;
    expect(ally).toHaveTextContent('↔');
  });

  it("shows an entity's quotes inside their sentences, the quote alone marked", () => {
    renderWithStore(<DetailsPanel />, { selection: { kind: 'node', id: 'united-states' } });
    expect(
      within(details()).getByRole('heading', { name: 'Supporting passages (1)' }),
    ).toBeVisible();
    const mark = details().querySelector('blockquote mark')!;
    expect(mark.textContent).toBe('The U.S. accused Iran');
    expect(mark.closest('blockquote')!.textContent).toBe(
      'The U.S. accused Iran of sending missiles, a claim Tehran denies.',
    );
  });

  it('shows a passage from a bulleted line without its list marker', () => {
    const text = 'Summary\n- Putin leads Russia, officials say\nMore text.';
    const graph = sampleGraph();
    graph.sources = [{ id: 'article', title: 'Bullets', text }];
    graph.nodes = graph.nodes.map((n) => ({ ...n, evidence: [span('Putin leads Russia', text)] }));
    graph.edges = [];
    renderWithStore(<DetailsPanel />, {
      loaded: { graph, texts: { article: text } },
      selection: { kind: 'node', id: 'putin' },
    });
    expect(details().querySelector('blockquote')!.textContent).toBe(
      'Putin leads Russia, officials say',
    );
  });

  it('selects a relation from its row and shows what, how certain, who claims and who denies', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'node', id: 'iran' },
    });
    // Iran also lists this claim under "Claims it disputes"; click the row in its relations.
    const supplies = within(details()).getByRole('heading', { name: 'supplies (2)' });
    const rows = supplies.nextElementSibling as HTMLElement;
    await user.click(within(rows).getByRole('button', { name: 'Iran supplies Russia (missiles)' }));
    expect(store.getState().selection).toEqual({
      kind: 'edge',
      id: 'iran-supplies-russia-missiles',
    });
    expect(heading2()).toHaveTextContent('Iran supplies Russia');
    expect(details()).toHaveTextContent('missiles');
    expect(details()).toHaveTextContent('Claimed by United States · denied by Iran');
    expect(details()).toHaveTextContent('Contested: Iran disputes it.');
    expect(details()).toHaveTextContent('Denied by a party.');
    expect(details()).toHaveTextContent('Sends goods.');
    const mark = details().querySelector('blockquote mark')!;
    expect(mark.textContent).toBe('accused Iran of sending missiles, a claim Tehran denies');
    // the row that had focus is gone: focus goes to the new heading, not to <body>
    expect(heading2()).toHaveFocus();
  });

  it('shows a status without attribution, and the other relations between the pair', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'edge', id: 'iran-supplies-russia-drones' },
    });
    expect(details()).toHaveTextContent('reported');
    expect(details()).not.toHaveTextContent(/claimed by|reported by/i);
    expect(details()).not.toHaveTextContent('Contested');
    await user.click(screen.getByRole('button', { name: 'Iran allies with Russia' }));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'iran-allies-russia' });
  });

  it("selects the relation's ends from its heading", async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'edge', id: 'us-accuses-iran' },
    });
    const heading = heading2();
    expect(heading).toHaveTextContent('United States accuses Iran');
    await user.click(within(heading).getByRole('button', { name: 'Iran' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    expect(heading2()).toHaveTextContent('Iran');
  });

  it('goes to the entity at the other end of a relation row', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'node', id: 'iran' },
    });
    await user.click(screen.getByRole('button', { name: 'United States' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'united-states' });
    expect(heading2()).toHaveTextContent('United States');
  });

  it('"Show in article" asks the reader for that exact passage', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'edge', id: 'russia-rivals-iran' },
    });
    await user.click(screen.getByRole('button', { name: 'Show in article' }));
    const edge = sampleGraph().edges.find((e) => e.id === 'russia-rivals-iran')!;
    expect(store.getState().articleFocus).toEqual({ evidence: edge.evidence[0], seq: 1 });
  });

  it('turns the neighbourhood focus on, changes its depth, and off again', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'node', id: 'putin' },
    });
    const toggle = screen.getByRole('checkbox', { name: 'Show only its neighbourhood' });
    await user.click(toggle);
    expect(store.getState().filters.focus).toEqual({ nodeId: 'putin', depth: 1 });
    await user.click(screen.getByRole('radio', { name: '2 steps' }));
    expect(store.getState().filters.focus).toEqual({ nodeId: 'putin', depth: 2 });
    await user.click(toggle);
    expect(store.getState().filters.focus).toBeNull();
    expect(toggle).not.toBeChecked();
  });

  it('says when the selection is hidden by filters and can reset them', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'node', id: 'putin' },
      filters: { hiddenEntityTypes: ['person'] },
    });
    expect(details()).toHaveTextContent('Hidden on the graph by the current filters.');
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters.hiddenEntityTypes).toEqual([]);
    expect(details()).not.toHaveTextContent('Hidden on the graph');
  });

  it('announces a new selection politely without taking focus from elsewhere', () => {
    const { store } = renderWithStore(
      <>
        <button type="button">canvas</button>
        <DetailsPanel />
      </>,
    );
    const outside = screen.getByRole('button', { name: 'canvas' });
    outside.focus();
    act(() => store.getState().selectEntity('iran'));
    expect(outside).toHaveFocus();
    // The panel's own announcer (passages have live regions of their own for "Cite").
    const live = details().querySelector(':scope > [aria-live="polite"]')!;
    expect(live).toHaveTextContent('Details: Iran, country');
  });

  it('clears the selection', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'node', id: 'iran' },
    });
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().selection).toBeNull();
    expect(heading2()).toHaveTextContent('Nothing selected');
  });
});
