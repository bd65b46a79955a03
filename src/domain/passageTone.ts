// How certain a passage of the article is, for the reader's marks: a passage that supports a
// hedged claim (reported, alleged) or a contested one (denied) is drawn with a different
// line, so the article's hedging shows in the text and not by colour alone. The least
// certain claim a passage supports decides, as for an edge's status (graph-data/README.md).
import { indexGraph } from './graphIndex';
import type { Ref } from './refs';
import type { GraphFile } from './schema';

export type PassageTone = 'plain' | 'hedged' | 'contested';

export function passageTone(graph: GraphFile, supports: readonly Ref[]): PassageTone {
  const index = indexGraph(graph);
  let tone: PassageTone = 'plain';
  for (const ref of supports) {
    if (ref.kind !== 'edge') continue;
    const edge = index.edgeById.get(ref.id);
    const status = edge && index.statusById.get(edge.status);
    if (!status) continue;
    if (status.contested) return 'contested';
    // statuses are declared from the most certain down: all but the first are hedges
    if (graph.statuses[0]?.id !== status.id) tone = 'hedged';
  }
  return tone;
}
