// Below desktop widths the legend and filters leave the page's side column for a drawer
// opened from the header, so they are one tap from the top of the page (not 4,000 px
// down on a phone) and the graph keeps the width on a tablet. Opening moves focus into
// the drawer; Escape or its Close button returns it to the header button.
// `pathRequest` (the store's count of "Find a path from here"): each new request opens the
// drawer, where the Path panel lives, and leaves focus to the panel's "To" — on a phone the
// button would otherwise fill a panel nobody can see.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export function useFiltersDrawer(pathRequest = 0) {
  const [open, setOpen] = useState(false);
  const [byPath, setByPath] = useState(false);
  const [seenRequest, setSeenRequest] = useState(pathRequest);
  if (seenRequest !== pathRequest) {
    // React's "adjust state when a prop changes": opened in the same render as the panel.
    setSeenRequest(pathRequest);
    if (pathRequest > 0) {
      setOpen(true);
      setByPath(true);
    }
  }
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open && !byPath) closeRef.current?.focus();
  }, [open, byPath]);

  const close = () => {
    setOpen(false);
    setByPath(false);
    toggleRef.current?.focus();
  };

  return {
    open,
    toggle: {
      ref: toggleRef,
      'aria-expanded': open,
      'aria-controls': 'filters',
      onClick: () => {
        setByPath(false);
        setOpen((o) => !o);
      },
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
