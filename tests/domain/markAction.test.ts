import { bundleId, drawnElements } from '../../src/domain/bundles';
import { noFilters, visibleElements, type Filters } from '../../src/domain/filters';
import {
  countedSupports,
  keptMessage,
  markAction,
  markActionHint,
  markPreviewTarget,
  type MarkContext,
} from '../../src/domain/markAction';
import type { Ref } from '../../src/domain/refs';
import type { Selection } from '../../src/domain/types';
import { sampleGraph } from '../fixtures/sampleGraph';

// The sample graph: Iran–Russia hold four relations (one bundle); Putin leads Russia; the
// U.S. accuses Iran.
const node = (id: string): Ref => ({ kind: 'node', id });
const edge = (id: string): Ref => ({ kind: 'edge', id });
const IRAN_RUSSIA = bundleId('iran', 'russia');

function context(
  options: {
    selection?: Selection;
    openedBundle?: string | null;
    filters?: Partial<Filters>;
    expanded?: string[];
  } = {},
): MarkContext {
  const graph = sampleGraph();
  const visible = visibleElements(graph, { ...noFilters, ...options.filters });
  return {
    graph,
    visible,
    drawn: drawnElements(graph, visible, new Set(options.expanded ?? [])),
    selection: options.selection ?? null,
    openedBundle: options.openedBundle ?? null,
  };
}

describe('markAction', () => {
  it('selects what a passage supports when it supports one thing', () => {
    expect(markAction([edge('russia-rivals-iran')], context())).toEqual({
      kind: 'select',
      target: edge('russia-rivals-iran'),
    });
  });

  it('offers a choice when nothing selected narrows it down', () => {
    const supports = [node('iran'), edge('iran-supplies-russia-drones')];
    expect(markAction(supports, context())).toEqual({ kind: 'menu', choices: supports });
  });

  it('acts directly when the filters leave one of its things visible', () => {
    const supports = [node('iran'), edge('iran-supplies-russia-drones')];
    const hidden = context({ filters: { hiddenRelationTypes: ['supplies'] } });
    expect(markAction(supports, hidden)).toEqual({ kind: 'select', target: node('iran') });
  });

  it('lists only the visible things in the menu, and all of them when none is visible', () => {
    const supports = [node('putin'), node('iran'), edge('putin-leads-russia')];
    const noPeople = context({ filters: { hiddenEntityTypes: ['person'] } });
    expect(markAction(supports, noPeople)).toEqual({ kind: 'select', target: node('iran') });
    const noCountries = context({ filters: { hiddenEntityTypes: ['country'] } });
    // putin-leads-russia ends at a hidden country: Putin is the one thing left
    expect(markAction(supports, noCountries)).toEqual({ kind: 'select', target: node('putin') });
    const nothing = context({ filters: { hiddenEntityTypes: ['country', 'person', 'bloc'] } });
    expect(markAction(supports, nothing)).toEqual({ kind: 'menu', choices: supports });
  });

  it('opens the bundle when its things are all relations of one collapsed bundle', () => {
    const supports = [edge('iran-allies-russia'), edge('russia-rivals-iran')];
    expect(markAction(supports, context())).toEqual({ kind: 'openBundle', bundleId: IRAN_RUSSIA });
    // expanded, the relations are drawn apart: choosing is needed again
    expect(markAction(supports, context({ expanded: [IRAN_RUSSIA] }))).toEqual({
      kind: 'menu',
      choices: supports,
    });
  });

  it('keeps a selected relation when the passage holds only it and its ends', () => {
    const supports = [node('iran'), edge('iran-supplies-russia-drones'), node('russia')];
    const selected = context({ selection: edge('iran-supplies-russia-drones') });
    expect(markAction(supports, selected)).toEqual({ kind: 'keep' });
  });

  it('steps from a selected entity to the one relation of it the passage adds', () => {
    const supports = [node('iran'), edge('iran-supplies-russia-drones')];
    expect(markAction(supports, context({ selection: node('iran') }))).toEqual({
      kind: 'select',
      target: edge('iran-supplies-russia-drones'),
    });
  });

  it('steps through relations of the selection one click at a time, round and back', () => {
    const supports = [
      node('iran'),
      edge('iran-allies-russia'),
      edge('iran-supplies-russia-drones'),
      edge('russia-rivals-iran'),
    ];
    const next = (selection: Ref) => markAction(supports, context({ selection }));
    expect(next(node('iran'))).toEqual({ kind: 'select', target: supports[1] });
    expect(next(supports[1]!)).toEqual({ kind: 'select', target: supports[2] });
    expect(next(supports[2]!)).toEqual({ kind: 'select', target: supports[3] });
    expect(next(supports[3]!)).toEqual({ kind: 'select', target: supports[1] });
  });

  it('steps into an opened bundle: its first relation the passage supports', () => {
    const supports = [edge('iran-allies-russia'), edge('russia-rivals-iran'), node('russia')];
    expect(markAction(supports, context({ openedBundle: IRAN_RUSSIA }))).toEqual({
      kind: 'select',
      target: edge('iran-allies-russia'),
    });
  });

  it('opens the menu when the passage adds things from outside the selection', () => {
    const supports = [edge('us-accuses-iran'), edge('iran-supplies-russia-missiles')];
    const fromIran = context({ selection: node('putin') });
    expect(markAction(supports, fromIran)).toEqual({ kind: 'menu', choices: supports });
    const withOther = [node('iran'), edge('iran-supplies-russia-drones'), node('united-states')];
    expect(markAction(withOther, context({ selection: node('iran') }))).toEqual({
      kind: 'menu',
      choices: withOther,
    });
  });
});

