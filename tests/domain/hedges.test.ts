import { entityNamedIn, findHedgeCues, suggestHedge } from '../../src/domain/hedges';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();
const nodes = [
  ...graph.nodes,
  {
    id: 'ria',
    label: 'RIA',
    type: 'country',
    aliases: ['RIA Novosti'],
    summary: 'A news agency.',
    evidence: graph.nodes[0]!.evidence,
  },
];
const suggest = (sentence: string) => suggestHedge(sentence, graph.statuses, nodes);

describe('findHedgeCues', () => {
  it('finds each cue with the status it calls for', () => {
    const cases: [string, string, string][] = [
      ['Iran reportedly has supplied Russia with drones.', 'reportedly', 'reported'],
      ['The factory is said to be near Moscow.', 'is said to', 'reported'],
      ['Iran has allegedly transferred missiles.', 'allegedly', 'alleged'],
      ['Kazan hosts the summit, according to reports.', 'according to reports', 'reported'],
      ['The report was denied.', 'denied', 'denied'],
    ];
    for (const [sentence, text, status] of cases)
      expect(findHedgeCues(sentence)).toEqual([{ text, start: sentence.indexOf(text), status }]);
  });

  it('names who denies a claim', () => {
    expect(findHedgeCues('It is a claim Tehran denies.')).toEqual([
      { text: 'Tehran denies', start: 14, status: 'denied', disputer: 'Tehran' },
    ]);
  });

  it('names the claimant after "according to" and "as reported by", keeping "U.S." whole', () => {
    expect(findHedgeCues('Iran helps build a factory, according to U.S. officials.')).toEqual([
      expect.objectContaining({
        text: 'according to U.S. officials',
        status: 'alleged',
        claimant: 'U.S. officials',
      }),
    ]);
    expect(
      findHedgeCues('He accepted, as reported by Russia’s state-run RIA news agency.')[0],
    ).toMatchObject({ status: 'reported', claimant: 'Russia’s state-run RIA news agency' });
  });

  it('takes the subject of "claims" and "has accused" as the claimant', () => {
    expect(findHedgeCues('The U.S. has accused Iran of supplying missiles.')[0]).toMatchObject({
      status: 'alleged',
      claimant: 'U.S.',
    });
    expect(findHedgeCues('Moscow claims the drones are Russian.')[0]).toMatchObject({
      status: 'alleged',
      claimant: 'Moscow',
    });
  });

  it('finds nothing in a plain statement', () => {
    expect(findHedgeCues('Putin leads Russia. Russia and Iran signed a treaty.')).toEqual([]);
  });
});

describe('suggestHedge', () => {
  it('suggests the status, the claimant and the reason', () => {
    expect(suggest('Iran helps build a drone factory, according to U.S. officials.')).toEqual({
      status: 'alleged',
      attributedTo: ['united-states'],
      disputedBy: [],
      reason: 'because of ‘according to U.S. officials’',
      cues: [expect.objectContaining({ status: 'alleged' })],
    });
    expect(suggest('Iran reportedly supplied Russia with drones.')).toMatchObject({
      status: 'reported',
      attributedTo: [],
      reason: 'because of ‘reportedly’',
    });
  });

  it('lets the least certain cue decide and names the others', () => {
    const s = suggest('The U.S. has accused Iran of supplying missiles, a claim Tehran denies.');
    expect(s).toMatchObject({
      status: 'denied',
      attributedTo: ['united-states'],
      disputedBy: ['iran'],
      reason: 'because of ‘Tehran denies’ (also ‘The U.S. has accused’)',
    });
  });

  it('skips a possessive to find who reports it', () => {
    expect(
      suggest('He accepted, as reported by Russia’s state-run RIA news agency.'),
    ).toMatchObject({
      status: 'reported',
      attributedTo: ['ria'],
    });
  });

  it('ignores cues whose status the graph does not declare, and plain sentences', () => {
    expect(suggestHedge('Iran reportedly helps.', graph.statuses.slice(0, 1), nodes)).toBeNull();
    expect(suggest('Putin leads Russia.')).toBeNull();
  });
});

describe('entityNamedIn', () => {
  it('matches whole names and aliases, the longest winning', () => {
    expect(entityNamedIn('officials in Tehran', nodes)).toBe('iran');
    expect(entityNamedIn('Iranian officials', nodes)).toBeUndefined();
    expect(entityNamedIn('RIA Novosti staff', nodes)).toBe('ria');
  });
});
