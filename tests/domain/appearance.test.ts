import { looksOf } from '../../src/domain/appearance';
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
