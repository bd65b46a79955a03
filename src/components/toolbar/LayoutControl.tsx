// "Layout": how the entities are arranged, and "Reset layout" to forget dragged positions
// and arrange them afresh. Choosing the current layout again also re-runs it. Compact, so
// the view toolbar stays one row: the select shows the layout's name (its label "Layout"
// is for screen readers and the tooltip), Reset is an icon with its name and a tooltip.
import { useId } from 'react';
import { ResetIcon } from './icons';
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
      <label htmlFor={id} className="visually-hidden">
        Layout
      </label>
      <select
        id={id}
        title="Layout"
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
      <button
        type="button"
        className="view-toolbar__icon"
        aria-label="Reset layout"
        title="Reset layout (forget dragged positions)"
        disabled={disabled}
        onClick={resetLayout}
      >
        <ResetIcon />
      </button>
    </span>
  );
}
