// Turns zod's issues into Problems a person can act on: the field named, the expected and the
// actual value side by side, unknown keys with the nearest known key. zod's own messages
// ("Invalid input: expected string, received undefined") are written for developers.
import { z } from 'zod';
import { didYouMean } from './closest';
import { quoted } from './displayText';
import { childPath, describeJsonType, formatPath, valueAt } from './jsonPath';
import type { Problem } from './types';

const EXPECTED = new Map([
  ['string', 'a string'],
  ['number', 'a number'],
  ['int', 'a whole number'],
  ['boolean', 'true or false'],
  ['array', 'an array'],
  ['object', 'an object'],
]);

/** `the number 1.5`, `the string "Iran"`, `an array`: what was found, briefly. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return `the string ${quoted(value, 40)}`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return describeJsonType(value);
}

/** The keys a strict object at `path` accepts, found by walking the schema along the path. */
function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of [...path, null]) {
    while (current instanceof z.ZodOptional) current = current.unwrap();
    if (segment === null) break;
    if (current instanceof z.ZodArray) current = current.element;
    else if (current instanceof z.ZodObject)
      current = Object.hasOwn(current.shape, segment) ? current.shape[String(segment)] : undefined;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unknownKeyMessage(key: string, allowed: string[]): string {
  const hint = didYouMean(key, allowed);
  if (hint !== '' || allowed.length === 0) return `unknown key ${quoted(key)}${hint}`;
  return `unknown key ${quoted(key)}; allowed here: ${allowed.join(', ')}`;
}

function messageFor(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED.get(issue.expected) ?? issue.expected}, got ${describeValue(value)}`;
    case 'too_small':
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        const items = issue.minimum === 1 ? 'item' : 'items';
        return `needs at least ${issue.minimum} ${items}, got ${count === 0 ? 'none' : count}`;
      }
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.minimum} or more, got ${describeValue(value)}`;
    case 'too_big':
      return `${describeValue(value)} is too large (at most ${issue.maximum})`;
    case 'invalid_format':
      if (issue.format === 'url')
        return `expected a URL such as "https://example.com/story", got ${describeValue(value)}`;
      if (issue.format === 'regex') return `${issue.message}; got ${describeValue(value)}`;
      return `expected the ${issue.format} format, got ${describeValue(value)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(value)}`;
    default:
      return issue.message;
  }
}

/** One Problem per issue, except unknown keys: one per key, at the key's own path. */
export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  schema: z.ZodType,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    const at = valueAt(raw, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, issue.path);
      for (const key of issue.keys)
        problems.push({ path: childPath(path, key), message: unknownKeyMessage(key, allowed) });
    } else if (issue.path.length === 0 && issue.code === 'invalid_type') {
      problems.push({
        path,
        message: `expected a JSON object at the top level, got ${describeJsonType(raw)}`,
      });
    } else if (issue.code === 'invalid_type' && !at.present) {
      const field = String(issue.path[issue.path.length - 1]);
      problems.push({ path, message: `required field "${field}" is missing` });
    } else {
      problems.push({ path, message: messageFor(issue, at.value) });
    }
  }
  return problems;
}
