import { graphCounts, selfContained } from '../../src/domain/selfContained';
import { loadGraph } from '../../src/domain/loadGraph';
import { loadBundledGraph } from '../../src/app/bundledGraph';
import { sampleGraph } from '../fixtures/sampleGraph';

describe('selfContained', () => {
  it('embeds file sources as text, so the graph loads with no files at all', () => {
    const result = loadBundledGraph();
    if (!result.ok) throw new Error('bundled graph should load');
    expect(result.value.graph.sources[0]!.file).toBe('iran-russia-alliance.txt');
    const graph = selfContained(result.value);
    expect(graph.sources[0]).not.toHaveProperty('file');
    expect(graph.sources[0]!.text).toBe(result.value.texts[graph.sources[0]!.id]);
    expect(graph).not.toHaveProperty('$schema');
    const reloaded = loadGraph(graph, () => undefined);
    expect(reloaded.ok ? [] : reloaded.problems).toEqual([]);
    // the input is left as it was
    expect(result.value.graph.sources[0]!.file).toBe('iran-russia-alliance.txt');
  });

  it('refuses a graph whose file source has no resolved text', () => {
    const g = sampleGraph();
    g.sources = [{ id: 'article', title: 'A', file: 'a.txt' }];
    expect(() => selfContained({ graph: g, texts: {} })).toThrow(/"article" has no resolved text/);
  });

  it('counts entities and relations', () => {
    expect(graphCounts(sampleGraph())).toEqual({ entities: 4, relations: 6 });
  });
});
