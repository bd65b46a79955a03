// Visible counts per type for the legend, memoised on the visible set (which the store's
// selectVisible already memoises), so the legend re-counts only when filters change.
import type { Visible } from '../../domain/filters';
import { countVisible, type VisibleCounts } from '../../domain/visibleCounts';
import type { AppStore } from '../../store/appStore';
import { selectVisible } from '../../store/selectors';

const cache = new WeakMap<Visible, VisibleCounts>();

export function selectVisibleCounts(s: AppStore): VisibleCounts {
  const visible = selectVisible(s);
  let counts = cache.get(visible);
  if (!counts) cache.set(visible, (counts = countVisible(s.loaded.graph, visible)));
  return counts;
}
