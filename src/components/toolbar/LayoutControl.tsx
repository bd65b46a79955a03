// "Layout": how the entities are arranged, and "Reset layout" to forget dragged positions
// and arrange them afresh. Choosing the current layout again also re-runs it.
import { useId } from 'react';
import { isLayoutId, LAYOUTS } from '../../domain/viewOptions';
import { useAppStore } from '../../store/StoreProvider';

export function LayoutControl() {
  const id = useId();
  const layout = useAppStore((s) => s.layout);
  const view = useAppStore((s) => s.view);
  const setLayout = useAppStore((s) => s.setLayout);
  const resetLayout = useAppStore((s) => s.resetLayout);
  const disabled = view !== 'graph';
  return (
    <span className="layout-control">
      <label htmlFor={id}>Layout</label>
      <select
        id={id}
        value={layout}
        disabled={disabled}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLayoutId(next)) setLayout(next);
        }}
      >
        {LAYOUTS.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
      <button type="button" disabled={disabled} onClick={resetLayout}>
        Reset layout
      </button>
    </span>
  );
}
