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

  it('says who claims and who denies, never putting the claimant before "denied"', () => {
    expect(claimStatus(graph, edge('iran-supplies-russia-missiles'))).toBe(
      'Claimed by United States · denied by Iran',
    );
    expect(claimStatus(graph, edge('iran-allies-russia'))).toBe('stated');
  });

  it('names the claimant of an uncontested claim after its status', () => {
    const g = sampleGraph();
    const drones = g.edges.find((e) => e.id === 'iran-supplies-russia-drones')!;
    drones.attributedTo = ['united-states', 'putin', 'russia'];
    expect(claimStatus(g, drones)).toBe('reported by United States, Vladimir Putin and Russia');
  });

  it('says a contested claim is contested even when the file names nobody', () => {
    const g = sampleGraph();
    const missiles = g.edges.find((e) => e.id === 'iran-supplies-russia-missiles')!;
    delete missiles.disputedBy;
    expect(claimStatus(g, missiles)).toBe('Claimed by United States · denied');
    delete missiles.attributedTo;
    missiles.disputedBy = ['iran'];
    expect(claimStatus(g, missiles)).toBe('denied by Iran');
  });

  it('names any selection', () => {
    expect(selectionTitle(graph, { kind: 'node', id: 'putin' })).toBe('Vladimir Putin');
    expect(selectionTitle(graph, { kind: 'edge', id: 'putin-leads-russia' })).toBe(
      'Vladimir Putin leads Russia',
    );
  });
});
