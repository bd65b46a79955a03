// The article itself, with every piece of evidence marked. Reading and graph stay in step:
// hovering a passage previews what it supports (and highlights it on the canvas), clicking
// acts on it — selects, steps within the selection, opens a bundle, or, only when choosing
// is needed, offers a choice (domain/markAction.ts) — and whatever is selected anywhere is
// emphasised and scrolled to here (usePassageFocus). Marks read their own state from a
// MarkHub that notifies only the marks a change concerns: hovering never re-renders the text.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { articleBlocks, type Piece } from '../../domain/articleBlocks';
import { keptMessage, markAction } from '../../domain/markAction';
import { indexMarks } from '../../domain/markIndex';
import { segmentArticle } from '../../domain/passages';
import type { Ref } from '../../domain/refs';
import { textOf } from '../../domain/sourceTexts';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { selectMarkContext } from '../../store/articleSelectors';
import { selectTexts } from '../../store/selectors';
import { useGraph } from '../useGraph';
import { ArticleHeading } from './ArticleHeading';
import { ArticleText } from './ArticleText';
import { ArticleSelectionTools } from '../authoring/AuthoringSlots';
import { ChoiceMenu } from './ChoiceMenu';
import { MarkTooltip } from './MarkTooltip';
import { createMarkHub, MarkHubContext } from './markHub';
import { createMarkUi } from './markUi';
import { useFollowedSource } from './useFollowedSource';
import { useKeptNotice } from './useKeptNotice';
import { useMarkPreview } from './useMarkPreview';
import { usePassageFocus } from './usePassageFocus';
import './ArticleReader.css';

export function ArticleReader() {
  const store = useStoreApi();
  const graph = useGraph();
  const texts = useAppStore(selectTexts);
  const selection = useAppStore((s) => s.selection);
  const selectionOrigin = useAppStore((s) => s.selectionOrigin);
  const articleFocus = useAppStore((s) => s.articleFocus);
  const [sourceId, setSourceId] = useFollowedSource(graph, texts, selection, articleFocus);
  const text = textOf(texts, sourceId) ?? '';
  const blocks = useMemo(
    () => articleBlocks(segmentArticle(graph, sourceId, text)),
    [graph, sourceId, text],
  );

  const bodyRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const menuId = useId();
  const [ui] = useState(() => createMarkUi({ tooltipId, menuId }));
  // Each mark's state, pushed to the marks a change concerns (markHub.ts).
  const hub = useMemo(() => createMarkHub(indexMarks(blocks), store, ui), [blocks, store, ui]);
  useEffect(() => hub.connect(), [hub]);
  const shown = useStore(ui, (s) => s.preview);
  const menu = useStore(ui, (s) => s.menu);
  const preview = useMarkPreview(store, ui);
  const { focusQuietly, clear: clearPreview } = preview;
  const flash = usePassageFocus({
    body: bodyRef,
    blocks,
    sourceId,
    selection,
    selectionOrigin,
    articleFocus,
    focusQuietly,
  });
  // Before paint, so the flash starts with the focus and scroll that come with it.
  useLayoutEffect(() => ui.setState({ flash }), [ui, flash]);
  const { message: keptText, show: showKept } = useKeptNotice(ui);

  const select = useCallback(
    (target: Ref) => {
      store.getState().select(target, 'article');
    },
    [store],
  );

  const onActivate = useCallback(
    (piece: Piece, anchor: HTMLElement) => {
      // A drag that selected words and ended on a mark is a text selection, not a click.
      const dragged = document.getSelection();
      if (dragged && !dragged.isCollapsed && bodyRef.current?.contains(dragged.anchorNode)) return;
      clearPreview();
      const open = ui.getState().menu;
      const context = selectMarkContext(store.getState());
      const action = markAction(piece.supports, context);
      if (action.kind === 'menu') {
        const same = open?.piece.start === piece.start;
        ui.setState({ menu: same ? null : { piece, anchor, choices: action.choices } });
        return;
      }
      ui.setState({ menu: null });
      if (action.kind === 'select') select(action.target);
      else if (action.kind === 'openBundle')
        store.getState().openBundle(action.bundleId, 'article');
      // Nothing changes: say so, and flash the passage, so the click is seen to be heard.
      else showKept(piece, keptMessage(context.graph, context));
    },
    [select, clearPreview, store, ui, showKept],
  );

  const closeMenu = (returnFocus: boolean) => {
    const anchor = menu?.anchor;
    ui.setState({ menu: null });
    if (returnFocus) focusQuietly(anchor);
  };

  return (
    <section
      className="article-reader"
      aria-label="Article"
      id="article"
      tabIndex={-1}
      data-popover-bounds=""
    >
      <ArticleHeading sourceId={sourceId} onSourceChange={setSourceId} />
      <div
        ref={bodyRef}
        className="article-reader__body"
        onScroll={() => shown && preview.hide(true)}
      >
        {text ? (
          <MarkHubContext.Provider value={hub}>
            <ArticleText
              blocks={blocks}
              onActivate={onActivate}
              onPreview={preview.show}
              onPreviewEnd={preview.hide}
            />
          </MarkHubContext.Provider>
        ) : (
          <p className="article-reader__missing">The text of this source is not available.</p>
        )}
      </div>
      {/* A polite live region, always in the page, so screen readers hear each message (not
          role="status": the page's status is the status line's). */}
      <div
        className="article-reader__kept"
        aria-live="polite"
        aria-atomic="true"
        data-shown={keptText !== ''}
      >
        {keptText}
      </div>
      {text && <ArticleSelectionTools body={bodyRef} sourceId={sourceId} text={text} />}
      {shown && !menu && (
        <MarkTooltip
          id={tooltipId}
          piece={shown.piece}
          anchor={shown.anchor}
          onPointerEnter={preview.keep}
          onPointerLeave={() => preview.hide(false)}
        />
      )}
      {menu && (
        <ChoiceMenu
          key={menu.piece.start}
          id={menuId}
          choices={menu.choices}
          anchor={menu.anchor}
          onChoose={(target) => {
            closeMenu(true);
            select(target);
          }}
          onClose={closeMenu}
        />
      )}
    </section>
  );
}
