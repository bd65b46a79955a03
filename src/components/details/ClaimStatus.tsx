// How the article holds a claim: "alleged — according to United States", what that status
// means, and a clear flag when a party to the claim disputes it.
import { claimStatus } from '../../domain/describe';
import type { GraphEdge } from '../../domain/schema';
import { StatusSwatch } from '../swatches/StatusSwatch';
import { useGraph, useIndex, useLooks } from '../useGraph';

export function ClaimStatus({ edge }: { edge: GraphEdge }) {
  const graph = useGraph();
  const index = useIndex();
  const looks = useLooks();
  const status = index.statusById.get(edge.status);
  return (
    <div className={`claim${status?.contested ? ' claim--contested' : ''}`}>
      <p className="claim__status">
        <StatusSwatch look={looks.status.get(edge.status)} />
        <strong>{claimStatus(graph, edge)}</strong>
      </p>
      {status?.contested && (
        <p className="claim__contested">
          <span aria-hidden="true">⚠ </span>
          <strong>Contested</strong>: {status.label} — a party to the claim disputes it.
        </p>
      )}
      {status && <p className="claim__description">{status.description}</p>}
    </div>
  );
}
