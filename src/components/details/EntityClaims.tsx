// Who claims what, from the claimant's side: the claims an entity makes, reports or warns of
// ("Claims it makes": the United States' drone-factory and missile claims) and those it
// disputes, each with its status and the article's words. A claim is a button that selects it.
import { useMemo } from 'react';
import { claimsOf } from '../../domain/claims';
import { claimStatus, relationTitle } from '../../domain/describe';
import type { GraphEdge } from '../../domain/schema';
import { useAppStore } from '../../store/StoreProvider';
import { StatusSwatch } from '../swatches/StatusSwatch';
import { useGraph, useLooks } from '../useGraph';
import './EntityClaims.css';

export function EntityClaims({ nodeId }: { nodeId: string }) {
  const graph = useGraph();
  const { makes, disputes } = useMemo(() => claimsOf(graph, nodeId), [graph, nodeId]);
  return (
    <>
      {makes.length > 0 && <ClaimList title="Claims it makes" edges={makes} />}
      {disputes.length > 0 && <ClaimList title="Claims it disputes" edges={disputes} />}
    </>
  );
}

function ClaimList({ title, edges }: { title: string; edges: readonly GraphEdge[] }) {
  return (
    <>
      <h3>
        {title} <span className="details__count">({edges.length})</span>
      </h3>
      <ul className="claims">
        {edges.map((edge) => (
          <ClaimItem key={edge.id} edge={edge} />
        ))}
      </ul>
    </>
  );
}

function ClaimItem({ edge }: { edge: GraphEdge }) {
  const graph = useGraph();
  const looks = useLooks();
  const selectRelation = useAppStore((s) => s.selectRelation);
  // One quote per distinct wording: a summary bullet and the body often repeat a claim.
  const quotes = [...new Set(edge.evidence.map((span) => span.quote))];
  return (
    <li className="claims__item">
      <button type="button" className="link-button" onClick={() => selectRelation(edge.id)}>
        {relationTitle(graph, edge)}
      </button>
      <p className="claims__status">
        <StatusSwatch look={looks.status.get(edge.status)} />
        {claimStatus(graph, edge)}
      </p>
      {quotes.map((quote) => (
        <blockquote key={quote} className="claims__quote">
          “{quote}”
        </blockquote>
      ))}
    </li>
  );
}
