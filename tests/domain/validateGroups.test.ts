// relationGroupProblems through validateGraph, on variants of minimal-valid.json: groups are
// optional, but once declared they must be unique, referenced correctly, cover every relation
// type and each hold one.
import { validateGraph } from '../../src/domain/validate';
import { loadValidFixture } from '../fixtures/loadFixture';

function setup() {
  const { graph, texts } = loadValidFixture();
  const messages = () => validateGraph(graph, texts).map((p) => `${p.path}: ${p.message}`);
  const group = (id: string) => ({ id, label: id, description: `The ${id} relations.` });
  /** Declares `military` and `diplomatic` and puts every relation type in one of them. */
  const grouped = () => {
    graph.relationGroups = [group('military'), group('diplomatic')];
    for (const type of graph.relationTypes)
      type.group = type.id === 'supplies' ? 'military' : 'diplomatic';
  };
  return { graph, messages, group, grouped };
}

it('accepts a graph without groups, as files written before groups existed', () => {
  const { graph, messages } = setup();
  expect(graph.relationGroups).toBeUndefined();
  expect(messages()).toEqual([]);
});

it('accepts a graph whose relation types all name a declared group', () => {
  const { messages, grouped } = setup();
  grouped();
  expect(messages()).toEqual([]);
});

it('reports a group that is not declared, suggesting a near id', () => {
  const { graph, messages, grouped } = setup();
  grouped();
  graph.relationTypes[0]!.group = 'militray';
  expect(messages()).toEqual([
    'relationTypes[0].group: no relation group with id "militray" (did you mean "military"?)',
    'relationGroups[0]: no relation type is in group "military": give it types or remove it',
  ]);
});

it('reports a group named when no groups are declared at all', () => {
  const { graph, messages } = setup();
  graph.relationTypes[0]!.group = 'military';
  expect(messages()).toEqual([
    'relationTypes[0].group: no relation group with id "military"; declare it in relationGroups',
  ]);
});

it('reports a duplicate group id, naming the first', () => {
  const { graph, messages, group, grouped } = setup();
  grouped();
  graph.relationGroups!.push(group('military'));
  expect(messages()).toEqual([
    'relationGroups[2].id: duplicate id "military"; first used at relationGroups[0]',
  ]);
});

it('reports a relation type left out of the groups once groups are declared', () => {
  const { graph, messages, grouped } = setup();
  grouped();
  delete graph.relationTypes[3]!.group;
  expect(messages()).toEqual([
    'relationTypes[3]: relation type "rivals_with" has no "group"; once relationGroups are ' +
      'declared, every relation type names one (declared: military, diplomatic)',
  ]);
});

it('reports a declared group that holds no relation type', () => {
  const { graph, messages, group, grouped } = setup();
  grouped();
  graph.relationGroups!.push(group('economic'));
  expect(messages()).toEqual([
    'relationGroups[2]: no relation type is in group "economic": give it types or remove it',
  ]);
});
