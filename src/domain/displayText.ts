// Values from a file, made safe to put in a message. A graph file can hold anything: a key of
// a megabyte, a newline that would forge a second line of output, an ESC sequence that would
// recolour or clear a terminal. Messages show a bounded, escaped form of what they quote.

/** Characters of a value shown in a message; the rest are counted. */
export const SHOWN_CHARACTERS = 200;

/**
 * `value` cut to `max` characters, with `… (N more)` saying how much was left out. Never
 * splits a character: a cut between the halves of an emoji moves back one.
 */
export function truncate(value: string, max = SHOWN_CHARACTERS): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  const cut = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return `${value.slice(0, cut)}… (${value.length - cut} more)`;
}

/**
 * `"iran"`: a value quoted for a message, truncated, with quotes, backslashes, newlines and
 * other control characters escaped as in JSON, so it stays on its line and inside its quotes.
 */
export function quoted(value: string, max = SHOWN_CHARACTERS): string {
  return JSON.stringify(truncate(value, max));
}

// C0 and C1 controls and DEL (terminal escapes, NUL, line breaks), the bidirectional
// overrides and isolates that can make a line read differently from what it holds
// ("Trojan Source"), and lone surrogates (with the u flag, a well-formed pair is one code
// point and does not match), which terminals render as garbage.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;

const NAMED = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

function escapeOne(c: string): string {
  const named = NAMED.get(c);
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line as a terminal should print it: every unsafe character written as an escape. */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, escapeOne);
}
