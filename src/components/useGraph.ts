// Shared hooks for reading the loaded graph and its derived lookups. The graph object
// only changes when a new graph is loaded, so these never cause extra renders.
import { looksOf, type Looks } from '../domain/appearance';
import type { GraphIndex } from '../domain/graphIndex';
import type { GraphFile } from '../domain/schema';
import { useAppStore } from '../store/StoreProvider';
import { selectGraph, selectIndex } from '../store/selectors';

export function useGraph(): GraphFile {
  return useAppStore(selectGraph);
}

export function useIndex(): GraphIndex {
  return useAppStore(selectIndex);
}

export function useLooks(): Looks {
  return looksOf(useGraph());
}
