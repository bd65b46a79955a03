// Controller: when the document is edited, the canvas follows by diff (followDocument):
// no rebuild, no re-layout. A change of vocabulary (types, statuses) restyles the canvas,
// since colours, shapes and line styles come from their declaration order. Where a new
// entity was put is saved with the graph's positions, so a reload draws it there.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { GraphFile } from '../domain/schema';
import type { AppStore } from '../store/appStore';
import { followDocument } from './followDocument';
import { buildStylesheet } from './stylesheet';
import type { PositionStore } from '../storage/positions';
import { sharedPositions } from './useLayoutController';

function sameVocabulary(a: GraphFile, b: GraphFile): boolean {
  return (
    a.entityTypes === b.entityTypes &&
    a.relationTypes === b.relationTypes &&
    a.statuses === b.statuses
  );
}

export function useDocumentController(
  cy: Core | null,
  store: StoreApi<AppStore>,
  positions: PositionStore = sharedPositions(),
): void {
  useEffect(() => {
    if (!cy) return;
    let { graph } = store.getState().loaded;
    let { graphId } = store.getState();
    return store.subscribe((state) => {
      const next = state.loaded.graph;
      if (next === graph) return;
      // Another graph altogether is the canvas's owner's to rebuild, not an edit to follow.
      if (state.graphId !== graphId) {
        graphId = state.graphId;
        graph = next;
        return;
      }
      if (!sameVocabulary(graph, next)) cy.style(buildStylesheet(next));
      const diff = followDocument(cy, graph, next);
      graph = next;
      // Without this the saved positions would miss the new entity, and the next load
      // would lay the whole graph out afresh, moving everything the reader had arranged.
      if (diff.added.some((el) => el.group === 'nodes'))
        positions.save(graphId, {
          layout: state.layout,
          positions: new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
        });
    });
  }, [cy, store, positions]);
}
