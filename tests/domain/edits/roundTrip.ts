// Shared by the edit tests: apply an edit, check what it did, then check that its inverse
// restores the original exactly (and that the input was never mutated).
import { expect } from 'vitest';
import { applyEdit } from '../../../src/domain/edits/applyEdit';
import type { Edit } from '../../../src/domain/edits/types';
import type { GraphFile } from '../../../src/domain/schema';
import { sampleGraph } from '../../fixtures/sampleGraph';

export function roundTrip(
  edit: Edit,
  expectation: (after: GraphFile) => void,
  graph = sampleGraph(),
): void {
  const frozen = structuredClone(graph);
  const { graph: after, inverse } = applyEdit(graph, edit);
  expect(graph).toEqual(frozen); // never mutated
  expectation(after);
  expect(after).not.toEqual(frozen);
  expect(applyEdit(after, inverse).graph).toEqual(frozen);
}

export const node = (g: GraphFile, id: string) => g.nodes.find((n) => n.id === id);
export const edge = (g: GraphFile, id: string) => g.edges.find((e) => e.id === id);
