// Fetching a graph (or one of its texts) from a URL with the limits of opening a file:
// only http(s), refused over MAX_GRAPH_BYTES (announced or counted while streaming), and
// given up after a timeout, each with a reason a person can act on.
import { MAX_GRAPH_BYTES, formatBytes } from '../domain/graphFiles';

export const FETCH_TIMEOUT_MS = 20_000;

export class FetchProblem extends Error {}

export interface FetchLimits {
  maxBytes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  onBytes?: (done: number, total: number) => void;
}

export async function fetchText(url: URL, limits: FetchLimits = {}): Promise<string> {
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
    if (!response.body) return await response.text();
    const reader = response.body.getReader();
    const decoder = new TextDecoder('utf-8');
    let text = '';
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
      text += decoder.decode(chunk.value, { stream: true });
      limits.onBytes?.(done, Number.isFinite(announced) ? announced : 0);
    }
    return text + decoder.decode();
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
