// How the article holds a claim: "Claimed by United States · denied by Iran", what that
// status means, and a clear flag, naming who disputes it, when the claim is contested.
import { claimStatus, listOfNames } from '../../domain/describe';
import type { GraphEdge } from '../../domain/schema';
import { StatusSwatch } from '../swatches/StatusSwatch';
import { useGraph, useIndex, useLooks } from '../useGraph';

export function ClaimStatus({ edge }: { edge: GraphEdge }) {
  const graph = useGraph();
  const index = useIndex();
  const looks = useLooks();
  const status = index.statusById.get(edge.status);
  const disputers = (edge.disputedBy ?? []).map((id) => index.nodeById.get(id)?.label ?? id);
  return (
    <div className={`claim${status?.contested ? ' claim--contested' : ''}`}>
      <p className="claim__status">
        <StatusSwatch look={looks.status.get(edge.status)} />
        <strong>{claimStatus(graph, edge)}</strong>
      </p>
      {status?.contested && (
        <p className="claim__contested">
          <span aria-hidden="true">⚠ </span>
          <strong>Contested</strong>:{' '}
          {disputers.length > 0
            ? `${listOfNames(disputers)} ${disputers.length > 1 ? 'dispute' : 'disputes'} it.`
            : 'a party to the claim disputes it.'}
        </p>
      )}
      {status && <p className="claim__description">{status.description}</p>}
    </div>
  );
}
