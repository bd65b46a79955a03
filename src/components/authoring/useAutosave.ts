// Autosave: after every edit, the document goes to the library (self-contained), so
// nothing is lost on a reload or a crash. Saves are chained, never concurrent, and only
// the newest document is written when edits come faster than the library answers.
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand';
import { selfContained } from '../../domain/selfContained';
import type { LoadedGraph } from '../../domain/types';
import type { GraphLibrary } from '../../storage';
import type { AppStore } from '../../store/appStore';

export type SaveState = 'saved' | 'saving' | 'failed';

export function useAutosave(store: StoreApi<AppStore>, library: GraphLibrary | null): SaveState {
  const [state, setState] = useState<SaveState>('saved');
  useEffect(() => {
    if (!library) return;
    let pending: LoadedGraph | null = null;
    let running = false;
    const flush = async () => {
      running = true;
      while (pending) {
        const loaded = pending;
        pending = null;
        try {
          await library.put({ id: store.getState().graphId, graph: selfContained(loaded) });
          setState(pending ? 'saving' : 'saved');
        } catch (error) {
          console.error('autosave failed', error);
          setState('failed');
        }
      }
      running = false;
    };
    return store.subscribe((s, prev) => {
      if (s.loaded === prev.loaded || s.graphId !== prev.graphId) return;
      pending = s.loaded;
      setState('saving');
      if (!running) void flush();
    });
  }, [store, library]);
  return state;
}
