// A small "×" that clears the selection and returns the panel to its starting state.
import { useAppStore } from '../../store/StoreProvider';

export function ClearSelectionButton() {
  const clearSelection = useAppStore((s) => s.clearSelection);
  return (
    <button
      type="button"
      className="details__clear"
      aria-label="Clear selection"
      title="Clear selection"
      onClick={clearSelection}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}
