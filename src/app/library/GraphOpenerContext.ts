// Lets any control (Open graph…, the drop zone, the library's CSV import) open files or an
// address through the one opener the shell owns.
import { createContext, useContext } from 'react';
import type { GraphOpener } from './useGraphOpener';

export const GraphOpenerContext = createContext<GraphOpener | null>(null);

export function useGraphOpenerApi(): GraphOpener {
  const opener = useContext(GraphOpenerContext);
  if (!opener) throw new Error('useGraphOpenerApi must be used inside the app shell');
  return opener;
}
