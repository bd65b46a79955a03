import { formatLocationHash, parseLocationHash } from '../../src/domain/locationHash';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();

describe('location hash', () => {
  it('round-trips a selection', () => {
    for (const sel of [
      { kind: 'node', id: 'iran' },
      { kind: 'edge', id: 'iran-supplies-russia-drones' },
    ] as const) {
      expect(parseLocationHash(formatLocationHash(sel), graph)).toEqual({
        selection: sel,
        problem: null,
      });
    }
  });

  it('treats an empty hash as no selection', () => {
    expect(parseLocationHash('', graph)).toEqual({ selection: null, problem: null });
    expect(formatLocationHash(null)).toBe('');
  });

  it('explains a garbage hash instead of failing', () => {
    expect(parseLocationHash('#<script>alert(1)</script>', graph).problem).toMatch(
      /not understood; expected #entity=/,
    );
    expect(parseLocationHash('#entity=%E0%A4%A', graph).problem).toMatch(/not valid URL encoding/);
  });

  it('explains a link to something not in the graph', () => {
    const result = parseLocationHash('#entity=atlantis', graph);
    expect(result.selection).toBeNull();
    expect(result.problem).toBe('The link names an entity "atlantis" that is not in this graph.');
    expect(parseLocationHash('#relation=iran', graph).problem).toMatch(/relation "iran"/);
  });
});
