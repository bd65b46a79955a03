import { articleBlocks } from '../../src/domain/articleBlocks';
import { affectedMarks, indexMarks } from '../../src/domain/markIndex';
import { segmentArticle } from '../../src/domain/passages';
import { sampleGraph, SAMPLE_TEXT } from '../fixtures/sampleGraph';

const marks = indexMarks(articleBlocks(segmentArticle(sampleGraph(), 'article', SAMPLE_TEXT)));
const textAt = (start: number) => marks.pieces.get(start)!.text;

describe('indexMarks', () => {
  it('lists every mark once, and the marks of each thing by its key', () => {
    expect([...marks.pieces.values()].map((p) => p.text)).toEqual([
      'Russia and Iran deepened their alliance',
      'Iran reportedly supplied Russia with drones',
      'The U.S. ',
      'accused Iran',
      ' of sending missiles',
      ', a claim Tehran denies',
      'Putin leads Russia',
      'Russia and Iran have a history of rivalry',
    ]);
    expect(marks.byKey.get('edge:us-accuses-iran')!.map(textAt)).toEqual([
      'The U.S. ',
      'accused Iran',
      ' of sending missiles',
    ]);
    expect(marks.byKey.get('node:nobody')).toBeUndefined();
  });
});

describe('affectedMarks', () => {
  it('is the marks of what entered or left the set, each once', () => {
    const before = new Set(['node:iran', 'edge:us-accuses-iran']);
    const after = new Set(['edge:us-accuses-iran', 'node:putin']);
    expect([...affectedMarks(marks, before, after)].map(textAt).sort()).toEqual(
      ['Iran reportedly supplied Russia with drones', 'Putin leads Russia'].sort(),
    );
  });
  it('is empty when nothing changed', () => {
    const same = new Set(['node:iran']);
    expect(affectedMarks(marks, same, new Set(same)).size).toBe(0);
  });
});
