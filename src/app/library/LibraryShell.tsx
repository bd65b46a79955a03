// Around the explorer: the library session and the opener for every control below, the
// drop zone, progress while a graph loads, and the problems when it does not. Lives above
// the explorer, so it survives switching graphs.
import { useEffect, useRef, type ReactNode } from 'react';
import { GraphSessionContext, type GraphSession } from './GraphSessionContext';
import { GraphOpenerContext } from './GraphOpenerContext';
import { useGraphOpener } from './useGraphOpener';
import { useFileDrop } from './useFileDrop';
import { OpenProgress } from './OpenProgress';
import { OpenProblemsDialog } from './OpenProblemsDialog';

export function LibraryShell({
  session,
  startUrl,
  startHash,
  children,
}: {
  session: GraphSession;
  startUrl: string | null;
  /** The hash the page started with: the view to open the ?graph= graph in. */
  startHash: string;
  children: ReactNode;
}) {
  const { opener, busy, failure, dismissFailure } = useGraphOpener(session);
  const dragging = useFileDrop(opener ? opener.openFiles : null);

  // ?graph= is followed once per page load (refs survive StrictMode's effect replay).
  const followed = useRef(false);
  useEffect(() => {
    if (!opener || startUrl === null || followed.current) return;
    followed.current = true;
    opener.openUrl(startUrl, { hash: startHash });
  }, [opener, startUrl, startHash]);

  return (
    <GraphSessionContext.Provider value={session}>
      <GraphOpenerContext.Provider value={opener}>
        {children}
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop a graph file (with its text files) to open it</p>
          </div>
        )}
        {busy && <OpenProgress busy={busy} />}
        {failure && <OpenProblemsDialog failure={failure} onClose={dismissFailure} />}
      </GraphOpenerContext.Provider>
    </GraphSessionContext.Provider>
  );
}
