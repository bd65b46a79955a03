// The bundled graph at startup: the light loader (no zod) when it finds nothing wrong,
// otherwise the full loader, fetched on demand, so the page lists the problems exactly as
// `npm run validate` would.
import { loadShippedGraphText } from '../domain/loadGraphShipped';
import type { LoadResult } from '../domain/types';
import { bundledGraphText, readBundledSource } from './bundledSource';

/** The checked graph at once, or null when the full loader must say what is wrong. */
export function startBundledGraph(): LoadResult | null {
  return loadShippedGraphText(bundledGraphText, readBundledSource);
}

export async function loadBundledGraphFully(): Promise<LoadResult> {
  const { loadBundledGraph } = await import('./bundledGraph');
  return loadBundledGraph();
}
