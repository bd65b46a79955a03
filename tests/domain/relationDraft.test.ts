import { draftRelation, entitiesMentioned } from '../../src/domain/relationDraft';
import { sampleGraph, SAMPLE_TEXT } from '../fixtures/sampleGraph';

const TEXT =
  'Putin leads Russia. Iran helps Russia build drones, according to U.S. officials. The end.';

describe('entitiesMentioned', () => {
  it('lists the entities a stretch of text names, in reading order', () => {
    const graph = sampleGraph();
    const from = TEXT.indexOf('Iran helps');
    const to = TEXT.indexOf(' The end');
    expect(entitiesMentioned(graph, 'other', TEXT, from, to)).toEqual([
      'iran',
      'russia',
      'united-states',
    ]);
    expect(entitiesMentioned(graph, 'other', TEXT, 0, 5)).toEqual(['putin']);
  });

  it('counts evidence inside the stretch as a mention', () => {
    const graph = sampleGraph();
    const sentence = 'The U.S. accused Iran of sending missiles, a claim Tehran denies.';
    const from = SAMPLE_TEXT.indexOf(sentence);
    graph.nodes[3]!.label = 'Nobody named here';
    graph.nodes[3]!.aliases = [];
    graph.nodes[3]!.evidence = [
      { source: 'article', start: from + 4, end: from + 8, quote: 'U.S.' },
    ];
    expect(entitiesMentioned(graph, 'article', SAMPLE_TEXT, from, from + sentence.length)).toEqual([
      'united-states',
      'putin',
      'iran',
    ]);
  });
});

describe('draftRelation', () => {
  it('starts from the sentence: its two parties, the hedge’s status and claimant, and why', () => {
    const graph = sampleGraph();
    const at = TEXT.indexOf('helps');
    const draft = draftRelation(graph, 'other', TEXT, { start: at, end: at + 5 });
    expect(draft.sentence.text).toBe(
      'Iran helps Russia build drones, according to U.S. officials.',
    );
    expect(draft).toMatchObject({
      source: 'iran',
      target: 'russia',
      status: 'alleged',
      attributedTo: ['united-states'],
    });
    expect(draft.hedge?.reason).toBe('because of ‘according to U.S. officials’');
  });

  it('names who denies the claim', () => {
    const text = 'The U.S. accused Iran of sending missiles to Russia, a claim Tehran denies.';
    // Another source: the sample's evidence offsets (into its own article) do not apply.
    const draft = draftRelation(sampleGraph(), 'other', text, { start: 0, end: 10 });
    expect(draft).toMatchObject({
      source: 'iran',
      target: 'russia',
      status: 'denied',
      attributedTo: ['united-states'],
      disputedBy: ['iran'],
    });
  });

  it('falls back to the most certain status when there is no cue', () => {
    const draft = draftRelation(sampleGraph(), 'other', TEXT, { start: 0, end: 5 });
    expect(draft).toMatchObject({
      status: 'stated',
      hedge: null,
      source: 'putin',
      target: 'russia',
    });
  });
});
