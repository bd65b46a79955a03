// Benchmark-only: opens the graph named by `?bench-graph=<same-origin url>` through the
// app's real loader (parse, zod, validation), with its source files fetched beside it.
// main.tsx imports this only when built with VITE_BENCH=1 (`npm run bench:browser`), so
// the shipped build has neither this module nor the query parameter. Once the library's
// "open a graph from a URL" is on main, the benchmark can go through that instead.
import { loadGraph, parseGraphText } from '../domain/loadGraph';
import type { LoadResult } from '../domain/types';

export async function loadBenchGraph(search: string): Promise<LoadResult | null> {
  const param = new URLSearchParams(search).get('bench-graph');
  if (!param) return null;
  const url = new URL(param, window.location.href);
  if (url.origin !== window.location.origin) throw new Error('bench-graph must be same-origin');
  const text = await (await fetch(url)).text();
  const parsed = parseGraphText(text);
  if (!parsed.ok) return parsed;
  const files = new Map<string, string>();
  const sources = (parsed.value as { sources?: { file?: unknown }[] }).sources ?? [];
  for (const source of sources) {
    if (typeof source.file !== 'string') continue;
    const response = await fetch(new URL(source.file, url));
    if (response.ok) files.set(source.file, await response.text());
  }
  return loadGraph(parsed.value, (p) => files.get(p));
}
