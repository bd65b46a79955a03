// On a desktop the legend and filters are always shown; on a narrow screen, where the
// graph and the details matter more, they fold into a disclosure that starts closed.
import type { ReactNode } from 'react';
import { useMediaQuery } from './useMediaQuery';

export function FiltersDisclosure({ children }: { children: ReactNode }) {
  const wide = useMediaQuery('(min-width: 901px)');
  if (wide) return <>{children}</>;
  return (
    <details className="app-filters-disclosure">
      <summary>Legend and filters</summary>
      {children}
    </details>
  );
}
