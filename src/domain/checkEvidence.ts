// Checks one evidence span against its source text: the offsets lie inside the text,
// text.slice(start, end) is exactly the quote, and neither end cuts a character in two. When
// the quote is elsewhere, says where, which is what a person needs to fix the offsets (or what
// `validate --fix` does for them). Searches are bounded (see quotes.ts).
import { reanchor } from './anchors';
import { quoted } from './displayText';
import { findLookAlikeOccurrences, formatOccurrences, formatRange, locate } from './quotes';
import type { Evidence } from './schema';
import { textOf } from './sourceTexts';
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
  const { starts, count } = locate(text, quote);
  const at = formatOccurrences(starts, quote.length, count);
  if (count === 1) return { found: true, clause: `found at ${at}` };
  if (count > 1) return { found: true, clause: `found at ${at} (ambiguous)` };
  const missing = `does not occur in the source ${quoted(sourceId)}`;
  const nearly = findLookAlikeOccurrences(text, quote);
  if (nearly.count === 0) return { found: false, clause: missing };
  return {
    found: false,
    clause:
      `${missing}; it nearly does at ${formatOccurrences(nearly.starts, quote.length, nearly.count)}, ` +
      'where the text differs only in quote marks, dashes or spaces: copy it exactly',
  };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `index` falls between the two halves of a surrogate pair (an emoji, say). */
function splitsCharacter(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isHigh(text.charCodeAt(index - 1)) &&
    isLow(text.charCodeAt(index))
  );
}

/** `"😀" (U+1F600)`: the character a split offset falls inside. */
function describeCharacter(text: string, index: number): string {
  const char = text.slice(index - 1, index + 1);
  const code = char.codePointAt(0)!.toString(16).toUpperCase();
  return `${JSON.stringify(char)} (U+${code})`;
}

/** A span whose quote matches but whose start or end cuts a character in two. */
function splitProblems(text: string, start: number, end: number, path: string): Problem[] {
  const problems: Problem[] = [];
  if (splitsCharacter(text, start))
    problems.push({
      path: `${path}.start`,
      message:
        `start ${start} falls between the two halves of ${describeCharacter(text, start)}: ` +
        `a span must not split a character; use ${start - 1} to include it or ${start + 1} to leave it out`,
    });
  if (splitsCharacter(text, end))
    problems.push({
      path: `${path}.end`,
      message:
        `end ${end} falls between the two halves of ${describeCharacter(text, end)}: ` +
        `a span must not split a character; use ${end + 1} to include it or ${end - 1} to leave it out`,
    });
  return problems;
}

/**
 * Problems with one evidence span, at `path` (e.g. `edges[3].evidence[0]`). Returns nothing
 * when the source has no text: an unknown or unreadable source is reported elsewhere.
 * `searches` bounds how many misplaced quotes are looked for in their text, across calls:
 * each search can read the whole text, and a file may hold thousands of misplaced quotes.
 */
export function checkEvidence(
  evidence: Evidence,
  path: string,
  texts: Readonly<Record<string, string>>,
  searches: { left: number } = { left: Infinity },
): Problem[] {
  const text = textOf(texts, evidence.source);
  if (text === undefined) return [];
  const { start, end, quote } = evidence;
  const inText = start < end && end <= text.length;
  if (inText && text.slice(start, end) === quote) return splitProblems(text, start, end, path);
  const where =
    searches.left-- > 0
      ? whereQuoteIs(text, quote, evidence.source)
      : { found: false, clause: 'was not searched for (too many misplaced quotes in this file)' };
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
            `source ${quoted(evidence.source)}; fix or remove this passage`,
      },
    ];
  }
  const clause = where.found ? where.clause : `the quote ${where.clause}`;
  return [{ path, message: `quote not at ${range}; ${clause}` }];
}
