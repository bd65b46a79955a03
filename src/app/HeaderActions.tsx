// The header's secondary actions (library, open, export, authoring). On desktop they sit in
// the header's row; below desktop widths they fold behind one "More" button (a disclosure:
// aria-expanded, Escape or a click elsewhere closes it, focus goes to the first action), so
// the header stays one short row on tablets and phones. Choosing an action keeps the panel
// open: a dialog the action opens lives inside it and must stay rendered.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function HeaderActions({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);

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
      className="header-actions"
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
    </div>
  );
}
