// The graph that ships with the app, loaded through the same loader the validator CLI
// uses. The file is imported as text, so a malformed file becomes a list of problems on
// the page instead of a build error or a blank screen.
import graphText from '../../graph-data/iran-russia-alliance.json?raw';
import { loadGraphText } from '../domain/loadGraph';
import type { LoadResult } from '../domain/types';

const sourceFiles = import.meta.glob<string>('../../graph-data/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const BUNDLED_GRAPH_NAME = 'graph-data/iran-russia-alliance.json';

export function loadBundledGraph(): LoadResult {
  return loadGraphText(graphText, (path) => sourceFiles[`../../graph-data/${path}`]);
}
