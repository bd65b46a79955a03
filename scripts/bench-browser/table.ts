// The benchmark's results as a Markdown table, with the bundled graph's ratio to each
// bare-Cytoscape page. "—" where a figure could not be measured (the error column says why).
import type { Result } from './measure';

const ms = (n: number | undefined) => (n === undefined ? '—' : `${n}`);

export function formatTable(results: Result[]): string {
  const bares = results.filter((r) => r.kind === 'bare' && r.firstDrawMs);
  const header =
    '| graph | entities / relations | load → first frame (ms) | layout (ms) | longest block during layout (ms) | filter → frame (ms) | select → frame (ms) | search key → results, worst (ms) | longest task after first frame (ms) | JS heap (MB) | note |';
  const rule = `|${' --- |'.repeat(11)}`;
  const rows = results.map((r) => {
    let note = r.error ?? '';
    if (r.kind === 'app' && r.name === 'bundled' && r.firstDrawMs) {
      const first = r.firstDrawMs;
      const ratios = bares.map((b) => `${(first / b.firstDrawMs!).toFixed(2)}× ${b.name}`);
      note = [...ratios, note].filter(Boolean).join('; ');
    }
    const size = r.nodes === undefined ? '—' : `${r.nodes} / ${r.edges}`;
    return `| ${r.name} | ${size} | ${ms(r.firstDrawMs)} | ${ms(r.layoutMs)} | ${ms(r.layoutBlockMs)} | ${ms(r.filterMs)} | ${ms(r.selectMs)} | ${ms(r.searchMs)} | ${ms(r.longestTaskMs)} | ${r.heapMb ?? '—'} | ${note.replace(/\|/g, '/')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

const FIGURES = [
  'firstDrawMs',
  'layoutMs',
  'layoutBlockMs',
  'filterMs',
  'selectMs',
  'searchMs',
  'longestTaskMs',
  'heapMb',
] as const;

/** Each figure's median over several runs of one graph (an error in any run is kept). */
export function median(runs: Result[]): Result {
  const first = runs[0]!;
  const out: Result = { ...first, error: runs.find((r) => r.error)?.error };
  for (const key of FIGURES) {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== undefined);
    values.sort((a, b) => a - b);
    out[key] = values.length ? values[Math.floor((values.length - 1) / 2)] : undefined;
  }
  return out;
}
