// The middle of the page: the graph canvas, or the table view in its place. The canvas
// stays mounted while the table shows (hidden), so its positions and camera survive a
// round trip; the table is loaded only when first asked for.
import { lazy, Suspense } from 'react';
import { GraphCanvas } from '../graph';
import { useAppStore } from '../store/StoreProvider';

const TableView = lazy(() =>
  import('../components/table/TableView').then((m) => ({ default: m.TableView })),
);

export function CanvasOrTable() {
  const view = useAppStore((s) => s.view);
  return (
    <>
      <div className="app-canvas-layer" hidden={view !== 'graph'}>
        <GraphCanvas />
      </div>
      {view === 'table' && (
        <Suspense fallback={<p className="app-loading">Loading the table…</p>}>
          <TableView />
        </Suspense>
      )}
    </>
  );
}
