// While a big graph's layout runs in the background: how far it has got, and a button to
// stop it where it is. Nothing is shown for graphs laid out at once.
import { useAppStore, useStoreApi } from '../store/StoreProvider';

export function LayoutProgress() {
  const store = useStoreApi();
  const progress = useAppStore((s) => s.layoutProgress);
  if (progress === null) return null;
  const percent = Math.round(progress * 100);
  return (
    <div className="layout-progress">
      <label>
        <span className="layout-progress__label">Arranging the graph… {percent}%</span>
        <progress max={100} value={percent} />
      </label>
      <button type="button" onClick={() => store.getState().stopLayout()}>
        Stop layout
      </button>
    </div>
  );
}
