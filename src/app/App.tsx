// The root: load the bundled graph (or show the problems that stopped it), open the
// library, then show the graph last opened. Every opened graph gets its own store and a
// fresh explorer (keyed by the opening), so switching graphs leaves nothing behind.
import { useEffect, useState } from 'react';
import type { LoadResult } from '../domain/types';
import { BUNDLED_GRAPH_NAME } from './bundledSource';
import { loadBundledGraphFully, startBundledGraph } from './startBundledGraph';
import { Explorer } from './Explorer';
import { GraphProblems } from './GraphProblems';
import { LibraryShell } from './library/LibraryShell';
import { LibraryControls } from './library/LibraryControls';
import { ExportMenu } from './export/ExportMenu';
import { useSessionState } from './library/useSessionState';
import { LinkCopyNotice } from './library/LinkCopyNotice';

/** `load` replaces the bundled graph (tests, the benchmark's synthetic graphs). */
export function App({ load }: { load?: () => LoadResult }) {
  // null while the full loader is fetched to explain what the light one found wrong.
  const [result, setResult] = useState<LoadResult | null>(() =>
    load ? load() : startBundledGraph(),
  );
  useEffect(() => {
    if (result) return;
    let live = true;
    void loadBundledGraphFully().then((full) => {
      if (live) setResult(full);
    });
    return () => {
      live = false;
    };
  }, [result]);
  const { ready, session } = useSessionState(result?.ok ? result.value : null);

  if (result && !result.ok) {
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
        banner={ready.linkCopy && <LinkCopyNotice copy={ready.linkCopy} />}
        headerActions={
          <LibraryControls>
            <ExportMenu />
          </LibraryControls>
        }
      />
    </LibraryShell>
  );
}
