// groupPassages: one passage per sentence, every quote of that sentence marked once.
import { groupPassages } from '../../src/domain/passageGroups';
import type { Evidence } from '../../src/domain/schema';

const TEXT =
  'Summary\n- Iran joins the summit.\nTensions rose over the corridor, a link that worries Tehran. ' +
  'Iran denies it.';
const texts = { a: TEXT };
const span = (quote: string): Evidence => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(quote);
  return { source: 'a', start, end: start + quote.length, quote };
};
/** A passage as a reader sees it: marked words in [brackets]. */
const read = (evidence: Evidence[]) =>
  groupPassages(texts, evidence).map((group) =>
    group.parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join(''),
  );

it('shows two spans of one sentence as that sentence once, with both marked', () => {
  const groups = groupPassages(texts, [span('Tensions rose'), span('worries Tehran')]);
  expect(groups).toHaveLength(1);
  expect(groups[0]?.evidence.map((e) => e.quote)).toEqual(['Tensions rose', 'worries Tehran']);
  expect(read([span('Tensions rose'), span('worries Tehran')])).toEqual([
    '[Tensions rose] over the corridor, a link that [worries Tehran].',
  ]);
});

it('keeps spans of different sentences apart, in the order the element lists them', () => {
  expect(read([span('Iran denies it'), span('Tensions rose')])).toEqual([
    '[Iran denies it].',
    '[Tensions rose] over the corridor, a link that worries Tehran.',
  ]);
});

it('marks overlapping or touching quotes as one run', () => {
  expect(
    read([span('over the corridor'), span('the corridor, a link'), span(' that worries')]),
  ).toEqual(['Tensions rose [over the corridor, a link that worries] Tehran.']);
});

it('drops the list marker of a bulleted line', () => {
  expect(read([span('Iran joins the summit')])).toEqual(['[Iran joins the summit].']);
});

it('shows a span whose source text is missing as its quote alone', () => {
  const lost: Evidence = { source: 'gone', start: 3, end: 8, quote: 'words' };
  expect(read([lost, span('Iran denies it')])).toEqual(['[words]', '[Iran denies it].']);
});
