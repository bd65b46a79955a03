// The graph that ships with the app, loaded through the same loader the validator CLI
// uses. The file is imported as text, so a malformed file becomes a list of problems on
// the page instead of a build error or a blank screen. The app starts with the light path
// (startBundledGraph, no zod); this full loader runs in tests, in the benchmark's pages,
// and in the app when the light path has any doubt.
import { loadGraphText } from '../domain/loadGraph';
import type { LoadResult } from '../domain/types';
import { bundledGraphText, readBundledSource } from './bundledSource';

export { BUNDLED_GRAPH_NAME } from './bundledSource';

export function loadBundledGraph(): LoadResult {
  return loadGraphText(bundledGraphText, readBundledSource);
}
