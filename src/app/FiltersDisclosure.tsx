// Filters fold away on narrow screens, where the graph and the details matter more;
// on a desktop they start open.
import { useState, type ReactNode } from 'react';

const WIDE = '(min-width: 901px)';

export function FiltersDisclosure({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(() => window.matchMedia?.(WIDE).matches ?? true);
  return (
    <details
      className="app-filters-disclosure"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Filters</summary>
      {children}
    </details>
  );
}
