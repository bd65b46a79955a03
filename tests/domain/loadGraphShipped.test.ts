// The bundled graph's light startup path: the same graph as the full loader when all is
// well, and "ask the full loader" (null) at the least doubt, never a half-checked graph.
import { readFileSync } from 'node:fs';
import { loadShippedGraphText } from '../../src/domain/loadGraphShipped';
import { loadGraphText } from '../../src/domain/loadGraph';
import { sampleGraph, SAMPLE_TEXT } from '../fixtures/sampleGraph';

const bundledText = readFileSync('graph-data/iran-russia-alliance.json', 'utf8');
const readBundled = (path: string) => readFileSync(`graph-data/${path}`, 'utf8');

it('gives the bundled graph exactly as the full loader does', () => {
  const light = loadShippedGraphText(bundledText, readBundled);
  const full = loadGraphText(bundledText, readBundled);
  expect(full.ok).toBe(true);
  expect(light).toEqual(full);
});

it('answers null when a cross-reference check finds a problem', () => {
  const graph = sampleGraph();
  graph.edges[0] = { ...graph.edges[0]!, target: 'nobody' };
  expect(loadShippedGraphText(JSON.stringify(graph), () => undefined)).toBeNull();
  // ...which the full loader then names.
  const full = loadGraphText(JSON.stringify(graph), () => undefined);
  expect(full.ok ? [] : full.problems.map((p) => p.message).join()).toMatch(/nobody/);
});

it('answers null when a source text cannot be read', () => {
  const graph = { ...sampleGraph(), sources: [{ id: 'article', title: 'A', file: 'a.txt' }] };
  expect(loadShippedGraphText(JSON.stringify(graph), () => undefined)).toBeNull();
  expect(loadShippedGraphText(JSON.stringify(graph), () => SAMPLE_TEXT)).not.toBeNull();
});

it.each([
  ['not JSON', '{ nope'],
  ['an array', '[]'],
  ['null', 'null'],
  ['nodes that are not a list', '{"version": 1, "sources": [], "nodes": "x", "edges": 3}'],
  ['an empty object', '{}'],
])('answers null, without throwing, for %s', (_name, text) => {
  expect(loadShippedGraphText(text, () => undefined)).toBeNull();
});
