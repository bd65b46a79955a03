import { createAppStore } from '../../src/store/appStore';
import { selectStatusLine, selectVisible } from '../../src/store/selectors';
import { sampleLoaded, span } from '../fixtures/sampleGraph';

const make = () => createAppStore({ loaded: sampleLoaded() });

describe('app store', () => {
  it('gives every store its own state', () => {
    const a = make();
    const b = make();
    a.getState().selectEntity('iran');
    expect(b.getState().selection).toBeNull();
  });

  it('selects entities and relations and clears', () => {
    const store = make();
    store.getState().selectEntity('iran');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    store.getState().selectRelation('us-accuses-iran');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'us-accuses-iran' });
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
  });

  it('remembers where each selection was made', () => {
    const store = make();
    expect(store.getState().selectionOrigin).toBe('url');
    store.getState().select({ kind: 'node', id: 'iran' }, 'article');
    expect(store.getState().selectionOrigin).toBe('article');
    // the same thing chosen again elsewhere: same selection, new origin
    store.getState().selectEntity('iran', 'canvas');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    expect(store.getState().selectionOrigin).toBe('canvas');
    store.getState().selectRelation('us-accuses-iran');
    expect(store.getState().selectionOrigin).toBe('details');
  });

  it('toggles a relation type and the status line follows', () => {
    const store = make();
    expect(selectStatusLine(store.getState())).toBe('4 of 4 entities · 6 of 6 relations');
    store.getState().toggleRelationType('supplies');
    expect(selectStatusLine(store.getState())).toBe('4 of 4 entities · 4 of 6 relations');
    store.getState().toggleRelationType('supplies');
    expect(selectStatusLine(store.getState())).toBe('4 of 4 entities · 6 of 6 relations');
  });

  it('shows only one type, then all again', () => {
    const store = make();
    store.getState().showOnlyRelationType('accuses');
    expect(store.getState().filters.hiddenRelationTypes).toEqual([
      'supplies',
      'allies_with',
      'rivals_with',
      'leads',
    ]);
    expect([...selectVisible(store.getState()).edges]).toEqual(['us-accuses-iran']);
    store.getState().showOnlyEntityType('person');
    store.getState().showOnlyStatus('stated');
    store.getState().showAll();
    expect(selectVisible(store.getState()).edges.size).toBe(6);
  });

  it('hides orphans when asked', () => {
    const store = make();
    store.getState().showOnlyRelationType('leads');
    store.getState().setHideOrphans(true);
    expect(selectStatusLine(store.getState())).toBe('2 of 4 entities · 1 of 6 relations');
  });

  it('focuses on a neighbourhood and turns it off with depth 0', () => {
    const store = make();
    store.getState().setNeighbourhood('putin', 1);
    expect(selectVisible(store.getState()).nodes.size).toBe(2);
    store.getState().setNeighbourhood('putin', 0);
    expect(store.getState().filters.focus).toBeNull();
  });

  it('memoises the visible set until filters change', () => {
    const store = make();
    const first = selectVisible(store.getState());
    store.getState().selectEntity('iran');
    expect(selectVisible(store.getState())).toBe(first);
    store.getState().toggleStatus('denied');
    expect(selectVisible(store.getState())).not.toBe(first);
  });

  it('asks the article to show a passage, distinctly each time', () => {
    const store = make();
    const ev = span('Putin leads Russia');
    store.getState().showInArticle(ev);
    const first = store.getState().articleFocus;
    store.getState().showInArticle(ev);
    expect(store.getState().articleFocus?.evidence).toEqual(ev);
    expect(store.getState().articleFocus?.seq).toBe((first?.seq ?? 0) + 1);
  });

  it('resets filters', () => {
    const store = make();
    store.getState().toggleEntityType('country');
    store.getState().setHideOrphans(true);
    store.getState().resetFilters();
    expect(selectStatusLine(store.getState())).toBe('4 of 4 entities · 6 of 6 relations');
  });
});
