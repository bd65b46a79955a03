// Below desktop widths the legend and filters leave the page's side column for a drawer
// opened from the header, so they are one tap from the top of the page (not 4,000 px
// down on a phone) and the graph keeps the width on a tablet. Opening moves focus into
// the drawer; Escape or its Close button returns it to the header button.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export function useFiltersDrawer() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return {
    open,
    toggle: {
      ref: toggleRef,
      'aria-expanded': open,
      'aria-controls': 'filters',
      onClick: () => setOpen((o) => !o),
    },
    closeButton: { ref: closeRef, onClick: close },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        close();
      }
    },
  };
}
