// @vitest-environment jsdom
// A mark that supports several things opens its menu only where choosing is needed; the
// article is calm until something is selected, and then the selection's passages stand out.
import { act, screen, waitFor, within } from '@testing-library/react';
import { ArticleReader } from '../../src/components';
import { bundleId } from '../../src/domain/bundles';
import { sampleGraph, sampleLoaded, span } from '../fixtures/sampleGraph';
import { renderWithStore } from './renderWithStore';

const mark = (name: RegExp) => screen.getByRole('button', { name });
const DRONES = /^Iran reportedly supplied Russia with drones — /;
const IRAN_RUSSIA = bundleId('iran', 'russia');

/** The sample, where one passage supports two Iran–Russia relations and nothing else. */
function twoRelationPassage() {
  const graph = sampleGraph();
  const alliance = span('Russia and Iran deepened their alliance');
  graph.nodes = graph.nodes.map((n) =>
    n.id === 'russia' ? { ...n, evidence: [span('Putin leads Russia')] } : n,
  );
  graph.edges = graph.edges.map((e) =>
    e.id === 'russia-rivals-iran' ? { ...e, evidence: [...e.evidence, alliance] } : e,
  );
  return sampleLoaded(graph);
}

describe('clicking a mark', () => {
  it('steps from the selected entity to the one relation the passage adds, no menu', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().selectEntity('iran'));
    expect(mark(DRONES)).not.toHaveAttribute('aria-haspopup');
    await user.click(mark(DRONES));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'iran-supplies-russia-drones' });
  });

  it('previews on the canvas what the click would select', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().selectEntity('iran'));
    await user.hover(mark(DRONES));
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Click to show Iran supplies Russia (drones)',
    );
    expect(store.getState().hover).toEqual({ kind: 'edge', id: 'iran-supplies-russia-drones' });
  });

  it('does the same from the keyboard', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().selectEntity('iran'));
    act(() => mark(DRONES).focus());
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'iran-supplies-russia-drones' });
  });

  it('keeps a selected relation when its passage holds only it and its ends', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().selectRelation('iran-supplies-russia-drones'));
    await user.hover(mark(DRONES));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Part of what is selected');
    await user.click(mark(DRONES));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'iran-supplies-russia-drones' });
  });

  it('says so, politely, and flashes the passage when a click keeps the selection', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().selectRelation('iran-supplies-russia-drones'));
    const said = 'Already showing Iran supplies Russia (drones)';
    expect(screen.queryByText(said)).toBeNull();
    await user.click(mark(DRONES));
    const notice = within(screen.getByRole('region', { name: 'Article' })).getByText(said);
    expect(notice).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(mark(DRONES)).toHaveClass('is-flashing'));
  });

  it('selects directly when the filters leave one of its things visible', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().toggleRelationType('supplies'));
    await user.click(mark(DRONES));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
  });

  it('opens the bundle its relations are drawn in, then steps through them', async () => {
    const { user, store } = renderWithStore(<ArticleReader />, { loaded: twoRelationPassage() });
    const alliance = mark(/^Russia and Iran deepened their alliance — /);
    expect(alliance).not.toHaveAttribute('aria-haspopup');
    await user.hover(alliance);
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Click to list the relations between Iran and Russia',
    );
    expect(store.getState().hover).toEqual({ kind: 'edge', id: IRAN_RUSSIA }); // lit on the canvas
    await user.click(alliance);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(store.getState().openedBundle).toBe(IRAN_RUSSIA);
    await user.click(alliance);
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'iran-allies-russia' });
    await user.click(alliance);
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'russia-rivals-iran' });
  });

  it('still offers the choice when the click is ambiguous, and says so', async () => {
    const { user } = renderWithStore(<ArticleReader />);
    await user.hover(mark(DRONES));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Click to choose what to show');
    await user.click(mark(DRONES));
    const menu = screen.getByRole('menu', { name: 'This passage supports' });
    expect(within(menu).getAllByRole('menuitem')).toHaveLength(2);
  });
});

describe('the hover preview', () => {
  it('lists only what the filters show, and says how many they hide', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().toggleRelationType('supplies'));
    await user.hover(mark(DRONES));
    const tooltip = screen.getByRole('tooltip');
    expect(
      within(tooltip)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Iran country', '1 more hidden by the filters']);
    expect(tooltip).toHaveTextContent('Click to show its details');
  });

  it('lists everything a passage supports when nothing is filtered', async () => {
    const { user } = renderWithStore(<ArticleReader />);
    await user.hover(mark(DRONES));
    const items = within(screen.getByRole('tooltip')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Iran country',
      'Iran supplies Russia (drones) reported',
    ]);
  });
});

describe('a calm article', () => {
  const strong = () =>
    [...document.querySelectorAll('mark.is-emphasised')].map((m) => m.textContent).join('|');

  it('emphasises nothing until something is selected, then only its passages', () => {
    const { store } = renderWithStore(<ArticleReader />);
    expect(strong()).toBe('');
    act(() => store.getState().selectEntity('putin'));
    expect(strong()).toBe('Putin leads Russia');
  });

  it('emphasises the passages of every relation in the bundle opened in the details', () => {
    const { store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().openBundle(IRAN_RUSSIA));
    expect(strong()).toBe(
      [
        'Russia and Iran deepened their alliance',
        'Iran reportedly supplied Russia with drones',
        'accused Iran',
        ' of sending missiles',
        ', a claim Tehran denies',
        'Russia and Iran have a history of rivalry',
      ].join('|'),
    );
  });

  it('lights the passages of a bundle hovered on the canvas', () => {
    const { store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().setHover({ kind: 'edge', id: IRAN_RUSSIA }));
    expect(document.querySelectorAll('mark.is-hovered')).toHaveLength(6);
  });

  it('draws hedged and contested passages with their own line', () => {
    renderWithStore(<ArticleReader />);
    expect(mark(DRONES)).toHaveClass('evidence--hedged');
    expect(mark(/^, a claim Tehran denies — /)).toHaveClass('evidence--contested');
    const plain = mark(/^Russia and Iran have a history of rivalry — /);
    expect(plain).not.toHaveClass('evidence--hedged');
    expect(plain).not.toHaveClass('evidence--contested');
  });
});
