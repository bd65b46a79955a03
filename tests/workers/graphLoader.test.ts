import { readFileSync } from 'node:fs';
import {
  loadClaimsBlobs,
  loadGraphBlobs,
  loadGraphUrl,
  type LoadProgress,
} from '../../src/workers/graphLoader';
import { fixturePath } from '../fixtures/loadFixture';

const read = (name: string) => readFileSync(fixturePath(`library/${name}`), 'utf8');
const blob = (name: string) => ({ name, blob: new Blob([read(name)]) });

describe('loadGraphBlobs', () => {
  it('loads a self-contained graph and reports reading then checking', async () => {
    const progress: LoadProgress[] = [];
    const result = await loadGraphBlobs(blob('port-strike.json'), [], (p) => progress.push(p));
    expect(result.ok && result.value.graph.nodes.length).toBe(5);
    expect(progress.at(-1)!.phase).toBe('checking');
    const size = new Blob([read('port-strike.json')]).size;
    expect(progress.filter((p) => p.phase === 'reading').at(-1)).toEqual({
      phase: 'reading',
      done: size,
      total: size,
    });
  });

  it('reads a graph whose source is a file chosen alongside it', async () => {
    const result = await loadGraphBlobs(blob('port-strike-with-file.json'), [
      blob('port-strike.txt'),
    ]);
    expect(result.ok ? result.value.texts.article : result.problems).toBe(read('port-strike.txt'));
  });

  it('says which source file is missing when it was not chosen', async () => {
    const result = await loadGraphBlobs(blob('port-strike-with-file.json'), []);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'sources[0].file',
        message: 'cannot read "port-strike.txt" (relative to the graph file)',
      },
    ]);
  });

  it('returns the validator problems, with JSON paths, for an invalid graph', async () => {
    const result = await loadGraphBlobs(blob('port-strike-invalid.json'), []);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'nodes[1].evidence[0]',
      'edges[0].target',
    ]);
  });
});

describe('loadGraphUrl', () => {
  const serve = (files: Record<string, string>): typeof fetch =>
    (async (input: string | URL | Request) => {
      const href = String(input);
      const body = Object.hasOwn(files, href) ? files[href] : undefined;
      return body === undefined
        ? new Response('not here', { status: 404, statusText: 'Not Found' })
        : new Response(body);
    }) as typeof fetch;

  it('fetches the graph and the text files it names, relative to it', async () => {
    const fetch = serve({
      'https://example.org/g/port.json': read('port-strike-with-file.json'),
      'https://example.org/g/port-strike.txt': read('port-strike.txt'),
    });
    const result = await loadGraphUrl('https://example.org/g/port.json', undefined, { fetch });
    expect(result.ok ? result.value.graph.title : result.problems).toBe(
      'Port strike halts grain exports',
    );
  });

  it('turns an HTTP error into a problem that names the address', async () => {
    const result = await loadGraphUrl('https://example.org/none.json', undefined, {
      fetch: serve({}),
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '', message: 'https://example.org/none.json answered 404 Not Found' },
    ]);
  });

  it('refuses an address that is not http(s) or not an address at all', async () => {
    const js = await loadGraphUrl('javascript:alert(1)');
    expect(js.ok ? '' : js.problems[0]!.message).toMatch(/not an http\(s\) address/);
    const junk = await loadGraphUrl('not a url');
    expect(junk.ok ? '' : junk.problems[0]!.message).toMatch(/not a usable address/);
  });
});

describe('loadClaimsBlobs', () => {
  it('imports a CSV of claims against its article through the loader', async () => {
    const result = await loadClaimsBlobs(blob('port-strike-claims.csv'), blob('port-strike.txt'));
    expect(result.result.ok ? result.result.value.graph.edges.length : result.result.problems).toBe(
      3,
    );
    expect(result.anchored).toBe(3);
    expect(result.rowProblems.map((p) => p.path)).toEqual(['row 5', 'row 6']);
  });
});
