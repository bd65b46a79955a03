import { articleOrder, timelinePositions } from '../../src/domain/articleOrder';
import { sampleGraph, SAMPLE_TEXT, span } from '../fixtures/sampleGraph';

describe('articleOrder', () => {
  it('orders entities by their first mention in the text', () => {
    // "Russia and Iran deepened…" (both at 0; file order breaks the tie), then
    // "The U.S. accused…", then "Putin leads Russia".
    expect(articleOrder(sampleGraph())).toEqual(['russia', 'iran', 'united-states', 'putin']);
    expect(SAMPLE_TEXT.indexOf('The U.S.')).toBeLessThan(SAMPLE_TEXT.indexOf('Putin'));
  });

  it('counts a mention in a relation passage as a mention of both ends', () => {
    const g = sampleGraph();
    const opening = span('Russia and Iran deepened their alliance');
    // Putin's own passage is last, but a relation of his now quotes the opening sentence.
    g.edges = g.edges.map((e) =>
      e.id === 'putin-leads-russia' ? { ...e, evidence: [opening] } : e,
    );
    expect(articleOrder(g)).toEqual(['russia', 'iran', 'putin', 'united-states']);
  });
});

it('lays a timeline out in rows, left to right', () => {
  const p = timelinePositions(['a', 'b', 'c', 'd', 'e'], { perRow: 2, dx: 100, dy: 50 });
  expect([...p.values()]).toEqual([
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 0, y: 50 },
    { x: 100, y: 50 },
    { x: 0, y: 100 },
  ]);
});
