// @vitest-environment jsdom
// A bundle opened in the details panel: every relation between the two entities, grouped
// by type with its status, each selectable, with expand/collapse and a way back.
import { act, screen, within } from '@testing-library/react';
import { DetailsPanel } from '../../src/components';
import { renderWithStore } from './renderWithStore';

const BUNDLE = 'bundle:iran~russia';
const details = () => screen.getByRole('complementary', { name: 'Details' });

describe('BundleDetails', () => {
  it('lists every relation between the two, by type, with statuses and the mix', async () => {
    const { store, user } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().openBundle(BUNDLE));
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Iran and Russia',
    );
    expect(details()).toHaveTextContent('4 relations: 2 stated, 1 reported, 1 denied');
    expect(details()).toHaveTextContent('Contested: a party disputes one of them.');
    const groups = within(details()).getAllByRole('heading', { level: 3 });
    expect(groups.map((h) => h.textContent)).toEqual([
      'supplies (2)',
      'allies with (1)',
      'rivals with (1)',
    ]);
    const supplies = within(details()).getByRole('region', { name: 'supplies (2)' });
    const rows = within(supplies).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Iran supplies Russia (drones) reported',
      'Iran supplies Russia (missiles) ⚠denied',
    ]);

    await user.click(screen.getByRole('button', { name: 'Iran supplies Russia (missiles)' }));
    expect(store.getState().selection).toEqual({
      kind: 'edge',
      id: 'iran-supplies-russia-missiles',
    });
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Iran supplies Russia',
    );
    await user.click(
      screen.getByRole('button', { name: 'All 4 relations between Iran and Russia' }),
    );
    expect(store.getState().selection).toBeNull();
    expect(store.getState().openedBundle).toBe(BUNDLE);
  });

  it('expands the bundle on the graph and collapses it back', async () => {
    const { store, user } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().openBundle(BUNDLE));
    await user.click(screen.getByRole('button', { name: 'Expand on the graph' }));
    expect(store.getState().expandedBundles).toEqual([BUNDLE]);
    await user.click(screen.getByRole('button', { name: 'Collapse into one line on the graph' }));
    expect(store.getState().expandedBundles).toEqual([]);
  });

  it('marks relations the filters hide, and closes', async () => {
    const { store, user } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().openBundle(BUNDLE));
    act(() => store.getState().toggleRelationType('rivals_with'));
    const rivals = within(details()).getByRole('region', { name: 'rivals with (1)' });
    expect(within(rivals).getByRole('listitem')).toHaveTextContent(/hidden$/);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().openedBundle).toBeNull();
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Nothing selected',
    );
  });

  it('closes when something else is selected elsewhere', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().openBundle(BUNDLE));
    act(() => store.getState().selectEntity('putin', 'canvas'));
    expect(store.getState().openedBundle).toBeNull();
    expect(screen.queryByRole('button', { name: /^All 4 relations/ })).toBeNull();
  });
});
