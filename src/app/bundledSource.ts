// The bundled graph's text and its source files, imported into the app at build time. Kept
// apart from the loaders so the startup path (bundledGraph.ts) can choose the light one.
import graphText from '../../graph-data/iran-russia-alliance.json?raw';

const sourceFiles = import.meta.glob<string>('../../graph-data/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const BUNDLED_GRAPH_NAME = 'graph-data/iran-russia-alliance.json';

export { graphText as bundledGraphText };

/** A source file named in the bundled graph, relative to graph-data/. */
export const readBundledSource = (path: string): string | undefined =>
  sourceFiles[`../../graph-data/${path}`];
