import type { Edit } from '../../src/domain/edits/types';
import { createAppStore } from '../../src/store/appStore';
import { sampleLoaded, SAMPLE_TEXT, span } from '../fixtures/sampleGraph';

const newEntity: Edit = {
  kind: 'addEntity',
  node: {
    id: 'drones',
    label: 'Drones',
    type: 'country',
    aliases: [],
    summary: 'Weapons.',
    evidence: [span('drones')],
  },
};
const ids = (store: ReturnType<typeof createAppStore>) =>
  store.getState().loaded.graph.nodes.map((n) => n.id);

describe('editing slice', () => {
  it('applies an edit, undoes and redoes it', () => {
    const store = createAppStore({ loaded: sampleLoaded() });
    const before = store.getState().loaded;
    expect(store.getState().edit(newEntity)).toBe(true);
    expect(ids(store)).toContain('drones');
    expect(store.getState()).toMatchObject({ undoable: 1, redoable: 0 });
    store.getState().undo();
    expect(store.getState().loaded).toBe(before);
    expect(store.getState()).toMatchObject({ undoable: 0, redoable: 1 });
    store.getState().redo();
    expect(ids(store)).toContain('drones');
  });

  it('keeps the view out of history: undo does not bring back a selection or filters', () => {
    const store = createAppStore({ loaded: sampleLoaded() });
    store.getState().edit(newEntity);
    store.getState().selectEntity('iran');
    store.getState().toggleStatus('stated');
    expect(store.getState().undoable).toBe(1);
    store.getState().undo();
    expect(ids(store)).not.toContain('drones');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    expect(store.getState().filters.hiddenStatuses).toEqual(['stated']);
  });

  it('refuses an edit with a reason and records nothing', () => {
    const store = createAppStore({ loaded: sampleLoaded() });
    const before = store.getState().loaded;
    expect(store.getState().edit(newEntity, { kind: 'deleteEntity', id: 'nobody' })).toBe(false);
    expect(store.getState().editError).toBe('no entity with id "nobody"');
    expect(store.getState().loaded).toBe(before);
    expect(store.getState().undoable).toBe(0);
    store.getState().edit(newEntity);
    expect(store.getState().editError).toBeNull();
  });

  it('applies several edits as one step', () => {
    const store = createAppStore({ loaded: sampleLoaded() });
    store.getState().edit(newEntity, { kind: 'addAlias', id: 'drones', alias: 'UAVs' });
    expect(store.getState().undoable).toBe(1);
    store.getState().undo();
    expect(ids(store)).not.toContain('drones');
  });

  it('replaces the text, re-anchoring evidence and returning orphans; undo brings the old text back', () => {
    const store = createAppStore({ loaded: sampleLoaded() });
    const text = SAMPLE_TEXT.replace('Putin leads Russia.', '').replace(/ /g, '  ');
    const orphans = store.getState().replaceSourceText('article', text);
    expect(orphans.map((o) => o.path)).toContain('edges[5].evidence[0]');
    expect(store.getState().loaded.texts.article).toBe(text);
    const drones = store.getState().loaded.graph.edges[1]!.evidence[0]!;
    expect(text.slice(drones.start, drones.end)).toBe(drones.quote);
    store.getState().undo();
    expect(store.getState().loaded.texts.article).toBe(SAMPLE_TEXT);
  });

  it('starts a new history when another graph is opened', () => {
    const store = createAppStore({ loaded: sampleLoaded() });
    store.getState().edit(newEntity);
    store.setState({ graphId: 'other', loaded: sampleLoaded() });
    expect(store.getState().undoable).toBe(0);
    store.getState().edit(newEntity);
    store.getState().undo();
    expect(store.getState().graphId).toBe('other');
    expect(ids(store)).not.toContain('drones');
  });
});

describe('edit mode', () => {
  it('starts on for a graph with no entities yet, off otherwise', () => {
    const empty = sampleLoaded();
    empty.graph.nodes = [];
    empty.graph.edges = [];
    expect(createAppStore({ loaded: empty }).getState().editing).toBe(true);
    const store = createAppStore({ loaded: sampleLoaded() });
    expect(store.getState().editing).toBe(false);
    store.getState().setEditing(true);
    expect(store.getState().editing).toBe(true);
  });
});
