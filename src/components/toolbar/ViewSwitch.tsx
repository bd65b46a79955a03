// Graph or Table: two toggle buttons in a named group; the pressed one is the view shown.
import { VIEW_MODES, type ViewMode } from '../../domain/viewOptions';
import { useAppStore } from '../../store/StoreProvider';

const LABELS: Record<ViewMode, string> = { graph: 'Graph', table: 'Table' };

export function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <div role="group" aria-label="View" className="view-toolbar__segmented">
      {VIEW_MODES.map((mode) => (
        <button key={mode} type="button" aria-pressed={view === mode} onClick={() => setView(mode)}>
          {LABELS[mode]}
        </button>
      ))}
    </div>
  );
}
