// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { SearchBox } from '../../src/components';
import { NARROW_SEARCH } from '../../src/components/search/SearchBox';
import { renderWithStore } from './renderWithStore';

const box = () => screen.getByRole('combobox', { name: 'Search entities and relations' });
const options = () =>
  within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option');

describe('SearchBox', () => {
  it('is a collapsed combobox until something is typed', () => {
    renderWithStore(<SearchBox />);
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).toHaveAttribute(
      'aria-controls',
      screen.getByRole('listbox', { hidden: true }).id,
    );
  });

  it('finds an entity by an alias and says which alias matched', async () => {
    const { user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'teh');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    const iran = options().find((o) => o.textContent?.startsWith('Iran'));
    expect(iran).toBeDefined();
    expect(iran).toHaveTextContent('country · also “Tehran”');
  });

  it('says when an entity matched through its summary', async () => {
    const { user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'supplies');
    const iran = options().find((o) => o.textContent?.startsWith('Iran'));
    expect(iran).toHaveTextContent('country · in summary');
  });

  it('ArrowDown highlights a result and Enter selects it', async () => {
    const { user, store } = renderWithStore(<SearchBox />);
    await user.type(box(), 'teh');
    await user.keyboard('{ArrowDown}');
    const first = options()[0]!;
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(box()).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).toHaveValue('Iran');
    expect(box()).toHaveFocus();
  });

  it('lists entities before relations, and moves with the arrows both ways', async () => {
    const { user, store } = renderWithStore(<SearchBox />);
    await user.type(box(), 'russia');
    const titles = options().map((o) => o.querySelector('.search-option__title')?.textContent);
    expect(titles[0]).toBe('Russia');
    expect(titles.slice(1)).toContain('Iran supplies Russia (drones)');
    await user.keyboard('{ArrowUp}'); // from nothing, up goes to the last result
    expect(options().at(-1)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}'); // and wraps to the first
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    expect(store.getState().hover).toEqual({ kind: 'node', id: 'russia' });
  });

  it('Escape closes the list, then clears the text', async () => {
    const { user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'ru');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).toHaveValue('ru');
    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('');
  });

  it('clicking a result selects it, relations included', async () => {
    const { user, store } = renderWithStore(<SearchBox />);
    await user.type(box(), 'missiles');
    await user.click(screen.getByRole('option', { name: /Iran supplies Russia \(missiles\)/ }));
    expect(store.getState().selection).toEqual({
      kind: 'edge',
      id: 'iran-supplies-russia-missiles',
    });
  });

  it('Enter with nothing highlighted takes the first result', async () => {
    const { user, store } = renderWithStore(<SearchBox />);
    await user.type(box(), 'putin');
    expect(screen.getByText('2 results')).toHaveAttribute('aria-live', 'polite');
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'putin' });
    await user.clear(box());
    await user.type(box(), 'tehran');
    expect(screen.getByText('1 result')).toBeInTheDocument();
  });

  it('says "No matches" when nothing matches', async () => {
    const { user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'zzz');
    expect(screen.getByText('No matches')).toBeVisible();
    expect(screen.queryByRole('status')).toBeNull(); // the page's status is the status line
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('SearchBox on a phone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a placeholder that fits the narrow box while its name stays complete', () => {
    const matchMedia = (query: string) => ({
      matches: query === NARROW_SEARCH,
      addEventListener: () => {},
      removeEventListener: () => {},
    });
    vi.stubGlobal('matchMedia', matchMedia);
    renderWithStore(<SearchBox />);
    expect(box()).toHaveAttribute('placeholder', 'Search the graph');
  });

  it('keeps the long placeholder on wider screens', () => {
    renderWithStore(<SearchBox />);
    expect(box()).toHaveAttribute('placeholder', 'Search entities and relations');
  });
});
