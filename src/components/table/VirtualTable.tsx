// A sortable, virtualised ARIA table: only the rows in view are in the DOM, so 10,000 rows
// scroll as fast as 30. Column headers are buttons that sort (aria-sort says how); a row's
// first cell is a button that selects it, and the selected row is marked and kept in view.
import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SortOrder } from '../../domain/tableRows';

export interface Column<R, C extends string> {
  id: C;
  label: string;
  /** CSS grid track, e.g. "2fr" or "80px". */
  width: string;
  numeric?: boolean;
  cell: (row: R) => ReactNode;
}

interface Props<R extends { id: string }, C extends string> {
  label: string;
  rows: readonly R[];
  columns: readonly Column<R, C>[];
  order: SortOrder<C> | null;
  onSort: (order: SortOrder<C>) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Accessible name of the select button of a row, e.g. its name. */
  rowName: (row: R) => string;
}

const ROW_HEIGHT = 32;

export function VirtualTable<R extends { id: string }, C extends string>(props: Props<R, C>) {
  const { label, rows, columns, order, onSort, selectedId, onSelect, rowName } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler cannot memoise around the virtualizer's functions; this component is
  // cheap to re-render (only the rows in view), so it opts out knowingly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 800, height: 400 },
  });
  const template = columns.map((c) => c.width).join(' ');
  const selectedIndex = selectedId ? rows.findIndex((r) => r.id === selectedId) : -1;

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className="vtable">
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className="vtable__row vtable__head"
          style={{ gridTemplateColumns: template }}
        >
          {columns.map((c) => {
            const sorted = order?.column === c.id;
            return (
              <div
                key={c.id}
                role="columnheader"
                aria-sort={sorted ? (order.descending ? 'descending' : 'ascending') : 'none'}
                className={c.numeric ? 'vtable__num' : undefined}
              >
                <button
                  type="button"
                  className="vtable__sort"
                  onClick={() => onSort({ column: c.id, descending: sorted && !order.descending })}
                >
                  {c.label}
                  <span aria-hidden="true">{sorted ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} className="vtable__scroll">
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const selected = row.id === selectedId;
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={`vtable__row${selected ? ' is-selected' : ''}`}
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={() => onSelect(row.id)}
              >
                {columns.map((c, i) => (
                  <div key={c.id} role="cell" className={c.numeric ? 'vtable__num' : undefined}>
                    {i === 0 ? (
                      <button
                        type="button"
                        className="vtable__select"
                        aria-label={`Select ${rowName(row)}`}
                        aria-pressed={selected}
                        onClick={(e) => {
                          e.stopPropagation();
                          onSelect(row.id);
                        }}
                      >
                        {c.cell(row)}
                      </button>
                    ) : (
                      c.cell(row)
                    )}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
