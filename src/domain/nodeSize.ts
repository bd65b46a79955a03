// Node sizes for an importance score: apart from importance.ts (which needs graphology for
// betweenness) so the canvas can size entities without loading it.

export const MIN_SIZE = 14;
export const MAX_SIZE = 56;

/** Node size for an importance, between MIN_SIZE and MAX_SIZE; the default without one. */
export function sizeFor(base: number, score: number | undefined): number {
  return score === undefined ? base : Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * score);
}
