// While a graph is read and checked: what, how far, and a way to stop.
import { formatBytes } from '../../domain/graphFiles';
import type { OpenBusy } from './useGraphOpener';

export function OpenProgress({ busy }: { busy: OpenBusy }) {
  const { progress } = busy;
  const reading = progress?.phase === 'reading' && progress.total > 0;
  const text =
    progress?.phase === 'checking'
      ? 'Checking the graph…'
      : reading
        ? `Reading ${formatBytes(progress.done)} of ${formatBytes(progress.total)}…`
        : 'Reading…';
  return (
    <div className="open-progress" role="status" aria-live="polite">
      <span className="open-progress__what">Opening {busy.what}</span>
      <progress
        aria-label={`Opening ${busy.what}`}
        max={reading ? progress.total : undefined}
        value={reading ? progress.done : undefined}
      />
      <span>{text}</span>
      <button type="button" onClick={busy.cancel}>
        Cancel
      </button>
    </div>
  );
}
