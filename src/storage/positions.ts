// Where each graph's entities sit, and with which layout, kept across reloads. A small
// interface keyed by the store's graphId, with a localStorage implementation and an
// in-memory twin for tests (and for browsers that refuse storage). What comes back from
// storage is outside data: it is checked, and anything malformed reads as "nothing saved".
// Before the schema below is built: zod may not compile code under our CSP.
import '../domain/zodConfig';
import { z } from 'zod';

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

const stored = z.object({
  layout: z.string().min(1).max(40),
  positions: z.array(z.tuple([z.string(), z.number().finite(), z.number().finite()])),
});

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
  const parsed = stored.safeParse(raw);
  if (!parsed.success) return null;
  return {
    layout: parsed.data.layout,
    positions: new Map(parsed.data.positions.map(([id, x, y]) => [id, { x, y }])),
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

/** localStorage when the browser allows it, otherwise the in-memory twin. */
export function defaultPositions(): PositionStore {
  try {
    if (typeof localStorage !== 'undefined') return createStoragePositions(localStorage);
  } catch {
    // Access to localStorage itself can throw (blocked cookies).
  }
  return createMemoryPositions();
}
