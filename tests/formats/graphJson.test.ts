import { loadGraphText } from '../../src/domain/loadGraph';
import { selfContained } from '../../src/domain/selfContained';
import { toGraphJson } from '../../src/formats/graphJson';
import { bundled, docOf, tricky } from './exportFixtures';

describe('toGraphJson', () => {
  it.each([
    ['the bundled graph', bundled],
    ['a graph with tricky text', tricky],
  ])('round-trips %s: opened again, it is the same graph', (_name, make) => {
    const loaded = make();
    const reopened = loadGraphText(toGraphJson(docOf(loaded)), () => undefined);
    expect(reopened.ok ? [] : reopened.problems).toEqual([]);
    if (!reopened.ok) return;
    expect(reopened.value.graph).toEqual(selfContained(loaded));
    expect(reopened.value.texts).toEqual(loaded.texts);
  });
});
