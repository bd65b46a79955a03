// The explorer's page layout: search and title on top; filters, canvas and the
// details/article column below. Panels are laid out here and nowhere else.
import { useCallback, useState, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { StoreProvider } from '../store/StoreProvider';
import {
  ArticleReader,
  DetailsPanel,
  FiltersPanel,
  GraphHeader,
  PathPanel,
  SizeByControl,
  ViewToolbar,
  SearchBox,
  StatusLine,
} from '../components';
import { useGlobalKeys } from './useGlobalKeys';
import { useHashSync } from './useHashSync';
import { useThemeSync } from './useThemeSync';
import { LinkNotice } from './LinkNotice';
import { useFiltersDrawer } from './useFiltersDrawer';
import { SkipLinks } from './SkipLinks';
import { HeaderActions } from './HeaderActions';
import { AuthoringBar } from '../components/authoring/AuthoringBar';
import { NewGraphButton } from '../components/authoring/NewGraphButton';
import { AuthoringSide } from '../components/authoring/AuthoringSlots';
import { CanvasOrTable } from './CanvasOrTable';

export function Explorer({
  store,
  linkProblem,
  headerActions,
  banner,
}: {
  store: StoreApi<AppStore>;
  linkProblem: string | null;
  /** A notice the shell puts under the header (the reader's copy of a link). */
  banner?: ReactNode;
  /** Controls the shell adds to the header (library, open, export). */
  headerActions?: ReactNode;
}) {
  const [notice, setNotice] = useState(linkProblem);
  const onProblem = useCallback((p: string | null) => setNotice(p), []);
  useGlobalKeys(store);
  useHashSync(store, onProblem);
  const drawer = useFiltersDrawer(useStore(store, (s) => s.pathRequest));
  useThemeSync(store);
  const editing = useStore(store, (s) => s.editing);

  return (
    <StoreProvider store={store}>
      <div className="app">
        <SkipLinks
          targets={[
            ['graph-canvas', 'Skip to the graph'],
            ['details', 'Skip to the details'],
            ['article', 'Skip to the article'],
          ]}
        />
        <header className="app-header">
          <GraphHeader />
          <button type="button" className="app-filters-toggle" {...drawer.toggle}>
            <span aria-hidden="true">☰ </span>Filters
          </button>
          {/* While editing, the title keeps its room: the actions fold behind "More" and
              only the editing controls stay in the row. */}
          <HeaderActions
            folded={editing}
            pinned={editing ? <AuthoringBar withNewGraph={false} /> : undefined}
          >
            {headerActions}
            {editing ? (
              // In the authoring bar's box, for its button looks.
              <div className="authoring-bar">
                <NewGraphButton />
              </div>
            ) : (
              <AuthoringBar />
            )}
          </HeaderActions>
          <div className="app-search">
            <SearchBox />
          </div>
        </header>
        {notice && <LinkNotice message={notice} onDismiss={() => setNotice(null)} />}
        {banner}
        <main className="app-main">
          <aside
            className={`app-filters${drawer.open ? ' is-open' : ''}`}
            aria-label="Filters"
            id="filters"
            onKeyDown={drawer.onKeyDown}
          >
            <button type="button" className="app-filters__close" {...drawer.closeButton}>
              Close filters
            </button>
            <FiltersPanel />
            <SizeByControl />
            <PathPanel />
          </aside>
          <section className="app-canvas" aria-label="Graph">
            <ViewToolbar />
            <div className="app-canvas-frame">
              <CanvasOrTable />
            </div>
            <StatusLine />
          </section>
          <div className="app-side">
            <AuthoringSide details={<DetailsPanel />} />
            <ArticleReader />
          </div>
        </main>
      </div>
    </StoreProvider>
  );
}
