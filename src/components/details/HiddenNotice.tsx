// Says so when the selected element is hidden by the filters (say, reached through search),
// with a way to bring it back on the canvas.
import type { Selection } from '../../domain/types';
import { useAppStore } from '../../store/StoreProvider';
import { selectVisible } from '../../store/selectors';

export function HiddenNotice({ selection }: { selection: NonNullable<Selection> }) {
  const hidden = useAppStore((s) => {
    const visible = selectVisible(s);
    return !(selection.kind === 'node' ? visible.nodes : visible.edges).has(selection.id);
  });
  const resetFilters = useAppStore((s) => s.resetFilters);
  if (!hidden) return null;
  return (
    <p className="details__notice">
      Hidden on the graph by the current filters.{' '}
      <button type="button" className="link-button" onClick={resetFilters}>
        Reset filters
      </button>
    </p>
  );
}
