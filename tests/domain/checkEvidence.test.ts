// One evidence span against its text: offsets, quote, and whole characters at both ends.
import { checkEvidence } from '../../src/domain/checkEvidence';

const texts = { article: 'We 😀 it.' }; // the emoji is two UTF-16 units, at 3 and 4

it('accepts a span that takes the emoji whole', () => {
  expect(checkEvidence({ source: 'article', start: 3, end: 5, quote: '😀' }, 'x', texts)).toEqual(
    [],
  );
});

it('rejects a span ending inside the emoji, naming it', () => {
  const quote = 'We \ud83d';
  expect(checkEvidence({ source: 'article', start: 0, end: 4, quote }, 'nodes[0]', texts)).toEqual([
    {
      path: 'nodes[0].end',
      message:
        'end 4 falls between the two halves of "😀" (U+1F600): a span must not split a ' +
        'character; use 5 to include it or 3 to leave it out',
    },
  ]);
});

it('rejects a span starting inside the emoji, naming it', () => {
  const quote = '\ude00 it';
  expect(checkEvidence({ source: 'article', start: 4, end: 8, quote }, 'nodes[0]', texts)).toEqual([
    {
      path: 'nodes[0].start',
      message:
        'start 4 falls between the two halves of "😀" (U+1F600): a span must not split a ' +
        'character; use 3 to include it or 5 to leave it out',
    },
  ]);
});

it('never reads a prototype member as a text', () => {
  expect(
    checkEvidence({ source: 'constructor', start: 0, end: 1, quote: 'x' }, 'x', texts),
  ).toEqual([]);
});
