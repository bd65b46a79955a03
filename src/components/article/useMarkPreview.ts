// The hover/focus preview of a passage: which mark shows its tooltip, with a short grace
// period so the pointer can move onto the tooltip (WCAG 1.4.13), and the store's hover set
// to what the passage supports first, so the canvas highlights it too.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand';
import type { Piece } from '../../domain/articleBlocks';
import type { AppStore } from '../../store/appStore';

const GRACE_MS = 150;

export type Anchored = { piece: Piece; anchor: HTMLElement };

export function useMarkPreview(store: StoreApi<AppStore>) {
  const [preview, setPreview] = useState<Anchored | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Focus we move ourselves (back from the menu, "Show in article") should not pop a preview.
  const quiet = useRef(false);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  const show = useCallback(
    (piece: Piece, anchor: HTMLElement) => {
      if (quiet.current) return;
      clearTimeout(hideTimer.current);
      setPreview({ piece, anchor });
      store.getState().setHover(piece.supports[0] ?? null);
    },
    [store],
  );

  const hide = useCallback(
    (immediately: boolean) => {
      clearTimeout(hideTimer.current);
      const end = () => {
        setPreview(null);
        store.getState().setHover(null);
      };
      if (immediately) end();
      else hideTimer.current = setTimeout(end, GRACE_MS);
    },
    [store],
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
  const clear = useCallback(() => setPreview(null), []);

  return { preview, show, hide, keep, clear, focusQuietly };
}
