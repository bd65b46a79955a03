import fc from 'fast-check';
import {
  defaultUrlView,
  formatViewHash,
  parseViewHash,
  type UrlView,
} from '../../src/domain/viewHash';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();

const full: UrlView = {
  selection: { kind: 'edge', id: 'iran-supplies-russia-drones' },
  filters: {
    hiddenRelationTypes: ['accuses', 'rivals_with'],
    hiddenEntityTypes: ['bloc'],
    hiddenStatuses: ['denied'],
    hideOrphans: true,
    focus: { nodeId: 'iran', depth: 2 },
  },
  path: { from: 'putin', to: 'united-states', directed: true },
  view: 'table',
  layout: 'circle',
  sizeBy: 'betweenness',
  step: 3,
  passage: {
    source: 'article',
    start: graph.edges[1]!.evidence[0]!.start,
    end: graph.edges[1]!.evidence[0]!.end,
  },
};

describe('view hash', () => {
  it('round-trips every part of the view', () => {
    const hash = formatViewHash(full);
    expect(parseViewHash(hash, graph)).toEqual({ view: full, problems: [] });
  });

  it('writes nothing for the default view, and old #entity= links still read', () => {
    expect(formatViewHash(defaultUrlView)).toBe('');
    expect(parseViewHash('#entity=iran', graph)).toEqual({
      view: { ...defaultUrlView, selection: { kind: 'node', id: 'iran' } },
      problems: [],
    });
  });

  it('reads a readable hash', () => {
    expect(
      formatViewHash({
        ...defaultUrlView,
        selection: { kind: 'node', id: 'iran' },
        filters: { ...defaultUrlView.filters, hiddenRelationTypes: ['accuses'] },
      }),
    ).toBe('#entity=iran&hide-relations=accuses');
  });

  it('keeps what it can of a half-broken link and names each problem', () => {
    const { view, problems } = parseViewHash(
      '#entity=iran&hide-relations=accuses,teleports&layout=spiral&step=zero&bogus=1',
      graph,
    );
    expect(view.selection).toEqual({ kind: 'node', id: 'iran' });
    expect(view.filters.hiddenRelationTypes).toEqual(['accuses']);
    expect(view.layout).toBeNull();
    expect(view.step).toBeNull();
    expect(problems).toEqual([
      'The link hides a relation type "teleports" that is not in this graph.',
      'The link asks for a layout "spiral" that does not exist.',
      'The link\'s playback step "zero" is not a paragraph number.',
      'The link\'s "#bogus=1" is not understood; expected #entity=… or #relation=….',
    ]);
  });

  it('refuses a cited passage that does not belong to the selection', () => {
    const { view, problems } = parseViewHash('#entity=putin&passage=article:0-5', graph);
    expect(view.passage).toBeNull();
    expect(problems).toEqual(['The link cites a passage that does not support what it selects.']);
  });

  it('never throws on garbage and never lets prototype names through', () => {
    for (const garbage of [
      '#%',
      '#entity=%E0%A4%A',
      '#&&&=&=',
      '#entity=__proto__',
      '#hide-statuses=constructor,toString',
      '#around=iran~9',
      '#from=<img src=x onerror=alert(1)>',
    ]) {
      const { view, problems } = parseViewHash(garbage, graph);
      expect(problems.length, garbage).toBeGreaterThan(0);
      expect(view.selection, garbage).toBeNull();
      expect(view.filters.hiddenStatuses, garbage).toEqual([]);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { view } = parseViewHash(s, graph);
        // Whatever came in, what comes out names only things in the graph.
        if (view.selection)
          expect(['iran', 'russia', 'united-states', 'putin']).toContain(view.selection.id);
      }),
    );
  });
});
