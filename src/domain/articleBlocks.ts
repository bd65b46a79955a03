// The article as blocks a reader sees: paragraphs and bulleted lists, built from the
// evidence segments. The source text separates paragraphs with "\n" and writes list items
// as "- " lines; segments may cross those breaks, so they are cut again at every line.
// Every character of a line is kept, each run with its start offset (list markers too, as
// `markers`), so that a text selection in the reader maps back to exact source offsets.
import type { Segment } from './passages';
import { includesRef, type Ref } from './refs';

/** A run of text inside one line: a segment, or the part of one that lies on this line. */
export type Piece = Segment;

export type ArticleBlock =
  | { kind: 'paragraph'; pieces: Piece[] }
  /** `markers[i]` is item i's "- " marker, shown as written (never part of a mark). */
  | { kind: 'list'; items: Piece[][]; markers: Piece[] };

const BULLET = /^[-•*] /;

/** A line without its list marker: "- Washington accuses…" → "Washington accuses…". */
export function stripBullet(line: string): string {
  return line.replace(BULLET, '');
}

/** Cuts segments at newlines: one array of pieces per line of text. */
function linesOf(segments: readonly Segment[]): Piece[][] {
  const lines: Piece[][] = [[]];
  for (const segment of segments) {
    let offset = segment.start;
    const parts = segment.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        lines.push([]);
        offset += 1; // the newline itself
      }
      if (part.length > 0)
        lines[lines.length - 1]!.push({
          start: offset,
          end: offset + part.length,
          text: part,
          supports: segment.supports,
        });
      offset += part.length;
    });
  }
  return lines;
}

/** Drops the first `n` characters of a line (its "- " marker), keeping offsets true. */
function dropPrefix(line: Piece[], n: number): Piece[] {
  const out: Piece[] = [];
  let left = n;
  for (const piece of line) {
    if (left >= piece.text.length) {
      left -= piece.text.length;
      continue;
    }
    out.push(
      left > 0 ? { ...piece, start: piece.start + left, text: piece.text.slice(left) } : piece,
    );
    left = 0;
  }
  return out;
}

export function articleBlocks(segments: readonly Segment[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const line of linesOf(segments)) {
    const text = line.map((p) => p.text).join('');
    if (text.trim().length === 0) continue;
    const bullet = BULLET.exec(text);
    if (bullet) {
      const item = dropPrefix(line, bullet[0].length);
      const start = line[0]!.start;
      const marker: Piece = { start, end: start + bullet[0].length, text: bullet[0], supports: [] };
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list') {
        last.items.push(item);
        last.markers.push(marker);
      } else blocks.push({ kind: 'list', items: [item], markers: [marker] });
    } else {
      blocks.push({ kind: 'paragraph', pieces: line });
    }
  }
  return blocks;
}

/** Every piece of the article, in reading order. */
export function piecesOf(blocks: readonly ArticleBlock[]): Piece[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? b.pieces : b.items.flat()));
}

/** Where the first passage supporting `ref` starts, or null when none is in this text. */
export function firstPassageStart(blocks: readonly ArticleBlock[], ref: Ref): number | null {
  return piecesOf(blocks).find((p) => includesRef(p.supports, ref))?.start ?? null;
}
