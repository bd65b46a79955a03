// Starting on a ?graph= link: the reader's changed copy opens from the library (with the
// selection the hash names), an untouched or missing copy leaves the link to be fetched.
import { createMemoryLibrary } from '../../src/storage';
import { openLinkCopy } from '../../src/app/library/linkStart';
import { urlGraphId } from '../../src/app/library/urlGraphId';
import type { GraphFile } from '../../src/domain/schema';
import { SAMPLE_TEXT, sampleGraph } from '../fixtures/sampleGraph';

const PAGE = 'https://app.example.org/?graph=graphs%2Fsample.json';
const ADDRESS = 'https://app.example.org/graphs/sample.json';
const linked = (title: string): GraphFile => ({
  ...sampleGraph(),
  title,
  sources: [{ id: 'article', title: 'Article', text: SAMPLE_TEXT }],
});

describe('openLinkCopy', () => {
  it('opens the changed copy, with the hash’s selection, and names it for the notice', async () => {
    const library = await createMemoryLibrary(sampleGraph());
    const id = urlGraphId(ADDRESS);
    await library.put({ id, graph: linked('Linked'), origin: ADDRESS, fromLink: true });
    const edited = await library.put({ id, graph: linked('Linked, mine') });
    const start = await openLinkCopy(library, 'graphs/sample.json', PAGE, '#entity=iran');
    expect(start?.opened.id).toBe(id);
    expect(start?.opened.store.getState().loaded.graph.title).toBe('Linked, mine');
    expect(start?.opened.store.getState().selection).toEqual({ kind: 'node', id: 'iran' });
    expect(start?.copy).toEqual({
      id,
      address: ADDRESS,
      graphParam: 'graphs/sample.json',
      title: 'Linked, mine',
      changedAt: edited.updatedAt,
    });
    expect(start?.notice).toBeNull();
    expect(await library.lastOpened()).toBe(id);
  });

  it('leaves an untouched copy, a missing one and a bad address to the fetch', async () => {
    const library = await createMemoryLibrary(sampleGraph());
    expect(await openLinkCopy(library, 'graphs/sample.json', PAGE, '')).toBeNull();
    await library.put({
      id: urlGraphId(ADDRESS),
      graph: linked('Linked'),
      origin: ADDRESS,
      fromLink: true,
    });
    expect(await openLinkCopy(library, 'graphs/sample.json', PAGE, '')).toBeNull();
    expect(await openLinkCopy(library, 'http://[bad', PAGE, '')).toBeNull();
  });
});
