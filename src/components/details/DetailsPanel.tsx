// The details of what is selected — an entity, a relation, an opened bundle of relations,
// or (with nothing selected) how to use the explorer. Announces each new selection politely and never takes focus from
// the canvas; see useFocusRescue for the one case where it moves focus.
import { useRef } from 'react';
import { claimStatus, relationTitle } from '../../domain/describe';
import { useAppStore } from '../../store/StoreProvider';
import { useGraph, useIndex } from '../useGraph';
import { EmptyDetails } from './EmptyDetails';
import { EntityDetails } from './EntityDetails';
import { RelationDetails } from './RelationDetails';
import { useFocusRescue } from './useFocusRescue';
import { bundlesOf } from '../../domain/bundles';
import { BundleBackLink } from '../bundles/BundleBackLink';
import { BundleDetails } from '../bundles/BundleDetails';
import './DetailsPanel.css';

export function DetailsPanel() {
  const graph = useGraph();
  const index = useIndex();
  const selection = useAppStore((s) => s.selection);
  const openedBundle = useAppStore((s) => s.openedBundle);
  const asideRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusRescue(asideRef, headingRef, selection ?? openedBundle);
  const bundle = openedBundle ? bundlesOf(graph).byId.get(openedBundle) : undefined;

  const node = selection?.kind === 'node' ? index.nodeById.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? index.edgeById.get(selection.id) : undefined;

  let content;
  let announcement = '';
  if (node) {
    content = <EntityDetails key={node.id} node={node} headingRef={headingRef} />;
    const type = index.entityTypeById.get(node.type)?.label ?? node.type;
    announcement = `Details: ${node.label}, ${type}`;
  } else if (edge) {
    content = <RelationDetails key={edge.id} edge={edge} headingRef={headingRef} />;
    if (bundle?.edgeIds.includes(edge.id))
      content = (
        <>
          <BundleBackLink bundle={bundle} />
          {content}
        </>
      );
    announcement = `Details: ${relationTitle(graph, edge)}, ${claimStatus(graph, edge)}`;
  } else if (bundle) {
    content = <BundleDetails key={bundle.id} bundle={bundle} headingRef={headingRef} />;
    const [a, b] = bundle.ends.map((id) => index.nodeById.get(id)?.label ?? id);
    announcement = `Details: ${bundle.edgeIds.length} relations between ${a} and ${b}`;
  } else {
    content = <EmptyDetails headingRef={headingRef} />;
  }

  return (
    <aside ref={asideRef} className="details-panel" aria-label="Details" id="details" tabIndex={-1}>
      {content}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </aside>
  );
}
