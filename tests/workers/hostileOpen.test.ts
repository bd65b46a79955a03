// The hostile files of issue 7 through the app's own ways in: files chosen or dropped
// (loadGraphBlobs) and ?graph=URL (loadGraphUrl). Each gives a clear problem; nothing outside
// the graph's folder is fetched; ids that are prototype names load like any other.
import { loadGraphBlobs, loadGraphUrl } from '../../src/workers/graphLoader';
import { fileSourceGraph, prototypeIdGraph, SAMPLE_TEXT } from '../fixtures/hostileGraphs';
import { sampleGraph } from '../fixtures/sampleGraph';

const json = (graph: unknown) => JSON.stringify(graph);
const named = (name: string, parts: BlobPart[]) => ({ name, blob: new Blob(parts) });
const utf16 = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
const problemsOf = (result: Awaited<ReturnType<typeof loadGraphBlobs>>) =>
  result.ok ? [] : result.problems;

describe('files chosen or dropped', () => {
  it('loads a graph whose ids are "constructor"', async () => {
    const result = await loadGraphBlobs(named('g.json', [json(prototypeIdGraph())]), []);
    expect(problemsOf(result)).toEqual([]);
  });

  it('says a UTF-16 graph file is not UTF-8', async () => {
    const result = await loadGraphBlobs(named('g.json', [utf16(json(sampleGraph()))]), []);
    expect(problemsOf(result)).toEqual([
      { path: '', message: 'g.json is not UTF-8 (looks like UTF-16); save it as UTF-8' },
    ]);
  });

  it('says a chosen text file is UTF-16 or binary', async () => {
    const graph = named('g.json', [json(fileSourceGraph('article.txt'))]);
    const wide = await loadGraphBlobs(graph, [named('article.txt', [utf16(SAMPLE_TEXT)])]);
    expect(problemsOf(wide)).toEqual([
      {
        path: 'sources[0].file',
        message: 'cannot read "article.txt": it is not UTF-8 (looks like UTF-16); save it as UTF-8',
      },
    ]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]);
    const binary = await loadGraphBlobs(graph, [named('article.txt', [png])]);
    expect(problemsOf(binary)[0]!.message).toBe(
      'cannot read "article.txt": it looks like a binary file, not text (it contains NUL bytes)',
    );
  });

  it('refuses a source path leaving the folder, even when a file of that name was chosen', async () => {
    const graph = named('g.json', [json(fileSourceGraph('../../secret.txt'))]);
    const result = await loadGraphBlobs(graph, [named('secret.txt', [SAMPLE_TEXT])]);
    expect(problemsOf(result)).toEqual([
      {
        path: 'sources[0].file',
        message: `cannot read "../../secret.txt": it leads outside the graph file's folder`,
      },
    ]);
  });
});

describe('?graph=URL', () => {
  /** A fetch that serves `files` and records every address asked for. */
  function serve(files: Record<string, BlobPart>) {
    const asked: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      const href = String(input);
      asked.push(href);
      const body = Object.hasOwn(files, href) ? files[href] : undefined;
      return body === undefined
        ? new Response('not here', { status: 404, statusText: 'Not Found' })
        : new Response(new Blob([body]));
    }) as typeof globalThis.fetch;
    return { fetch, asked };
  }

  it('fetches no source outside the graph’s folder, and says why', async () => {
    const graph = sampleGraph();
    const outside = ['../../admin/secret.txt', 'https://evil.example/t.txt', '/etc/passwd'];
    graph.sources = outside.map((file, i) => ({ id: `s${i}`, title: 'T', file }));
    const { fetch, asked } = serve({ 'https://example.org/g/graph.json': json(graph) });
    const result = await loadGraphUrl('https://example.org/g/graph.json', undefined, { fetch });
    expect(asked).toEqual(['https://example.org/g/graph.json']);
    expect(problemsOf(result).filter((p) => p.path.startsWith('sources'))).toEqual([
      {
        path: 'sources[0].file',
        message: `cannot read "../../admin/secret.txt": it leads outside the graph file's folder`,
      },
      {
        path: 'sources[1].file',
        message:
          'cannot read "https://evil.example/t.txt": it is a URL or a drive path; give a path relative to the graph file',
      },
      {
        path: 'sources[2].file',
        message:
          'cannot read "/etc/passwd": it is an absolute path; give a path relative to the graph file',
      },
    ]);
  });

  it('says a UTF-16 graph or text at the address is not UTF-8', async () => {
    const { fetch } = serve({
      'https://example.org/wide.json': utf16(json(sampleGraph())),
      'https://example.org/g.json': json(fileSourceGraph('t.txt')),
      'https://example.org/t.txt': utf16(SAMPLE_TEXT),
    });
    const wide = await loadGraphUrl('https://example.org/wide.json', undefined, { fetch });
    expect(problemsOf(wide)).toEqual([
      {
        path: '',
        message: 'https://example.org/wide.json is not UTF-8 (looks like UTF-16); save it as UTF-8',
      },
    ]);
    const text = await loadGraphUrl('https://example.org/g.json', undefined, { fetch });
    expect(problemsOf(text)).toEqual([
      {
        path: 'sources[0].file',
        message: 'cannot read "t.txt": it is not UTF-8 (looks like UTF-16); save it as UTF-8',
      },
    ]);
  });

  it('loads a graph whose ids are "constructor"', async () => {
    const { fetch } = serve({ 'https://example.org/p.json': json(prototypeIdGraph()) });
    const result = await loadGraphUrl('https://example.org/p.json', undefined, { fetch });
    expect(problemsOf(result)).toEqual([]);
  });
});
