// The reader's own, short-lived UI state — which mark shows its preview, which has its
// choice menu open, which passage flashes — in a small store of its own, so a change reaches
// only the marks it concerns (markHub.ts) and never re-renders the whole text. Not the app
// store: this holds DOM anchors and is nobody else's.
import { createStore, type StoreApi } from 'zustand';
import type { Piece } from '../../domain/articleBlocks';
import type { Ref } from '../../domain/refs';

export type Anchored = { piece: Piece; anchor: HTMLElement };

export interface MarkUiState {
  preview: Anchored | null;
  menu: (Anchored & { choices: readonly Ref[] }) | null;
  flash: { start: number; end: number } | null;
  /** DOM ids of the preview and the menu, for the marks' aria-describedby/-controls. */
  tooltipId: string;
  menuId: string;
}

export type MarkUi = StoreApi<MarkUiState>;

export function createMarkUi(ids: { tooltipId: string; menuId: string }): MarkUi {
  return createStore<MarkUiState>()(() => ({ preview: null, menu: null, flash: null, ...ids }));
}
