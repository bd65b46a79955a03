// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { applyUrlView } from '../../src/store/urlView';
import { defaultUrlView } from '../../src/domain/viewHash';
import { PathPanel } from '../../src/components';
import { FindPathButton } from '../../src/components/path/FindPathButton';
import { renderWithStore } from './renderWithStore';

const region = () => screen.getByRole('region', { name: 'Path' });
const from = () => within(region()).getByRole('combobox', { name: 'From' });
const to = () => within(region()).getByRole('combobox', { name: 'To' });
const disclosure = () => screen.getByRole('button', { name: 'Find a path…' });
/** The panel starts folded: open it the way a reader does. */
async function openPanel(user: ReturnType<typeof renderWithStore>['user']) {
  await user.click(disclosure());
}

describe('PathPanel', () => {
  it('starts folded behind "Find a path…", which opens and folds it again', async () => {
    const { user } = renderWithStore(<PathPanel />);
    expect(disclosure()).toHaveAttribute('aria-expanded', 'false');
    expect(within(region()).queryByRole('combobox', { name: 'From' })).toBeNull();
    await user.click(disclosure());
    expect(disclosure()).toHaveAttribute('aria-expanded', 'true');
    expect(from()).toBeVisible();
    await user.click(disclosure());
    expect(disclosure()).toHaveAttribute('aria-expanded', 'false');
    expect(within(region()).queryByRole('combobox', { name: 'To' })).toBeNull();
  });

  it('opens by itself when a link carries a path', () => {
    const { store } = renderWithStore(<PathPanel />);
    const path = { from: 'putin', to: 'iran', directed: false };
    act(() => applyUrlView(store, { ...defaultUrlView, path }));
    expect(disclosure()).toHaveAttribute('aria-expanded', 'true');
    expect(from()).toHaveValue('Vladimir Putin');
  });

  it('finds entities by alias in From and To and reads the path hop by hop', async () => {
    const { user, store } = renderWithStore(<PathPanel />);
    await openPanel(user);
    await user.type(from(), 'Putin');
    await user.keyboard('{Enter}');
    await user.type(to(), 'U.S.');
    await user.keyboard('{Enter}');
    expect(store.getState().path).toMatchObject({ from: 'putin', to: 'united-states' });
    const hops = within(screen.getByRole('list', { name: 'Hops of the path shown' })).getAllByRole(
      'listitem',
    );
    expect(hops.map((h) => h.querySelector('.path-hop__sentence')?.textContent)).toEqual([
      'Vladimir Putin leads Russia',
      'Iran allies with Russia',
      'United States accuses Iran',
    ]);
    expect(hops[0]).toHaveTextContent('‘Putin leads Russia’');
    expect(screen.getByText(/shown: 3 hops, weakest link/)).toHaveTextContent(
      'One path · shown: 3 hops, weakest link stated',
    );
  });

  it('says plainly when the filters leave no connection', async () => {
    const { user, store } = renderWithStore(<PathPanel />, {
      filters: { hiddenRelationTypes: ['accuses'] },
    });
    await openPanel(user);
    store.getState().setPathFrom('putin');
    store.getState().setPathTo('united-states');
    expect(await screen.findByText('No connection with the current filters.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Hops of the path shown' })).toBeNull();
  });

  it('selecting a hop selects its relation; Clear path empties both ends', async () => {
    const { user, store } = renderWithStore(<PathPanel />);
    await openPanel(user);
    store.getState().setPathFrom('putin');
    store.getState().setPathTo('iran');
    await user.click(await screen.findByRole('button', { name: 'Iran allies with Russia' }));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'iran-allies-russia' });
    await user.click(screen.getByRole('button', { name: 'Clear path' }));
    expect(store.getState().path).toMatchObject({ from: null, to: null });
    expect(from()).toHaveValue('');
  });

  it('"Find a path from here" fills From and moves focus to To', async () => {
    const { user } = renderWithStore(
      <>
        <FindPathButton nodeId="iran" />
        <PathPanel />
      </>,
    );
    expect(disclosure()).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Find a path from here' }));
    expect(disclosure()).toHaveAttribute('aria-expanded', 'true');
    expect(from()).toHaveValue('Iran');
    expect(to()).toHaveFocus();
  });
});
