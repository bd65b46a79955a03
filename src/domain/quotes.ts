// Finding an evidence quote in its source text. Shared by validation (to say where a quote
// really is) and by fixOffsets (to move offsets there), so both agree on what "found" means.
// Every search is bounded: a one-letter quote in a 20 MB text occurs millions of times, and
// listing them all would take longer than anyone waits for a validator.

/** How many occurrences a message lists; the rest are counted. */
export const LISTED_OCCURRENCES = 5;
/** Counting stops here: "and at least 999 more" is as useful as the exact figure. */
export const COUNTED_OCCURRENCES = 1000;

/** `120–164`, with an en dash, as ranges are written in the problem messages. */
export function formatRange(start: number, end: number): string {
  return `${start}–${end}`;
}

/**
 * The first `limit` indexes where `quote` starts in `text`, overlapping occurrences included.
 */
export function findOccurrences(text: string, quote: string, limit = LISTED_OCCURRENCES): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (
    let at = text.indexOf(quote);
    at !== -1 && found.length < limit;
    at = text.indexOf(quote, at + 1)
  )
    found.push(at);
  return found;
}

/** Where a quote occurs: the first few starts, and how many there are (up to a cap). */
export interface Occurrences {
  starts: number[];
  /** The number of occurrences, or COUNTED_OCCURRENCES when there are at least that many. */
  count: number;
}

/** The first LISTED_OCCURRENCES starts of `quote` in `text`, and their count, bounded. */
export function locate(text: string, quote: string): Occurrences {
  const all = findOccurrences(text, quote, COUNTED_OCCURRENCES);
  return { starts: all.slice(0, LISTED_OCCURRENCES), count: all.length };
}

/**
 * `130–174, 900–944` for the occurrences of a quote of this length; with a `count` beyond the
 * starts listed, `… and 12 more` (or `and at least 995 more` once counting stopped).
 */
export function formatOccurrences(
  starts: readonly number[],
  length: number,
  count = starts.length,
): string {
  const listed = starts.map((start) => formatRange(start, start + length)).join(', ');
  const rest = count - starts.length;
  if (rest <= 0) return listed;
  return `${listed} and ${count >= COUNTED_OCCURRENCES ? 'at least ' : ''}${rest} more`;
}

// Characters an author typing a quote by hand tends to swap for their plain look-alikes. Each
// maps to exactly one character, so offsets in the folded text are offsets in the original.
const LOOK_ALIKES = new Map<string, string>([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201A', "'"],
  ['\u201B', "'"],
  ['\u2032', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u201E', '"'],
  ['\u2033', '"'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u00A0', ' '],
]);

// The last text folded, so checking many quotes against one long text folds it once.
let lastFolded: { text: string; folded: string } | undefined;

function fold(text: string): string {
  if (lastFolded?.text === text) return lastFolded.folded;
  const folded = foldNow(text);
  // Only long texts are worth keeping; quotes are folded afresh each time.
  if (text.length > 10_000) lastFolded = { text, folded };
  return folded;
}

function foldNow(text: string): string {
  return text.replace(
    /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u2033\u2010-\u2014\u00A0]/g,
    (c) => LOOK_ALIKES.get(c) ?? c,
  );
}

/**
 * Where the quote occurs once curly quotes, dashes and no-break spaces are read as their
 * plain forms: the likely spot when an exact search finds nothing.
 */
export function findLookAlikeOccurrences(text: string, quote: string): Occurrences {
  return locate(fold(text), fold(quote));
}
