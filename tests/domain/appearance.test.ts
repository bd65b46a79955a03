import { groupedRelationLook, looksOf } from '../../src/domain/appearance';
import { relationGroupsOf } from '../../src/domain/relationGroups';
import { loadBundledGraph } from '../../src/app/bundledGraph';
import { sampleGraph } from '../fixtures/sampleGraph';

describe('looksOf', () => {
  const graph = sampleGraph();
  const looks = looksOf(graph);

  it('gives the four core relation types distinct colour-and-line combinations', () => {
    const keys = ['supplies', 'allies_with', 'accuses', 'rivals_with'].map((id) => {
      const look = looks.relation.get(id)!;
      return `${look.color}/${look.lineStyle}`;
    });
    expect(new Set(keys).size).toBe(4);
  });

  it('gives each entity type its own colour and shape', () => {
    const keys = graph.entityTypes.map((t) => {
      const look = looks.entity.get(t.id)!;
      return `${look.color}/${look.shape}`;
    });
    expect(new Set(keys).size).toBe(graph.entityTypes.length);
  });

  it('draws the most certain status plain and marks hedged and contested ones', () => {
    expect(looks.status.get('stated')).toMatchObject({ marker: 'none', opacity: 1 });
    expect(looks.status.get('reported')?.marker).not.toBe('none');
    expect(looks.status.get('alleged')?.marker).not.toBe(looks.status.get('reported')?.marker);
    expect(looks.status.get('denied')).toMatchObject({ marker: 'tee', filled: true });
  });
});

describe('looks by relation group', () => {
  const loaded = loadBundledGraph();
  if (!loaded.ok) throw new Error('the bundled graph does not load');
  const graph = loaded.value.graph;
  const looks = looksOf(graph);
  const groups = relationGroupsOf(graph);

  it('gives every relation type of the bundled graph a look of its own', () => {
    expect(groups.length).toBeGreaterThan(1);
    const keys = graph.relationTypes.map((t) => {
      const look = looks.relation.get(t.id);
      expect(look, t.id).toBeDefined();
      return `${look!.color}/${look!.lineStyle}`;
    });
    expect(new Set(keys).size).toBe(graph.relationTypes.length);
  });

  it('colours a group in one hue family, different from the other groups', () => {
    const colours = groups.map((g) => new Set(g.types.map((t) => looks.relation.get(t.id)!.color)));
    for (const [i, mine] of colours.entries())
      for (const [j, theirs] of colours.entries())
        if (i !== j) expect([...mine].filter((c) => theirs.has(c))).toEqual([]);
    const military = groups.find((g) => g.label === 'Military')!;
    expect(military.types.map((t) => looks.relation.get(t.id)!.lineStyle).slice(0, 3)).toEqual([
      'solid',
      'dashed',
      'dotted',
    ]);
  });

  it('varies the line style first, then the shade, within a group', () => {
    const first = groupedRelationLook(0, 0);
    expect(groupedRelationLook(0, 1)).toMatchObject({ color: first.color, lineStyle: 'dashed' });
    expect(groupedRelationLook(0, 3)).toMatchObject({ lineStyle: 'solid' });
    expect(groupedRelationLook(0, 3).color).not.toBe(first.color);
    expect(groupedRelationLook(1, 0).color).not.toBe(first.color);
  });
});
