// When a click on a passage keeps the selection as it is (it is all part of what is already
// shown), the reader says so for a moment — "Already showing Iran" in a polite status line —
// and flashes the passage, instead of a click that seems to do nothing.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Piece } from '../../domain/articleBlocks';
import type { MarkUi } from './markUi';

const SHOWN_MS = 2500;

export function useKeptNotice(ui: MarkUi) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = useCallback(
    (piece: Piece, text: string) => {
      clearTimeout(timer.current);
      const flash = { start: piece.start, end: piece.end };
      // Cleared first so that a second click on the same passage flashes it again.
      ui.setState({ flash: null });
      requestAnimationFrame(() => ui.setState({ flash }));
      setMessage(text);
      timer.current = setTimeout(() => {
        setMessage('');
        if (ui.getState().flash === flash) ui.setState({ flash: null });
      }, SHOWN_MS);
    },
    [ui],
  );

  return useMemo(() => ({ message, show }), [message, show]);
}
