// Controller: turns Cytoscape pointer events into store actions. Handlers read
// `store.getState()` when they fire, so they never act on stale state.
import { useEffect } from 'react';
import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import type { Selection } from '../domain/types';
import { isBundleId } from '../domain/bundles';

/** What an event happened on: an entity, a relation, or (null) the background. */
function asSelection(event: EventObject): Selection {
  // Cytoscape types `target` as any: it is the core for background events, else an element.
  const target = event.target as Core | SingularElementArgument;
  if (target === event.cy || !('isNode' in target)) return null;
  return { kind: target.isNode() ? 'node' : 'edge', id: target.id() };
}

export function useCanvasEvents(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    const container = cy.container();
    const setCursor = (cursor: string) => {
      if (container) container.style.cursor = cursor;
    };

    const onTap = (event: EventObject) => {
      const target = asSelection(event);
      const actions = store.getState();
      if (!target) {
        actions.clearSelection();
      } else if (target.kind === 'edge' && isBundleId(target.id)) {
        actions.openBundle(target.id, 'canvas');
      } else {
        actions.select(target, 'canvas');
      }
    };
    const onOver = (event: EventObject) => {
      setCursor('pointer');
      store.getState().setHover(asSelection(event));
    };
    const onOut = (event: EventObject) => {
      setCursor('');
      const { hover, setHover } = store.getState();
      // Only clear our own hover: the pointer may already be over the next element.
      if (hover && hover.id === asSelection(event)?.id) setHover(null);
    };

    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    return () => {
      cy.removeListener('tap', onTap);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
      setCursor('');
    };
  }, [cy, store]);
}
