// Named people, places and organisations in an article, found by compromise (rule-based NLP
// that runs in the browser: nothing leaves the machine), each with every mention's offsets.
// Suggestions, not truth: the author accepts, merges or dismisses each. This module pulls in
// compromise (~350 kB), so the app loads it with import() only when suggestions are asked for.
import nlp from 'compromise';

export type SuggestionKind = 'person' | 'place' | 'organization';

export interface Mention {
  start: number;
  end: number;
}

export interface EntitySuggestion {
  /** The fullest form of the name ("Vladimir Putin", also mentioned as "Putin"). */
  name: string;
  kind: SuggestionKind;
  mentions: Mention[];
}

interface Term {
  text: string;
  post: string;
  offset: { start: number; length: number };
}

/** The term's real offsets: compromise's are checked against the text and corrected nearby. */
function locate(text: string, term: Term): Mention | null {
  const { start } = term.offset;
  if (text.startsWith(term.text, start)) return { start, end: start + term.text.length };
  const near = text.indexOf(term.text, Math.max(0, start - 8));
  return near < 0 ? null : { start: near, end: near + term.text.length };
}

const POSSESSIVE = /[’']s$/;

/** Consecutive terms joined by spaces make one name; a comma or period ends it. */
function namesIn(text: string, terms: readonly Term[]): Mention[] {
  const names: Mention[] = [];
  let current: Mention | null = null;
  for (const term of terms) {
    const at = locate(text, term);
    if (!at) continue;
    current = current ? { start: current.start, end: at.end } : at;
    if (!/^\s*$/.test(term.post)) {
      names.push(current);
      current = null;
    }
  }
  if (current) names.push(current);
  return names.map((m) => {
    const words = text.slice(m.start, m.end);
    return POSSESSIVE.test(words) ? { start: m.start, end: m.end - 2 } : m;
  });
}

type Doc = ReturnType<typeof nlp>;
/** What the finders return: a match list that can be read out as JSON. */
type Matches = Pick<Doc, 'json'>;
const FINDERS: [SuggestionKind, (doc: Doc) => Matches][] = [
  ['person', (doc) => doc.people()],
  ['place', (doc) => doc.places()],
  ['organization', (doc) => doc.organizations()],
];

/**
 * Every named entity in `text`, most mentioned first. A one-word name that ends a longer
 * name of the same kind ("Putin", "Vladimir Putin") counts as a mention of the longer one.
 */
export function suggestEntities(text: string): EntitySuggestion[] {
  const doc = nlp(text);
  const byName = new Map<string, EntitySuggestion>();
  for (const [kind, find] of FINDERS) {
    const matches = find(doc).json({ offset: true, terms: { offset: true } }) as {
      terms: Term[];
    }[];
    for (const match of matches)
      for (const mention of namesIn(text, match.terms)) {
        const name = text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
        if (name.length < 2) continue;
        const key = `${kind}:${name.toLowerCase()}`;
        const entry = byName.get(key) ?? { name, kind, mentions: [] };
        if (!entry.mentions.some((m) => m.start === mention.start)) entry.mentions.push(mention);
        byName.set(key, entry);
      }
  }
  const all = [...byName.values()];
  const merged = all.filter((short) => {
    if (short.name.includes(' ')) return true;
    const full = all.find(
      (long) =>
        long !== short &&
        long.kind === short.kind &&
        long.name.toLowerCase().endsWith(` ${short.name.toLowerCase()}`),
    );
    if (!full) return true;
    full.mentions.push(...short.mentions);
    return false;
  });
  for (const s of merged) s.mentions.sort((a, b) => a.start - b.start);
  return merged.sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
}
