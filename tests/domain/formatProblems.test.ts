// The terminal lines of the validator: problems prefixed by file, and a valid graph's summary.
import { formatProblem, summarizeGraph } from '../../src/domain/formatProblems';
import { loadValidFixture } from '../fixtures/loadFixture';

it('prefixes each problem with its file, and its path when it has one', () => {
  expect(formatProblem('g.json', { path: 'edges[0]', message: 'bad' })).toBe(
    'g.json: edges[0]: bad',
  );
  expect(formatProblem('g.json', { path: '', message: 'the file is empty' })).toBe(
    'g.json: the file is empty',
  );
});

it('summarizes a graph by entities, relations and evidence spans', () => {
  const { graph } = loadValidFixture();
  expect(summarizeGraph(graph)).toBe('3 entities, 4 relations, 7 evidence spans');
  graph.nodes.splice(1);
  graph.edges.splice(1);
  expect(summarizeGraph(graph)).toBe('1 entity, 1 relation, 2 evidence spans');
});
