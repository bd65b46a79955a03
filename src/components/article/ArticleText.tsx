// The article's paragraphs and bullet lists, with every evidence run drawn as an
// EvidenceMark. Pure rendering: all state lives in ArticleReader. Every run of text,
// list markers included, carries its source offset (data-start), so that a selection
// maps back to exact offsets (domain/selectionOffsets.ts).
import { memo, useMemo } from 'react';
import type { ArticleBlock, Piece } from '../../domain/articleBlocks';
import { selectionTitle } from '../../domain/describe';
import { includesRef } from '../../domain/refs';
import type { Selection } from '../../domain/types';
import { useGraph } from '../useGraph';
import { EvidenceMark } from './EvidenceMark';

interface Props {
  blocks: readonly ArticleBlock[];
  selection: Selection;
  hover: Selection;
  flash: { start: number; end: number } | null;
  menu: { start: number; id: string } | null;
  preview: { start: number; id: string } | null;
  onActivate: (piece: Piece, el: HTMLElement) => void;
  onPreview: (piece: Piece, el: HTMLElement) => void;
  onPreviewEnd: (immediately: boolean) => void;
}

export const ArticleText = memo(function ArticleText(props: Props) {
  const { blocks, selection, hover, flash, menu, preview } = props;
  const graph = useGraph();
  const supportsText = useMemo(() => {
    const titles = new Map<number, string>();
    for (const block of blocks)
      for (const piece of block.kind === 'paragraph' ? block.pieces : block.items.flat())
        if (piece.supports.length > 0)
          titles.set(piece.start, piece.supports.map((r) => selectionTitle(graph, r)).join(', '));
    return titles;
  }, [graph, blocks]);

  const renderPiece = (piece: Piece) =>
    piece.supports.length === 0 ? (
      <span key={piece.start} data-start={piece.start}>
        {piece.text}
      </span>
    ) : (
      <EvidenceMark
        key={piece.start}
        piece={piece}
        supportsText={supportsText.get(piece.start) ?? ''}
        emphasised={includesRef(piece.supports, selection)}
        hovered={includesRef(piece.supports, hover)}
        flashing={flash !== null && piece.start >= flash.start && piece.end <= flash.end}
        menuId={menu?.start === piece.start ? menu.id : null}
        tooltipId={preview?.start === piece.start ? preview.id : null}
        onActivate={props.onActivate}
        onPreview={props.onPreview}
        onPreviewEnd={props.onPreviewEnd}
      />
    );

  return (
    <>
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.pieces.map(renderPiece)}</p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                {block.markers[j] && (
                  <span className="article-bullet" data-start={block.markers[j].start}>
                    {block.markers[j].text}
                  </span>
                )}
                {item.map(renderPiece)}
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
});
