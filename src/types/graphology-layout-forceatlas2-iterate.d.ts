// graphology-layout-forceatlas2 ships no types for its iteration step, which the layout
// worker calls directly (see src/workers/fa2.ts).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(
    settings: Record<string, number | boolean>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
