// The root: load the bundled graph (or show the problems that stopped it), open the
// library, then show the graph last opened. Every opened graph gets its own store and a
// fresh explorer (keyed by the opening), so switching graphs leaves nothing behind.
import { useState } from 'react';
import type { LoadResult } from '../domain/types';
import { BUNDLED_GRAPH_NAME, loadBundledGraph } from './bundledGraph';
import { Explorer } from './Explorer';
import { GraphProblems } from './GraphProblems';
import { LibraryShell } from './library/LibraryShell';
import { LibraryControls } from './library/LibraryControls';
import { ExportMenu } from './export/ExportMenu';
import { useSessionState } from './library/useSessionState';

export function App({ load = loadBundledGraph }: { load?: () => LoadResult }) {
  const [result] = useState(load);
  const { ready, session } = useSessionState(result.ok ? result.value : null);

  if (!result.ok) {
    return <GraphProblems file={BUNDLED_GRAPH_NAME} problems={result.problems} />;
  }
  if (!ready || !session) {
    return (
      <main className="app-starting" aria-busy="true">
        <p>Opening the library…</p>
      </main>
    );
  }
  return (
    <LibraryShell session={session} startUrl={ready.startUrl} startHash={ready.startHash}>
      <Explorer
        key={ready.opened.key}
        store={ready.opened.store}
        linkProblem={ready.notice}
        headerActions={
          <LibraryControls>
            <ExportMenu />
          </LibraryControls>
        }
      />
    </LibraryShell>
  );
}
