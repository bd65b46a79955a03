// One control over every bundle of relations: expand them all in place on the canvas, or
// collapse them all back into one line per pair. Absent when the graph has no bundles.
import { bundlesOf } from '../domain/bundles';
import { useAppStore, useStoreApi } from '../store/StoreProvider';
import type { AppStore } from '../store/appStore';

const selectCounts = (s: AppStore) => bundlesOf(s.loaded.graph).list.length;

export function BundleControl() {
  const store = useStoreApi();
  const total = useAppStore(selectCounts);
  const allExpanded = useAppStore((s) => total > 0 && s.expandedBundles.length >= total);
  if (total === 0) return null;
  return (
    <button
      type="button"
      className="graph-bundles"
      title="Pairs of entities with several relations are drawn as one line; this shows each relation"
      onClick={() => {
        const state = store.getState();
        if (allExpanded) state.collapseAllBundles();
        else state.expandAllBundles();
      }}
    >
      {allExpanded ? 'Collapse all bundles' : 'Expand all bundles'}
    </button>
  );
}
