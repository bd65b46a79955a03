// The article itself, with every piece of evidence highlighted. Reading and graph stay in
// step: hovering a passage previews what it supports (and highlights it on the canvas),
// clicking selects it — or, when it supports several things, offers a choice — and
// whatever is selected anywhere is emphasised and scrolled to here (usePassageFocus).
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { articleBlocks, type Piece } from '../../domain/articleBlocks';
import { segmentArticle } from '../../domain/passages';
import type { Ref } from '../../domain/refs';
import { textOf } from '../../domain/sourceTexts';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { selectTexts } from '../../store/selectors';
import { useGraph } from '../useGraph';
import { ArticleHeading } from './ArticleHeading';
import { ArticleText } from './ArticleText';
import { ArticleSelectionTools } from '../authoring/AuthoringSlots';
import { ChoiceMenu } from './ChoiceMenu';
import { MarkTooltip } from './MarkTooltip';
import { useFollowedSource } from './useFollowedSource';
import { useMarkPreview, type Anchored } from './useMarkPreview';
import { usePassageFocus } from './usePassageFocus';
import './ArticleReader.css';

export function ArticleReader() {
  const store = useStoreApi();
  const graph = useGraph();
  const texts = useAppStore(selectTexts);
  const selection = useAppStore((s) => s.selection);
  const selectionOrigin = useAppStore((s) => s.selectionOrigin);
  const hover = useAppStore((s) => s.hover);
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
  const [menu, setMenu] = useState<Anchored | null>(null);
  const preview = useMarkPreview(store);
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
      const [only, ...others] = piece.supports;
      if (only && others.length === 0) {
        setMenu(null);
        select(only);
      } else {
        setMenu((open) => (open?.piece.start === piece.start ? null : { piece, anchor }));
      }
    },
    [select, clearPreview],
  );

  const closeMenu = (returnFocus: boolean) => {
    const anchor = menu?.anchor;
    setMenu(null);
    if (returnFocus) focusQuietly(anchor);
  };

  // Stable objects, so the memoised text re-renders only when these really change.
  const menuMark = useMemo(
    () => (menu ? { start: menu.piece.start, id: menuId } : null),
    [menu, menuId],
  );
  const shown = preview.preview;
  const previewMark = useMemo(
    () => (shown ? { start: shown.piece.start, id: tooltipId } : null),
    [shown, tooltipId],
  );

  return (
    <section className="article-reader" aria-label="Article" id="article" tabIndex={-1}>
      <ArticleHeading sourceId={sourceId} onSourceChange={setSourceId} />
      <div
        ref={bodyRef}
        className="article-reader__body"
        onScroll={() => shown && preview.hide(true)}
      >
        {text ? (
          <ArticleText
            blocks={blocks}
            selection={selection}
            hover={hover}
            flash={flash}
            menu={menuMark}
            preview={previewMark}
            onActivate={onActivate}
            onPreview={preview.show}
            onPreviewEnd={preview.hide}
          />
        ) : (
          <p className="article-reader__missing">The text of this source is not available.</p>
        )}
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
          piece={menu.piece}
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
