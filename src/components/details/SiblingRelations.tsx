// Other relations between the same two entities — the canvas draws them as parallel
// edges that are easy to miss, so the details list them.
import { relationTitle } from '../../domain/describe';
import type { GraphEdge } from '../../domain/schema';
import { useAppStore } from '../../store/StoreProvider';
import { StatusBadge } from '../swatches/StatusBadge';
import { useGraph, useIndex } from '../useGraph';

export function SiblingRelations({ edge }: { edge: GraphEdge }) {
  const graph = useGraph();
  const index = useIndex();
  const selectRelation = useAppStore((s) => s.selectRelation);
  const pair = new Set([edge.source, edge.target]);
  const siblings = (index.edgesByNode.get(edge.source) ?? []).filter(
    (e) => e.id !== edge.id && pair.has(e.source) && pair.has(e.target),
  );
  if (siblings.length === 0) return null;
  const a = index.nodeById.get(edge.source)?.label ?? edge.source;
  const b = index.nodeById.get(edge.target)?.label ?? edge.target;
  return (
    <>
      <h3>
        Also between {a} and {b}
      </h3>
      <ul className="siblings">
        {siblings.map((sibling) => (
          <li key={sibling.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => selectRelation(sibling.id)}
            >
              {relationTitle(graph, sibling)}
            </button>{' '}
            <StatusBadge status={index.statusById.get(sibling.status)} />
          </li>
        ))}
      </ul>
    </>
  );
}
