// The article's paragraphs and bullet lists, with every evidence run drawn as an
// EvidenceMark. It depends on the text alone (and stable callbacks): what is selected,
// hovered or previewed is read by each mark itself, so this renders once per text, not on
// every hover. Every run of text, list markers included, carries its source offset
// (data-start), so that a selection maps back to exact offsets (domain/selectionOffsets.ts).
import { memo, useMemo } from 'react';
import type { ArticleBlock, Piece } from '../../domain/articleBlocks';
import { selectionTitle } from '../../domain/describe';
import { passageTone, type PassageTone } from '../../domain/passageTone';
import { useGraph } from '../useGraph';
import { EvidenceMark } from './EvidenceMark';

interface Props {
  blocks: readonly ArticleBlock[];
  onActivate: (piece: Piece, el: HTMLElement) => void;
  onPreview: (piece: Piece, el: HTMLElement) => void;
  onPreviewEnd: (immediately: boolean) => void;
}

export const ArticleText = memo(function ArticleText(props: Props) {
  const { blocks } = props;
  const graph = useGraph();
  const described = useMemo(() => {
    const byStart = new Map<number, { text: string; tone: PassageTone }>();
    for (const block of blocks)
      for (const piece of block.kind === 'paragraph' ? block.pieces : block.items.flat())
        if (piece.supports.length > 0)
          byStart.set(piece.start, {
            text: piece.supports.map((r) => selectionTitle(graph, r)).join(', '),
            tone: passageTone(graph, piece.supports),
          });
    return byStart;
  }, [graph, blocks]);

  const renderPiece = (piece: Piece) => {
    const about = described.get(piece.start);
    return about === undefined ? (
      <span key={piece.start} data-start={piece.start}>
        {piece.text}
      </span>
    ) : (
      <EvidenceMark
        key={piece.start}
        piece={piece}
        supportsText={about.text}
        tone={about.tone}
        onActivate={props.onActivate}
        onPreview={props.onPreview}
        onPreviewEnd={props.onPreviewEnd}
      />
    );
  };

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
