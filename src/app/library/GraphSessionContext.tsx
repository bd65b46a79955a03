// React access to the library and to "which graph is on screen": the header controls
// (Library, Open graph…, Export) and anything that makes graphs (authoring) use this to
// open a graph, instead of building stores themselves.
import { createContext, useContext } from 'react';
import type { LoadedGraph } from '../../domain/types';
import type { GraphLibrary } from '../../storage';

export interface OpenLoadedOptions {
  /** Replace this library record (and keep its dates) instead of adding one. */
  id?: string;
  /** Where the graph came from (file name, URL), shown in the library. */
  origin?: string;
  /** Keep `?graph=<this>` in the address (graphs opened from a URL). */
  graphParam?: string;
  /** The view hash (selection, …) to open the new graph with; none by default. */
  hash?: string;
  /** The graph is the version at its `?graph=` address (the library dates it so). */
  fromLink?: boolean;
  /** A message to show with the opened graph. */
  notice?: string;
}

export interface GraphSession {
  library: GraphLibrary;
  /** False when IndexedDB is unavailable and graphs last only for this visit. */
  persistent: boolean;
  /** The id of the graph on screen (also the store's `graphId`). */
  currentId: string;
  /** Opens a stored graph; rejects (GraphOpenError) with problems when it cannot. */
  openStored(id: string): Promise<void>;
  /** Stores a graph that passed the loader and opens it (a new record unless `id` is given). */
  openLoaded(loaded: LoadedGraph, options?: OpenLoadedOptions): Promise<void>;
}

export const GraphSessionContext = createContext<GraphSession | null>(null);

export function useGraphSession(): GraphSession {
  const session = useContext(GraphSessionContext);
  if (!session) throw new Error('useGraphSession must be used inside the app shell');
  return session;
}
