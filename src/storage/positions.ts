// Where each graph's entities sit, and with which layout, kept across reloads. A small
// interface keyed by the store's graphId, with a localStorage implementation and an
// in-memory twin for tests (and for browsers that refuse storage). What comes back from
// storage is outside data: it is checked, and anything malformed reads as "nothing saved".
// The check is written by hand rather than with zod: this module is on the first load and
// zod is not (~30 kB gzip for three fields). The bundled graph's positions ship with the
// app (shippedPositions.ts) and stand in until the reader's own are saved.
import { shippedLayout } from './shippedPositions';

export interface Point {
  x: number;
  y: number;
}

export interface SavedLayout {
  layout: string;
  /** Entity id → position, as a Map so ids never reach Object.prototype. */
  positions: ReadonlyMap<string, Point>;
}

export interface PositionStore {
  load(graphId: string): SavedLayout | null;
  save(graphId: string, saved: SavedLayout): void;
  clear(graphId: string): void;
}

const KEY_PREFIX = 'news-graph:layout:';

const MAX_LAYOUT_NAME = 40;

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** `[id, x, y]` with a string id and finite coordinates. */
const isEntry = (value: unknown): value is [string, number, number] =>
  Array.isArray(value) &&
  value.length === 3 &&
  typeof value[0] === 'string' &&
  finite(value[1]) &&
  finite(value[2]);

function encode(saved: SavedLayout): string {
  return JSON.stringify({
    layout: saved.layout,
    positions: [...saved.positions].map(([id, p]) => [id, Math.round(p.x), Math.round(p.y)]),
  });
}

function decode(text: string | null): SavedLayout | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { layout, positions } = raw as { layout?: unknown; positions?: unknown };
  if (typeof layout !== 'string' || layout.length === 0 || layout.length > MAX_LAYOUT_NAME)
    return null;
  if (!Array.isArray(positions) || !positions.every(isEntry)) return null;
  return { layout, positions: new Map(positions.map(([id, x, y]) => [id, { x, y }])) };
}

/**
 * Falls back to positions shipped with the app for a graph nothing is saved for; saving
 * and clearing act on `store` only (clearing brings the shipped positions back).
 */
export function withShipped(
  store: PositionStore,
  shipped: (graphId: string) => SavedLayout | null,
): PositionStore {
  return {
    load: (graphId) => store.load(graphId) ?? shipped(graphId),
    save: (graphId, saved) => store.save(graphId, saved),
    clear: (graphId) => store.clear(graphId),
  };
}

/** Backed by any Storage (localStorage in the app); quota or access errors are ignored. */
export function createStoragePositions(storage: Storage): PositionStore {
  return {
    load: (graphId) => {
      try {
        return decode(storage.getItem(KEY_PREFIX + graphId));
      } catch {
        return null;
      }
    },
    save: (graphId, saved) => {
      try {
        storage.setItem(KEY_PREFIX + graphId, encode(saved));
      } catch {
        // Full or refused storage: positions simply are not kept.
      }
    },
    clear: (graphId) => {
      try {
        storage.removeItem(KEY_PREFIX + graphId);
      } catch {
        // as above
      }
    },
  };
}

/** The in-memory twin: same round trip (through the same encoding), nothing persisted. */
export function createMemoryPositions(): PositionStore {
  const data = new Map<string, string>();
  return {
    load: (graphId) => decode(data.get(graphId) ?? null),
    save: (graphId, saved) => void data.set(graphId, encode(saved)),
    clear: (graphId) => void data.delete(graphId),
  };
}

function browserPositions(): PositionStore {
  try {
    if (typeof localStorage !== 'undefined') return createStoragePositions(localStorage);
  } catch {
    // Access to localStorage itself can throw (blocked cookies).
  }
  return createMemoryPositions();
}

/**
 * localStorage when the browser allows it, otherwise the in-memory twin; the bundled
 * graph's shipped positions when nothing is saved for it.
 */
export function defaultPositions(): PositionStore {
  return withShipped(browserPositions(), shippedLayout);
}
