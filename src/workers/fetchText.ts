// Fetching a graph (or one of its texts) from a URL with the limits of opening a file:
// only http(s), refused over MAX_GRAPH_BYTES (announced or counted while streaming), and
// given up after a timeout, each with a reason a person can act on.
import { decodeUtf8, type Decoded } from '../domain/decodeText';
import { MAX_GRAPH_BYTES, formatBytes } from '../domain/graphFiles';

export const FETCH_TIMEOUT_MS = 20_000;

export class FetchProblem extends Error {}

export interface FetchLimits {
  maxBytes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  onBytes?: (done: number, total: number) => void;
}

/** The text at `url`; a body that is not UTF-8 text is a FetchProblem saying so. */
export async function fetchText(url: URL, limits: FetchLimits = {}): Promise<string> {
  const decoded = await fetchDecoded(url, limits);
  if (!decoded.ok) throw new FetchProblem(`${url.href} ${decoded.reason}`);
  return decoded.text;
}

/**
 * The body at `url` decoded strictly as UTF-8, or why it is not UTF-8 text (UTF-16, binary);
 * network failures, errors and oversized bodies are thrown as FetchProblems.
 */
export async function fetchDecoded(url: URL, limits: FetchLimits = {}): Promise<Decoded> {
  const { maxBytes = MAX_GRAPH_BYTES, timeoutMs = FETCH_TIMEOUT_MS } = limits;
  const doFetch = limits.fetch ?? fetch;
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new FetchProblem(`${url.href} is not an http(s) address`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await doFetch(url.href, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok)
      throw new FetchProblem(
        `${url.href} answered ${response.status} ${response.statusText}`.trim(),
      );
    const announced = Number(response.headers.get('content-length') ?? NaN);
    if (announced > maxBytes)
      throw new FetchProblem(
        `${url.href} is ${formatBytes(announced)}; files over ${formatBytes(maxBytes)} are not opened`,
      );
    if (!response.body) return decodeUtf8(new Uint8Array(await response.arrayBuffer()));
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let done = 0;
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      done += chunk.value.byteLength;
      if (done > maxBytes) {
        controller.abort();
        throw new FetchProblem(
          `${url.href} is over ${formatBytes(maxBytes)}; files that large are not opened`,
        );
      }
      chunks.push(chunk.value);
      limits.onBytes?.(done, Number.isFinite(announced) ? announced : 0);
    }
    const bytes = new Uint8Array(done);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof FetchProblem) throw error;
    if (controller.signal.aborted)
      throw new FetchProblem(`${url.href} did not answer within ${timeoutMs / 1000} s`);
    const reason = error instanceof Error ? error.message : String(error);
    throw new FetchProblem(`${url.href} could not be fetched (${reason})`);
  } finally {
    clearTimeout(timer);
  }
}
