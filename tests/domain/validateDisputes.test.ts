// disputeProblems through validateGraph, on variants of minimal-valid.json, whose last edge is
// the missile claim: denied, attributed to the United States.
import { validateGraph } from '../../src/domain/validate';
import { loadValidFixture } from '../fixtures/loadFixture';

function setup() {
  const { graph, texts } = loadValidFixture();
  const messages = () => validateGraph(graph, texts).map((p) => `${p.path}: ${p.message}`);
  const missiles = graph.edges[3]!;
  expect(missiles.id).toBe('iran-supplies-russia-missiles');
  return { graph, messages, missiles };
}

it('accepts a denied claim naming who denies it', () => {
  const { messages, missiles } = setup();
  missiles.disputedBy = ['iran'];
  expect(messages()).toEqual([]);
});

it('reports an unknown node in disputedBy, suggesting a near id', () => {
  const { messages, missiles } = setup();
  missiles.disputedBy = ['iram'];
  expect(messages()).toEqual([
    'edges[3].disputedBy[0]: no node with id "iram" (did you mean "iran"?)',
  ]);
});

it('reports a party that both makes and disputes the claim', () => {
  const { messages, missiles } = setup();
  missiles.disputedBy = ['iran', 'united-states'];
  expect(messages()).toEqual([
    'edges[3].disputedBy[1]: "united-states" is also in attributedTo: who makes a claim does not dispute it',
  ]);
});

it('reports a disputed claim whose status is not contested', () => {
  const { graph, messages } = setup();
  graph.edges[1]!.disputedBy = ['iran']; // drones: alleged
  expect(messages()).toEqual([
    'edges[1].disputedBy: the claim is disputed but its status "alleged" is not contested; ' +
      'use a status with "contested": true (denied)',
  ]);
});
