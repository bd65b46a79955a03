// "Did you mean …?" for ids and keys: the known name nearest to a misspelt one, if one is near.
// Bounded, because the names come from files anyone can write: a 20,000-character id or a
// graph of 100,000 ids must cost a validator run milliseconds, not minutes.

/** Names longer than this get no suggestion: nobody mistypes a 65-character id by one letter. */
export const MAX_SUGGESTED_LENGTH = 64;
/**
 * At most this many candidates (of a plausible length) are compared with one name. In a graph
 * with more ids than that a suggestion may be missed; the reference is still reported.
 */
export const MAX_CANDIDATES = 2000;

/**
 * Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`: the optimal
 * string alignment distance. Swaps count as one edit because "lable" for "label" is a typo.
 * With `limit`, stops as soon as the distance must exceed it and returns `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows (two back, for swaps) instead of a full table: memory linear in b.
  let before = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    // No later row has a smaller minimum (every alignment passes through this row or swaps
    // across it at a cost of one more), so once the minimum passes the limit, so does the end.
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * The candidate closest to `name`, or undefined when none is close enough to be a typo:
 * at most a third of the name's length, and at least one edit, so `iram` → `iran` but
 * `usa` ↛ `russia`.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.max(1, Math.floor(name.length / 3));
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  let compared = 0;
  for (const candidate of candidates) {
    // A length check first: most candidates of a large graph end here, at no cost.
    if (Math.abs(candidate.length - name.length) > limit) continue;
    if (++compared > MAX_CANDIDATES) break;
    const distance = editDistance(wanted, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "iran"?)`, or nothing: ready to append to a message. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const suggestion = closest(name, candidates);
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}
