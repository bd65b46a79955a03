// The browser benchmark's pure parts: its synthetic graphs load cleanly through the app's
// loader, and several runs reduce to their medians.
import { loadGraph } from '../../src/domain/loadGraph';
import { syntheticGraph } from '../bench/syntheticGraph';
import { median } from '../../scripts/bench-browser/table';

describe('syntheticGraph', () => {
  it('is valid for the loader, with the requested number of entities and relations', () => {
    const graph = syntheticGraph(230, 4);
    const result = loadGraph(graph, () => undefined);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(graph.nodes).toHaveLength(230);
    // A pair taken by every relation type is skipped, so allow a few fewer than 4 × 230.
    expect(graph.edges.length).toBeGreaterThan(900);
    expect(graph.edges.length).toBeLessThanOrEqual(920);
  });
});

describe('median', () => {
  it('takes each figure’s middle value and keeps an error from any run', () => {
    const runs = [
      { name: 'g', kind: 'app' as const, firstDrawMs: 300, searchMs: 9 },
      { name: 'g', kind: 'app' as const, firstDrawMs: 100, searchMs: 7, error: 'slow' },
      { name: 'g', kind: 'app' as const, firstDrawMs: 200 },
    ];
    const m = median(runs);
    expect(m.firstDrawMs).toBe(200);
    expect(m.searchMs).toBe(7);
    expect(m.error).toBe('slow');
    expect(m.selectMs).toBeUndefined();
  });
});
