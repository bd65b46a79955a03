// Property: whatever the text, an anchored span survives the copy-editing that re-pasting an
// article does (spaces doubled, line breaks for spaces, straight for curly quote marks): it
// is found again exactly where its words now are.
import fc from 'fast-check';
import { anchorAt, fold, reanchor } from '../../src/domain/anchors';

const WORDS = ['Iran', 'Russia', 'drones', '“deal”', 'said', 'the', 'U.S.', 'ties', '—', 'on', 'a'];

/** How many times `part` occurs in `whole`, overlapping occurrences included. */
function occurrences(whole: string, part: string): number {
  let n = 0;
  for (let at = whole.indexOf(part); at !== -1; at = whole.indexOf(part, at + 1)) n++;
  return n;
}

/** Copy-edits `text`, returning the new text and where each old index went. */
function copyEdit(text: string, double: boolean[], straight: boolean): [string, number[]] {
  let out = '';
  const map: number[] = [];
  [...text].forEach((ch, i) => {
    map.push(out.length);
    if (ch === ' ' && double[i % double.length]) out += ' \n';
    else if (straight && (ch === '“' || ch === '”')) out += '"';
    else out += ch;
  });
  map.push(out.length);
  return [out, map];
}

describe('reanchor (property)', () => {
  it('finds every span again after spaces, line breaks and quote marks change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.boolean(),
        (words, a, b, double, straight) => {
          const text = words.join(' ');
          // A span of whole words, so that it never starts or ends inside a changed space.
          const bounds = [0, ...[...text.matchAll(/ /g)].map((m) => m.index + 1)];
          const i = a % bounds.length;
          const j = i + 1 + (b % Math.min(4, bounds.length - i));
          const start = bounds[i]!;
          const end = j < bounds.length ? bounds[j]! - 1 : text.length;
          const ev = anchorAt('a', text, start, end);
          const [edited, map] = copyEdit(text, double, straight);
          const found = reanchor(edited, ev);
          // The same words; at their new place whenever the words occur only once (a text
          // that repeats itself can leave the choice among repeats to the context).
          expect(found).not.toBeNull();
          const expected = edited.slice(map[start], map[end]);
          const foundWords = fold(edited.slice(found!.start, found!.end)).text;
          expect(foundWords).toBe(fold(expected).text);
          const unique = occurrences(fold(edited).text, fold(expected).text) === 1;
          if (unique) expect(found).toEqual({ start: map[start], end: map[end] });
        },
      ),
      { numRuns: 500 },
    );
  });
});
