import { claimStatus, relationTitle, selectionTitle } from '../../src/domain/describe';
import { indexGraph } from '../../src/domain/graphIndex';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();
const edge = (id: string) => indexGraph(graph).edgeById.get(id)!;

describe('describe', () => {
  it('reads a relation as a sentence with what exactly', () => {
    expect(relationTitle(graph, edge('iran-supplies-russia-drones'))).toBe(
      'Iran supplies Russia (drones)',
    );
    expect(relationTitle(graph, edge('iran-allies-russia'))).toBe('Iran allies with Russia');
  });

  it('says who makes a claim', () => {
    expect(claimStatus(graph, edge('iran-supplies-russia-missiles'))).toBe(
      'denied — according to United States',
    );
    expect(claimStatus(graph, edge('iran-allies-russia'))).toBe('stated');
  });

  it('names any selection', () => {
    expect(selectionTitle(graph, { kind: 'node', id: 'putin' })).toBe('Vladimir Putin');
    expect(selectionTitle(graph, { kind: 'edge', id: 'putin-leads-russia' })).toBe(
      'Vladimir Putin leads Russia',
    );
  });
});
