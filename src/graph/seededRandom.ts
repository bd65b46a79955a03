// A small seeded PRNG and a way to run code with it standing in for Math.random.
// fcose draws on Math.random (spectral sampling, power-iteration start vectors, placing
// pruned tree leaves); seeding it is what makes the layout the same on every load.

/** mulberry32: tiny, fast, and good enough for layout jitter. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs a synchronous `fn` with Math.random seeded, restoring the original afterwards. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
