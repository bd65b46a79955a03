// The texts of a graph's sources, by source id. The map is a plain record (its type is shared
// across the app) but built without a prototype, and read only through `textOf`, so a source
// whose id is `constructor` can never be answered with Object's constructor.

/** An empty texts record with no prototype: `texts.constructor` is undefined. */
export function emptyTexts(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** A texts record (no prototype) from `[id, text]` pairs. */
export function textsFrom(entries: Iterable<readonly [string, string]>): Record<string, string> {
  const texts = emptyTexts();
  for (const [id, text] of entries) texts[id] = text;
  return texts;
}

/** A copy of `texts` (no prototype) with source `id`'s text set to `text`. */
export function withText(
  texts: Readonly<Record<string, string>>,
  id: string,
  text: string,
): Record<string, string> {
  return textsFrom([...Object.entries(texts), [id, text]]);
}

/** `record[key]` if `record` itself has it; never a property inherited from a prototype. */
export function ownValue<T>(
  record: Readonly<Partial<Record<string, T>>>,
  key: string,
): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The text of source `id`, or undefined; never a property inherited from a prototype. */
export function textOf(
  texts: Readonly<Partial<Record<string, string>>>,
  id: string,
): string | undefined {
  return ownValue(texts, id);
}
