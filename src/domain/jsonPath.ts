// JSON paths for problem reports (`edges[3].evidence[0].start`), and a way to look a path up
// in raw data. Every Problem carries one of these so a person can find the spot in the file.
import { quoted, SHOWN_CHARACTERS } from './displayText';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['edges', 3, 'evidence', 0]` → `edges[3].evidence[0]`; the root is the empty string. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (
      typeof segment === 'string' &&
      segment.length <= SHOWN_CHARACTERS &&
      IDENTIFIER.test(segment)
    )
      path += path === '' ? segment : `.${segment}`;
    // Keys a person could not type after a dot (spaces, dashes) are quoted, as in JavaScript;
    // a key of a megabyte is cut short, as every value quoted in a message is.
    else path += `[${quoted(String(segment))}]`;
  }
  return path;
}

/** Appends a child to a path already formatted: `childPath('edges[3]', 'source')`. */
export function childPath(parent: string, ...segments: PropertyKey[]): string {
  const child = formatPath(segments);
  if (parent === '' || child.startsWith('[')) return parent + child;
  return `${parent}.${child}`;
}

/**
 * What sits at `segments` inside `root`. `present` is false when a key is absent, which is
 * how a missing required field is told apart from one that is there but `null`.
 */
export function valueAt(
  root: unknown,
  segments: readonly PropertyKey[],
): { present: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null)
      return { present: false, value: undefined };
    if (!Object.hasOwn(current, segment)) return { present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return { present: true, value: current };
}

/** A person's name for the JSON type of a value: "an array", "a string", "null". */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number')
    return Number.isFinite(value) ? 'a number' : 'a number too large for JSON';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}
