// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { VirtualTable, type Column } from '../../src/components/table/VirtualTable';

beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterAll(() => vi.restoreAllMocks());

interface Row {
  id: string;
  name: string;
}
const columns: Column<Row, 'name'>[] = [
  { id: 'name', label: 'Name', width: '1fr', cell: (r) => r.name },
];

it('keeps only the rows in view in the DOM, however many there are', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, name: `Entity ${i}` }));
  render(
    <VirtualTable
      label="Big"
      rows={rows}
      columns={columns}
      order={null}
      onSort={() => {}}
      selectedId={null}
      onSelect={() => {}}
      rowName={(r) => r.name}
    />,
  );
  const table = screen.getByRole('table', { name: 'Big' });
  expect(table).toHaveAttribute('aria-rowcount', '10001');
  const rendered = within(table).getAllByRole('row').length - 1;
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(60);
  expect(within(table).getByText('Entity 0')).toBeInTheDocument();
});
