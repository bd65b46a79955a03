// Reloading a ?graph= link: the decision between fetching the address and opening the copy
// the reader changed, over a real (in-memory) library, so the dates come from its own writes.
import { createMemoryLibrary, type GraphLibrary, type GraphSummary } from '../../src/storage';
import { planLinkOpen } from '../../src/storage/linkCopy';
import type { GraphFile } from '../../src/domain/schema';
import { SAMPLE_TEXT, sampleGraph } from '../fixtures/sampleGraph';

const ADDRESS = 'https://graphs.example.org/sample.json';
const graph = (title: string): GraphFile => ({
  ...sampleGraph(),
  title,
  sources: [{ id: 'article', title: 'Article', text: SAMPLE_TEXT }],
});

async function summary(library: GraphLibrary, id: string): Promise<GraphSummary> {
  const record = await library.get(id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

describe('planLinkOpen', () => {
  let library: GraphLibrary;
  beforeEach(async () => {
    library = await createMemoryLibrary(sampleGraph());
  });

  it('fetches a link the library has no copy of', () => {
    expect(planLinkOpen(undefined)).toEqual({ kind: 'fetch' });
  });

  it('fetches again while the copy is the link’s version, untouched', async () => {
    const { id } = await library.put({ graph: graph('Linked'), origin: ADDRESS, fromLink: true });
    expect(planLinkOpen(await summary(library, id))).toEqual({ kind: 'fetch' });
    // a second load of the link refreshes it, and it is still untouched
    await library.put({ id, graph: graph('Linked, updated'), fromLink: true });
    expect(planLinkOpen(await summary(library, id))).toEqual({ kind: 'fetch' });
  });

  it('opens the copy once the reader has changed it, naming it and when it changed', async () => {
    const { id } = await library.put({ graph: graph('Linked'), origin: ADDRESS, fromLink: true });
    // an edit, as autosave writes it: no fromLink
    const edited = await library.put({ id, graph: graph('Linked, with my notes') });
    expect(planLinkOpen(await summary(library, id))).toEqual({
      kind: 'open-copy',
      title: 'Linked, with my notes',
      changedAt: edited.updatedAt,
    });
    // the edit keeps the time the link's version came in
    const after = await summary(library, id);
    expect(after.linkedAt).toBeLessThan(after.updatedAt);
    expect(after.origin).toBe(ADDRESS);
  });

  it('takes the link’s version again when told to, and then follows the link', async () => {
    const { id } = await library.put({ graph: graph('Linked'), origin: ADDRESS, fromLink: true });
    await library.put({ id, graph: graph('Mine') });
    expect(planLinkOpen(await summary(library, id)).kind).toBe('open-copy');
    await library.put({ id, graph: graph('Linked'), fromLink: true });
    expect(planLinkOpen(await summary(library, id)).kind).toBe('fetch');
  });

  it('keeps a copy stored before links were dated: it may hold edits', async () => {
    const { id } = await library.put({ graph: graph('Old copy'), origin: ADDRESS });
    const old = await summary(library, id);
    expect(old.linkedAt).toBeUndefined();
    expect(planLinkOpen(old)).toEqual({
      kind: 'open-copy',
      title: 'Old copy',
      changedAt: old.updatedAt,
    });
  });

  it('does not date a copy of the copy as the link’s version', async () => {
    const { id } = await library.put({ graph: graph('Linked'), origin: ADDRESS, fromLink: true });
    const copy = await library.duplicate(id);
    expect(copy.linkedAt).toBeUndefined();
  });
});
