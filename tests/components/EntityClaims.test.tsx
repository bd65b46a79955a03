// @vitest-environment jsdom
// Who claims what in the details panel: a claimant lists its claims with status and quote,
// a party that disputes a claim lists it too, and each passage shows once.
import { screen, within } from '@testing-library/react';
import { DetailsPanel } from '../../src/components';
import { sampleGraph, sampleLoaded, span } from '../fixtures/sampleGraph';
import { renderWithStore } from './renderWithStore';

const details = () => screen.getByRole('complementary', { name: 'Details' });

describe('claims an entity makes', () => {
  it('lists each claim with its status, naming claimant and denier, and its words', () => {
    renderWithStore(<DetailsPanel />, { selection: { kind: 'node', id: 'united-states' } });
    const heading = within(details()).getByRole('heading', { name: 'Claims it makes (1)' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(list).toHaveRole('list');
    const [claim] = within(list).getAllByRole('listitem');
    expect(within(claim!).getByRole('button', { name: 'Iran supplies Russia (missiles)' }));
    expect(claim).toHaveTextContent('Claimed by United States · denied by Iran');
    expect(claim!.querySelector('blockquote')).toHaveTextContent(
      '“accused Iran of sending missiles, a claim Tehran denies”',
    );
  });

  it('selects the claim from the list', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, {
      selection: { kind: 'node', id: 'united-states' },
    });
    const list = within(details()).getByRole('heading', { name: 'Claims it makes (1)' })
      .nextElementSibling as HTMLElement;
    await user.click(within(list).getByRole('button', { name: 'Iran supplies Russia (missiles)' }));
    expect(store.getState().selection).toEqual({
      kind: 'edge',
      id: 'iran-supplies-russia-missiles',
    });
  });

  it('lists the claims an entity disputes under their own heading', () => {
    renderWithStore(<DetailsPanel />, { selection: { kind: 'node', id: 'iran' } });
    expect(within(details()).getByRole('heading', { name: 'Claims it disputes (1)' }));
    expect(within(details()).queryByRole('heading', { name: /Claims it makes/ })).toBeNull();
  });

  it('shows no claims section for an entity that makes and disputes none', () => {
    renderWithStore(<DetailsPanel />, { selection: { kind: 'node', id: 'putin' } });
    expect(within(details()).queryByRole('heading', { name: /^Claims it/ })).toBeNull();
  });
});

describe('each passage once', () => {
  it('shows two spans of one sentence as one passage with both quotes marked', () => {
    const graph = sampleGraph();
    const russia = graph.nodes.find((node) => node.id === 'russia')!;
    russia.evidence = [span('Russia and Iran'), span('their alliance'), span('Putin leads Russia')];
    renderWithStore(<DetailsPanel />, {
      loaded: sampleLoaded(graph),
      selection: { kind: 'node', id: 'russia' },
    });
    expect(within(details()).getByRole('heading', { name: 'Supporting passages (2)' }));
    const quotes = [...details().querySelectorAll('.passages blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual([
      'Russia and Iran deepened their alliance.',
      'Putin leads Russia.',
    ]);
    expect([...quotes[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Russia and Iran',
      'their alliance',
    ]);
    expect(screen.getAllByRole('button', { name: 'Show in article' })).toHaveLength(2);
  });
});
