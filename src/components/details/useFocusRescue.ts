// Keeps keyboard focus from falling to <body> when the panel's content is replaced. If
// focus was inside the panel (say, on a relation row that the new selection removes),
// it moves to the new heading. If focus is elsewhere — the canvas, the search box — it is
// left alone: selecting from there must not pull focus into this panel.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export function useFocusRescue(
  container: RefObject<HTMLElement | null>,
  target: RefObject<HTMLElement | null>,
  key: unknown,
) {
  const hadFocus = useRef(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onFocusIn = () => {
      hadFocus.current = true;
    };
    const onFocusOut = (e: FocusEvent) => {
      // relatedTarget is null when the focused element is removed: keep the flag then.
      if (e.relatedTarget instanceof Node && !el.contains(e.relatedTarget))
        hadFocus.current = false;
    };
    const onPointerDown = (e: Event) => {
      if (e.target instanceof Node && !el.contains(e.target)) hadFocus.current = false;
    };
    el.addEventListener('focusin', onFocusIn);
    el.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      el.removeEventListener('focusin', onFocusIn);
      el.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [container]);

  useLayoutEffect(() => {
    const el = container.current;
    const active = document.activeElement;
    if (!hadFocus.current || !el) return;
    if (active && active !== document.body && el.contains(active)) return;
    target.current?.focus({ preventScroll: true });
  }, [container, target, key]);
}
