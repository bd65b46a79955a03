// The state of each mark (emphasised, hovered, opens a menu, previewed, menu open, flashing),
// pushed to just the marks whose state changes. One subscription per reader watches the app
// store and the reader's UI store; on a change it works out which marks it concerns
// (domain/markIndex.ts) and notifies those alone, so a hover costs the few marks it lights,
// not one selector per mark of a long article.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';
import { affectedMarks, type MarkIndex } from '../../domain/markIndex';
import type { AppStore } from '../../store/appStore';
import {
  hasAny,
  selectEmphasisKeys,
  selectHoverKeys,
  selectMarkContext,
  opensMenu,
} from '../../store/articleSelectors';
import type { MarkUi, MarkUiState } from './markUi';

export interface MarkFlags {
  emphasised: boolean;
  hovered: boolean;
  opensMenu: boolean;
  /** The preview's id while this mark's preview shows. */
  tooltipId: string | null;
  /** The menu's id while this mark's menu is open. */
  menuId: string | null;
  flashing: boolean;
}

export interface MarkHub {
  get: (start: number) => MarkFlags;
  subscribe: (start: number, listener: () => void) => () => void;
  /** Starts following the stores; returns the function that stops it. */
  connect: () => () => void;
}

const NO_MARK: MarkFlags = {
  emphasised: false,
  hovered: false,
  opensMenu: false,
  tooltipId: null,
  menuId: null,
  flashing: false,
};

function watched(store: StoreApi<AppStore>, ui: MarkUi) {
  const s = store.getState();
  const u = ui.getState();
  return {
    emphasis: selectEmphasisKeys(s),
    hover: selectHoverKeys(s),
    context: selectMarkContext(s),
    ui: u,
  };
}

export function createMarkHub(index: MarkIndex, store: StoreApi<AppStore>, ui: MarkUi): MarkHub {
  const flags = new Map<number, MarkFlags>();
  const listeners = new Map<number, Set<() => void>>();
  let seen = watched(store, ui);

  const compute = (start: number): MarkFlags => {
    const piece = index.pieces.get(start);
    const keys = index.keys.get(start);
    if (!piece || !keys) return NO_MARK;
    const { emphasis, hover, context, ui: u } = seen;
    return {
      emphasised: hasAny(emphasis, keys),
      hovered: hasAny(hover, keys),
      opensMenu: opensMenu(context, piece.supports),
      tooltipId: u.preview?.piece.start === start ? u.tooltipId : null,
      menuId: u.menu?.piece.start === start ? u.menuId : null,
      flashing: !!u.flash && start >= u.flash.start && piece.end <= u.flash.end,
    };
  };

  const get = (start: number): MarkFlags => {
    let known = flags.get(start);
    if (!known) flags.set(start, (known = compute(start)));
    return known;
  };

  const refresh = (start: number) => {
    const before = flags.get(start);
    if (!before) return; // never read: it will be computed when it is
    const after = compute(start);
    if ((Object.keys(after) as (keyof MarkFlags)[]).every((k) => after[k] === before[k])) return;
    flags.set(start, after);
    listeners.get(start)?.forEach((listener) => listener());
  };

  const sync = () => {
    const now = watched(store, ui);
    const touched = new Set<number>();
    const add = (start: number | undefined) => start !== undefined && touched.add(start);
    if (now.emphasis !== seen.emphasis)
      affectedMarks(index, seen.emphasis, now.emphasis).forEach(add);
    if (now.hover !== seen.hover) affectedMarks(index, seen.hover, now.hover).forEach(add);
    if (now.context !== seen.context) index.pieces.forEach((_, start) => add(start));
    const [was, is] = [seen.ui, now.ui];
    if (was.preview !== is.preview) [was.preview, is.preview].forEach((a) => add(a?.piece.start));
    if (was.menu !== is.menu) [was.menu, is.menu].forEach((a) => add(a?.piece.start));
    if (was.flash !== is.flash) flashTouched(index, was, is).forEach(add);
    seen = now;
    touched.forEach(refresh);
  };

  return {
    get,
    subscribe: (start, listener) => {
      let set = listeners.get(start);
      if (!set) listeners.set(start, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    connect: () => {
      const stopStore = store.subscribe(sync);
      const stopUi = ui.subscribe(sync);
      sync(); // whatever changed between the first render and now
      return () => {
        stopStore();
        stopUi();
      };
    },
  };
}

/** Marks inside the old or the new flashing range (a rare event: a scan is fine). */
function flashTouched(index: MarkIndex, was: MarkUiState, is: MarkUiState): number[] {
  const inside = (start: number, range: MarkUiState['flash']) =>
    !!range && start >= range.start && start < range.end;
  return [...index.pieces.keys()].filter((s) => inside(s, was.flash) || inside(s, is.flash));
}

export const MarkHubContext = createContext<MarkHub | null>(null);

/** One mark's state; re-renders the mark only when its own state changes. */
export function useMarkFlags(start: number): MarkFlags {
  const hub = useContext(MarkHubContext);
  if (!hub) throw new Error('useMarkFlags must be used inside the article reader');
  return useSyncExternalStore(
    (listener) => hub.subscribe(start, listener),
    () => hub.get(start),
  );
}
