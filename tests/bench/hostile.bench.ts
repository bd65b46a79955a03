// The inputs that used to hang the validator (issue 7), timed: each must take well under a
// second or two. `npm run bench` prints the figures; correctness is in boundedChecks.test.ts.
import { bench, describe } from 'vitest';
import { loadGraph } from '../../src/domain/loadGraph';
import { danglingGraph, longIdGraph, oneLetterQuoteGraph } from '../fixtures/hostileGraphs';

const noFiles = () => undefined;
const dangling = danglingGraph(100_000, 1000);
const longIds = longIdGraph(20_000);
const longText = oneLetterQuoteGraph(20 * 1024 * 1024);

describe('former hangs', () => {
  bench(
    '100,000 entities, 1,000 dangling relations',
    () => {
      loadGraph(dangling, noFiles);
    },
    { iterations: 3, time: 0 },
  );
  bench(
    '20,000-character id and dangling source',
    () => {
      loadGraph(longIds, noFiles);
    },
    { iterations: 3, time: 0 },
  );
  bench(
    'one-letter quote at wrong offsets in a 20 MB text',
    () => {
      loadGraph(longText, noFiles);
    },
    { iterations: 3, time: 0 },
  );
});
