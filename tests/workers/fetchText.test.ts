import { fetchText } from '../../src/workers/fetchText';

const url = new URL('https://example.org/g.json');

describe('fetchText', () => {
  it('refuses a response whose announced size is over the limit, before reading it', async () => {
    const fetch = (async () =>
      new Response('{}', {
        headers: { 'content-length': '999' },
      })) as unknown as typeof globalThis.fetch;
    await expect(fetchText(url, { fetch, maxBytes: 100 })).rejects.toThrow(
      'https://example.org/g.json is 999 B; files over 100 B are not opened',
    );
  });

  it('stops reading a response that grows past the limit while streaming', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64).fill(65));
      },
    });
    const fetch = (async () => new Response(body)) as unknown as typeof globalThis.fetch;
    await expect(fetchText(url, { fetch, maxBytes: 1000 })).rejects.toThrow(/is over 1000 B/);
  });

  it('gives up after the timeout with a reason', async () => {
    const fetch = ((_: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as unknown as typeof globalThis.fetch;
    await expect(fetchText(url, { fetch, timeoutMs: 20 })).rejects.toThrow(
      'https://example.org/g.json did not answer within 0.02 s',
    );
  });

  it('returns the text of a good answer', async () => {
    const fetch = (async () => new Response('{"a":"é"}')) as unknown as typeof globalThis.fetch;
    expect(await fetchText(url, { fetch })).toBe('{"a":"é"}');
  });
});
