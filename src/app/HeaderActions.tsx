// The header's secondary actions (library, open, export, authoring). On desktop they sit in
// the header's row; below desktop widths they fold behind one "More" button (a disclosure:
// aria-expanded, Escape or a click elsewhere closes it, focus goes to the first action), so
// the header stays one short row on tablets and phones. Choosing an action keeps the panel
// open: a dialog the action opens lives inside it and must stay rendered.
// While editing (`folded`), the actions fold behind "More" at every width and `pinned` (the
// editing controls: Done editing, Undo, Redo) stays in the row, so the title keeps room.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useMediaQuery } from '../components/useMediaQuery';

/** Below this the header has no room for the actions in its row. */
export const FOLD_ACTIONS = '(max-width: 1199px)';

interface Props {
  children: ReactNode;
  /** Fold the actions behind "More" at desktop widths too. */
  folded?: boolean;
  /** Controls kept in the header row, beside "More". */
  pinned?: ReactNode;
}

export function HeaderActions({ children, folded = false, pinned }: Props) {
  const [open, setOpen] = useState(false);
  const narrow = useMediaQuery(FOLD_ACTIONS);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  // Switching modes closes the panel (React's "adjust state when a prop changes").
  const [wasFolded, setWasFolded] = useState(folded);
  if (wasFolded !== folded) {
    setWasFolded(folded);
    setOpen(false);
  }
  const lastFolded = useRef(folded);
  useEffect(() => {
    if (lastFolded.current === folded) return;
    lastFolded.current = folded;
    // The Edit / Done editing toggle moved between the panel and the row and lost focus:
    // give it back to that toggle where it now shows, else to "More".
    if (document.activeElement && document.activeElement !== document.body) return;
    const toggle = wrapper.current?.querySelector<HTMLElement>('button[aria-pressed]');
    if (toggle && toggle.getClientRects().length > 0) toggle.focus();
    else button.current?.focus();
  }, [folded]);

  useEffect(() => {
    if (!open) return;
    wrapper.current?.querySelector<HTMLElement>(`[id="${panelId}"] button`)?.focus();
    const onPointer = (event: PointerEvent) => {
      // Modal dialogs opened from an action are DOM descendants: clicks in them stay inside.
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, panelId]);

  return (
    <div
      ref={wrapper}
      className={`header-actions${folded || narrow ? ' header-actions--folded' : ''}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="header-actions__more"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        More<span aria-hidden="true"> ▾</span>
      </button>
      <div id={panelId} className={`header-actions__panel${open ? ' is-open' : ''}`}>
        {children}
      </div>
      {pinned}
    </div>
  );
}
