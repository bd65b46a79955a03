// The texts of a graph's sources, by source id. The map is a plain record (its type is shared
// across the app) but built without a prototype, and read only through `textOf`, so a source
// whose id is `constructor` can never be answered with Object's constructor.

/** An empty texts record with no prototype: `texts.constructor` is undefined. */
export function emptyTexts(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** The text of source `id`, or undefined; never a property inherited from a prototype. */
export function textOf(texts: Readonly<Record<string, string>>, id: string): string | undefined {
  return Object.hasOwn(texts, id) ? texts[id] : undefined;
}