describe('markActionHint', () => {
  const graph = sampleGraph();
  it('says what a click will do, naming the target when the passage holds several', () => {
    const one = { kind: 'select', target: edge('putin-leads-russia') } as const;
    expect(markActionHint(graph, one, 1)).toBe('Click to show its details');
    expect(markActionHint(graph, one, 2)).toBe('Click to show Vladimir Putin leads Russia');
    expect(markActionHint(graph, { kind: 'openBundle', bundleId: IRAN_RUSSIA }, 2)).toBe(
      'Click to list the relations between Iran and Russia',
    );
    expect(markActionHint(graph, { kind: 'keep' }, 3)).toBe('Part of what is selected');
    expect(markActionHint(graph, { kind: 'menu', choices: [] }, 3)).toBe(
      'Click to choose what to show',
    );
  });
});

describe('markPreviewTarget', () => {
  const supports = [node('iran'), edge('iran-supplies-russia-drones')];
  const none = { selection: null, openedBundle: null };
  it('is what the click would select or open', () => {
    const drones = edge('iran-supplies-russia-drones');
    expect(markPreviewTarget(supports, { kind: 'select', target: drones }, none)).toEqual(drones);
    expect(
      markPreviewTarget(supports, { kind: 'openBundle', bundleId: IRAN_RUSSIA }, none),
    ).toEqual({ kind: 'edge', id: IRAN_RUSSIA });
  });
  it('is the first choice of a menu, and what is shown already when the click keeps it', () => {
    const choices = [edge('iran-supplies-russia-drones'), node('iran')];
    expect(markPreviewTarget(supports, { kind: 'menu', choices }, none)).toEqual(choices[0]);
    const keep = { kind: 'keep' } as const;
    expect(markPreviewTarget(supports, keep, { ...none, selection: node('russia') })).toEqual(
      node('russia'),
    );
    expect(markPreviewTarget(supports, keep, { ...none, openedBundle: IRAN_RUSSIA })).toEqual({
      kind: 'edge',
      id: IRAN_RUSSIA,
    });
  });
});

describe('countedSupports', () => {
  const drones = [node('iran'), edge('iran-supplies-russia-drones')];

  it('keeps only what the filters show', () => {
    const ctx = context({ filters: { hiddenRelationTypes: ['supplies'] } });
    expect(countedSupports(drones, ctx.visible)).toEqual([node('iran')]);
  });

  it('keeps everything when the filters hide all of it', () => {
    const ctx = context({ filters: { hiddenRelationTypes: ['supplies'] } });
    const onlyEdge = [edge('iran-supplies-russia-drones')];
    expect(countedSupports(onlyEdge, ctx.visible)).toEqual(onlyEdge);
  });

  it('keeps everything when nothing is filtered', () => {
    expect(countedSupports(drones, context().visible)).toEqual(drones);
  });
});

describe('keptMessage', () => {
  it('names what is already shown', () => {
    const graph = sampleGraph();
    expect(keptMessage(graph, { selection: node('iran'), openedBundle: null })).toBe(
      'Already showing Iran',
    );
    expect(
      keptMessage(graph, { selection: edge('iran-supplies-russia-drones'), openedBundle: null }),
    ).toBe('Already showing Iran supplies Russia (drones)');
  });

  it('names the ends of the bundle open in the details', () => {
    expect(keptMessage(sampleGraph(), { selection: null, openedBundle: IRAN_RUSSIA })).toBe(
      'Already listing the relations between Iran and Russia',
    );
  });
});
