// claimsOf: the claims an entity makes (attributedTo) and disputes (disputedBy).
import { claimsOf } from '../../src/domain/claims';
import { sampleGraph } from '../fixtures/sampleGraph';

const ids = (edges: { id: string }[]) => edges.map((edge) => edge.id);

it('lists the claims an entity makes and those it disputes', () => {
  const graph = sampleGraph();
  expect(ids(claimsOf(graph, 'united-states').makes)).toEqual(['iran-supplies-russia-missiles']);
  expect(ids(claimsOf(graph, 'united-states').disputes)).toEqual([]);
  expect(ids(claimsOf(graph, 'iran').disputes)).toEqual(['iran-supplies-russia-missiles']);
  expect(ids(claimsOf(graph, 'iran').makes)).toEqual([]);
});

it('keeps file order when an entity makes several claims', () => {
  const graph = sampleGraph();
  graph.edges[1]!.attributedTo = ['united-states']; // drones, before missiles in the file
  expect(ids(claimsOf(graph, 'united-states').makes)).toEqual([
    'iran-supplies-russia-drones',
    'iran-supplies-russia-missiles',
  ]);
});
