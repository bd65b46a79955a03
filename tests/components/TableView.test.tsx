// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { TableView } from '../../src/components/table/TableView';
import { selectVisible } from '../../src/store/selectors';
import { renderWithStore } from './renderWithStore';

const table = (name: string) => screen.getByRole('table', { name });
const bodyRows = (name: string) => within(table(name)).getAllByRole('row').slice(1);
const firstCells = (name: string) =>
  bodyRows(name).map((r) => within(r).getAllByRole('cell')[0]!.textContent);

// jsdom lays nothing out: give scroll boxes a size so the virtualiser renders rows.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterAll(() => vi.restoreAllMocks());

describe('TableView', () => {
  it('lists exactly the visible entities and relations', () => {
    const { store } = renderWithStore(<TableView />);
    const visible = selectVisible(store.getState());
    expect(bodyRows('Entities')).toHaveLength(visible.nodes.size);
    expect(bodyRows('Relations')).toHaveLength(visible.edges.size);
    expect(table('Relations')).toHaveAttribute('aria-rowcount', String(6 + 1));
  });

  it('drops the rows of a relation type when it is hidden', () => {
    const { store } = renderWithStore(<TableView />);
    expect(firstCells('Relations')).toContain('accuses: sending missiles to Russia');
    act(() => store.getState().toggleRelationType('accuses'));
    expect(firstCells('Relations')).not.toContain('accuses: sending missiles to Russia');
    expect(bodyRows('Relations')).toHaveLength(5);
    expect(screen.getByRole('heading', { name: 'Relations (5)' })).toBeInTheDocument();
  });

  it('sorts by a column header, and again the other way', async () => {
    const { user } = renderWithStore(<TableView />);
    const name = within(table('Entities')).getByRole('columnheader', { name: /Name/ });
    expect(name).toHaveAttribute('aria-sort', 'none');
    await user.click(within(name).getByRole('button'));
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(firstCells('Entities')).toEqual(['Iran', 'Russia', 'United States', 'Vladimir Putin']);
    await user.click(within(name).getByRole('button'));
    expect(name).toHaveAttribute('aria-sort', 'descending');
    expect(firstCells('Entities')).toEqual(['Vladimir Putin', 'United States', 'Russia', 'Iran']);
  });

  it('choosing a row selects it everywhere, and the row shows it', async () => {
    const { user, store } = renderWithStore(<TableView />);
    await user.click(screen.getByRole('button', { name: 'Select Iran' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    const row = bodyRows('Entities').find((r) => r.textContent?.startsWith('Iran'));
    expect(row).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('button', { name: 'Select Vladimir Putin leads Russia' }));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'putin-leads-russia' });
  });
});
