// Which marks of the article a change concerns. The reader keeps, per mark, whether it is
// emphasised, hovered, ...; when the hover or the selection changes, only the marks of
// what entered or left the set need a look — work proportional to the change, not to the
// length of the article.
import { piecesOf, type ArticleBlock, type Piece } from './articleBlocks';
import { refKey } from './refs';

export interface MarkIndex {
  /** Every mark (a piece that supports something), by its start offset, in reading order. */
  pieces: ReadonlyMap<number, Piece>;
  /** The ref keys each mark supports ("node:iran"), by start. */
  keys: ReadonlyMap<number, readonly string[]>;
  /** The marks supporting each ref key, by start. */
  byKey: ReadonlyMap<string, readonly number[]>;
}

export function indexMarks(blocks: readonly ArticleBlock[]): MarkIndex {
  const pieces = new Map<number, Piece>();
  const keys = new Map<number, string[]>();
  const byKey = new Map<string, number[]>();
  for (const piece of piecesOf(blocks)) {
    if (piece.supports.length === 0) continue;
    const own = piece.supports.map(refKey);
    pieces.set(piece.start, piece);
    keys.set(piece.start, own);
    for (const key of own) {
      const list = byKey.get(key);
      if (list) list.push(piece.start);
      else byKey.set(key, [piece.start]);
    }
  }
  return { pieces, keys, byKey };
}

/** Starts of the marks whose "supports something in the set" may differ from before to after. */
export function affectedMarks(
  index: MarkIndex,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): Set<number> {
  const out = new Set<number>();
  const add = (from: ReadonlySet<string>, other: ReadonlySet<string>) => {
    for (const key of from)
      if (!other.has(key)) for (const start of index.byKey.get(key) ?? []) out.add(start);
  };
  add(before, after);
  add(after, before);
  return out;
}
