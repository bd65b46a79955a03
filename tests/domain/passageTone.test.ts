import { passageTone } from '../../src/domain/passageTone';
import type { Ref } from '../../src/domain/refs';
import { sampleGraph } from '../fixtures/sampleGraph';

const node = (id: string): Ref => ({ kind: 'node', id });
const edge = (id: string): Ref => ({ kind: 'edge', id });

describe('passageTone', () => {
  const graph = sampleGraph();
  it('is plain for entities and stated relations', () => {
    expect(passageTone(graph, [node('iran')])).toBe('plain');
    expect(passageTone(graph, [node('russia'), edge('iran-allies-russia')])).toBe('plain');
  });
  it('is hedged when a relation it supports is reported or alleged', () => {
    expect(passageTone(graph, [node('iran'), edge('iran-supplies-russia-drones')])).toBe('hedged');
  });
  it('is contested when any relation it supports is disputed: the least certain wins', () => {
    const supports = [edge('us-accuses-iran'), edge('iran-supplies-russia-missiles')];
    expect(passageTone(graph, supports)).toBe('contested');
    expect(passageTone(graph, [edge('iran-supplies-russia-drones'), ...supports])).toBe(
      'contested',
    );
  });
  it('ignores references the graph does not have', () => {
    expect(passageTone(graph, [edge('no-such-edge')])).toBe('plain');
  });
});
