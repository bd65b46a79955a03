// React access to the library and to "which graph is on screen": the header controls
// (Library, Open graph…, Export) and anything that makes graphs (authoring) use this to
// open a graph, instead of building stores themselves.
import { createContext, useContext } from 'react';
import type { LoadedGraph } from '../../domain/types';
import type { GraphLibrary } from '../../storage';

export interface GraphSession {
  library: GraphLibrary;
  /** False when IndexedDB is unavailable and graphs last only for this visit. */
  persistent: boolean;
  /** The id of the graph on screen (also the store's `graphId`). */
  currentId: string;
  /** Opens a stored graph; rejects (GraphOpenError) with problems when it cannot. */
  openStored(id: string): Promise<void>;
  /** Stores a graph that passed the loader and opens it (a new record unless `id` is given). */
  openLoaded(loaded: LoadedGraph, options?: { id?: string; origin?: string }): Promise<void>;
}

export const GraphSessionContext = createContext<GraphSession | null>(null);

export function useGraphSession(): GraphSession {
  const session = useContext(GraphSessionContext);
  if (!session) throw new Error('useGraphSession must be used inside the app shell');
  return session;
}
