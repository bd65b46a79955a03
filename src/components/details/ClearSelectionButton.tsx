// A small "×" that clears the selection and returns the panel to its starting state. Named
// for what it does where it stands ("Clear selection"; "Close" on a bundle's panel).
import { useAppStore } from '../../store/StoreProvider';

export function ClearSelectionButton({ label = 'Clear selection' }: { label?: string }) {
  const clearSelection = useAppStore((s) => s.clearSelection);
  return (
    <button
      type="button"
      className="details__clear"
      aria-label={label}
      title={label}
      onClick={clearSelection}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}
