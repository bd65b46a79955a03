// Benchmarks of the work done on every filter change, selection and keystroke, on the
// bundled graph and on a graph 30 times its size.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { noFilters, visibleElements } from '../../src/domain/filters';
import { loadGraphText } from '../../src/domain/loadGraph';
import { segmentArticle } from '../../src/domain/passages';
import { searchGraph } from '../../src/domain/search';
import type { LoadedGraph } from '../../src/domain/types';
import { syntheticLoaded } from './syntheticGraph';

const dir = new URL('../../graph-data/', import.meta.url);
const bundledText = readFileSync(new URL('iran-russia-alliance.json', dir), 'utf8');
const readSource = (p: string) => readFileSync(new URL(p, dir), 'utf8');
const loaded = loadGraphText(bundledText, readSource);
if (!loaded.ok) throw new Error('the bundled graph does not load');

const cases: [string, LoadedGraph][] = [
  ['bundled', loaded.value],
  ['synthetic ×1000 entities', syntheticLoaded(1000)],
];

for (const [name, { graph, texts }] of cases) {
  describe(name, () => {
    const firstType = graph.relationTypes[0]!.id;
    bench('visibleElements, one relation type hidden', () => {
      visibleElements(graph, { ...noFilters, hiddenRelationTypes: [firstType], hideOrphans: true });
    });
    bench('visibleElements, neighbourhood depth 2', () => {
      visibleElements(graph, { ...noFilters, focus: { nodeId: graph.nodes[0]!.id, depth: 2 } });
    });
    bench('segmentArticle', () => {
      const source = graph.sources[0]!.id;
      segmentArticle(graph, source, texts[source]!);
    });
    bench('searchGraph "ru"', () => {
      searchGraph(graph, 'ru');
    });
  });
}

describe('loading', () => {
  bench('loadGraphText on the bundled graph (parse, schema, every check)', () => {
    loadGraphText(bundledText, readSource);
  });
});
