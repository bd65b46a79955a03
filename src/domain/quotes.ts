// Finding an evidence quote in its source text. Shared by validation (to say where a quote
// really is) and by fixOffsets (to move offsets there), so both agree on what "found" means.

/** `120–164`, with an en dash, as ranges are written in the problem messages. */
export function formatRange(start: number, end: number): string {
  return `${start}–${end}`;
}

/** Every index where `quote` starts in `text`, overlapping occurrences included. */
export function findOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** `130–174, 900–944` for the occurrences of a quote of this length. */
export function formatOccurrences(starts: readonly number[], length: number): string {
  return starts.map((start) => formatRange(start, start + length)).join(', ');
}

// Characters an author typing a quote by hand tends to swap for their plain look-alikes. Each
// maps to exactly one character, so offsets in the folded text are offsets in the original.
const LOOK_ALIKES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
};

function fold(text: string): string {
  return text.replace(
    /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u2033\u2010-\u2014\u00A0]/g,
    (c) => LOOK_ALIKES[c] ?? c,
  );
}

/**
 * Where the quote occurs once curly quotes, dashes and no-break spaces are read as their
 * plain forms: the likely spot when an exact search finds nothing.
 */
export function findLookAlikeOccurrences(text: string, quote: string): number[] {
  return findOccurrences(fold(text), fold(quote));
}
