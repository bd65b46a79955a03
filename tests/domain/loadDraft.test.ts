import { anchorAt } from '../../src/domain/anchors';
import { loadDraft } from '../../src/domain/loadDraft';
import { loadGraph } from '../../src/domain/loadGraph';
import { reanchorGraph } from '../../src/domain/reanchorGraph';
import { sampleGraph, SAMPLE_TEXT } from '../fixtures/sampleGraph';

describe('loadDraft', () => {
  it('opens a draft whose only problems are orphaned passages', () => {
    const graph = sampleGraph();
    graph.nodes[3]!.evidence = [anchorAt('article', SAMPLE_TEXT, 0, 6)];
    const text = SAMPLE_TEXT.replace('Putin leads Russia. ', '');
    const draft = reanchorGraph(graph, 'article', text).graph;
    expect(loadGraph(draft, () => undefined).ok).toBe(false);
    const result = loadDraft(draft);
    expect(result.ok && result.value.texts.article).toBe(text);
  });

  it('refuses any other problem, as the loader does', () => {
    const graph = sampleGraph();
    graph.edges[0]!.status = 'rumoured';
    const result = loadDraft(graph);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.path).toBe('edges[0].status');
    expect(loadDraft({ version: 2 }).ok).toBe(false);
  });
});
