// Checks one evidence span against its source text: the offsets lie inside the text and
// text.slice(start, end) is exactly the quote. When it is not, says where the quote really is,
// which is what a person needs to fix the offsets (or what `validate --fix` does for them).
import { reanchor } from './anchors';
import {
  findLookAlikeOccurrences,
  findOccurrences,
  formatOccurrences,
  formatRange,
} from './quotes';
import type { Evidence } from './schema';
import type { Problem } from './types';

/**
 * Where the quote really is, as a clause: `found at 130–174`, `found at 130–174, 900–944
 * (ambiguous)`, or `does not occur in the source "article"` (with a hint when it nearly does).
 */
export function whereQuoteIs(
  text: string,
  quote: string,
  sourceId: string,
): { found: boolean; clause: string } {
  const starts = findOccurrences(text, quote);
  const at = formatOccurrences(starts, quote.length);
  if (starts.length === 1) return { found: true, clause: `found at ${at}` };
  if (starts.length > 1) return { found: true, clause: `found at ${at} (ambiguous)` };
  const missing = `does not occur in the source "${sourceId}"`;
  const nearly = findLookAlikeOccurrences(text, quote);
  if (nearly.length === 0) return { found: false, clause: missing };
  return {
    found: false,
    clause:
      `${missing}; it nearly does at ${formatOccurrences(nearly, quote.length)}, where the ` +
      'text differs only in quote marks, dashes or spaces: copy it exactly',
  };
}

/**
 * Problems with one evidence span, at `path` (e.g. `edges[3].evidence[0]`). Returns nothing
 * when the source has no text: an unknown or unreadable source is reported elsewhere.
 */
export function checkEvidence(
  evidence: Evidence,
  path: string,
  texts: Readonly<Record<string, string>>,
): Problem[] {
  const text = texts[evidence.source];
  if (text === undefined) return [];
  const { start, end, quote } = evidence;
  const inText = start < end && end <= text.length;
  if (inText && text.slice(start, end) === quote) return [];
  const where = whereQuoteIs(text, quote, evidence.source);
  if (!inText) {
    const offsets =
      end <= start
        ? `end ${end} must be greater than start ${start}`
        : `end ${end} is past the end of the text (${text.length} characters)`;
    const quoteIs = `the quote ${where.found ? 'is ' : ''}${where.clause}`;
    return [{ path, message: `${offsets}; ${quoteIs}` }];
  }
  const range = formatRange(start, end);
  // A span anchored with its context (prefix/suffix) is searched for as the app would after
  // the text changed: found → where; not found → an orphan, to fix or remove.
  if (evidence.prefix !== undefined || evidence.suffix !== undefined) {
    const found = reanchor(text, evidence);
    return [
      {
        path,
        message: found
          ? `quote not at ${range}; its words and context are found at ${formatRange(found.start, found.end)}`
          : `orphan: quote not at ${range} and not found again by its words or context in the ` +
            `source "${evidence.source}"; fix or remove this passage`,
      },
    ];
  }
  const clause = where.found ? where.clause : `the quote ${where.clause}`;
  return [{ path, message: `quote not at ${range}; ${clause}` }];
}
