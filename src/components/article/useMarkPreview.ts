// The hover/focus preview of a passage: which mark shows its tooltip (in the reader's own
// UI store, so only that mark re-renders), with a short grace period so the pointer can
// move onto the tooltip (WCAG 1.4.13), and the store's hover set to what the passage
// supports first, so the canvas highlights it too.
import { useCallback, useEffect, useRef } from 'react';
import type { StoreApi } from 'zustand';
import type { Piece } from '../../domain/articleBlocks';
import { markAction, markPreviewTarget } from '../../domain/markAction';
import type { AppStore } from '../../store/appStore';
import { selectMarkContext } from '../../store/articleSelectors';
import type { MarkUi } from './markUi';

const GRACE_MS = 150;

export function useMarkPreview(store: StoreApi<AppStore>, ui: MarkUi) {
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Focus we move ourselves (back from the menu, "Show in article") should not pop a preview.
  const quiet = useRef(false);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  const show = useCallback(
    (piece: Piece, anchor: HTMLElement) => {
      if (quiet.current) return;
      clearTimeout(hideTimer.current);
      ui.setState({ preview: { piece, anchor } });
      const state = store.getState();
      const context = selectMarkContext(state);
      const action = markAction(piece.supports, context);
      state.setHover(markPreviewTarget(piece.supports, action, context));
    },
    [store, ui],
  );

  const hide = useCallback(
    (immediately: boolean) => {
      clearTimeout(hideTimer.current);
      const end = () => {
        ui.setState({ preview: null });
        store.getState().setHover(null);
      };
      if (immediately) end();
      else hideTimer.current = setTimeout(end, GRACE_MS);
    },
    [store, ui],
  );

  /** The pointer reached the tooltip: keep it open. */
  const keep = useCallback(() => clearTimeout(hideTimer.current), []);

  /** Focus an element without previewing it. */
  const focusQuietly = useCallback((el: HTMLElement | null | undefined) => {
    quiet.current = true;
    el?.focus({ preventScroll: true });
    quiet.current = false;
  }, []);

  /** Hide at once without touching the store's hover (a click is about to change things). */
  const clear = useCallback(() => ui.setState({ preview: null }), [ui]);

  return { show, hide, keep, clear, focusQuietly };
}
