// One highlighted run of article text: a <mark> that works as a button. Its accessible
// name is its own words followed by what they support, so the article still reads
// naturally with a screen reader. Hover or focus previews; click, Enter or Space chooses.
import { memo, type KeyboardEvent } from 'react';
import type { Piece } from '../../domain/articleBlocks';

export interface EvidenceMarkProps {
  piece: Piece;
  /** "Iran supplies Russia (drones), Iran" */
  supportsText: string;
  emphasised: boolean;
  hovered: boolean;
  flashing: boolean;
  /** Set when this mark's choice menu is open: the menu's id. */
  menuId: string | null;
  /** Set while this mark's preview tooltip is shown: the tooltip's id. */
  tooltipId: string | null;
  onActivate: (piece: Piece, el: HTMLElement) => void;
  onPreview: (piece: Piece, el: HTMLElement) => void;
  onPreviewEnd: (immediately: boolean) => void;
}

export const EvidenceMark = memo(function EvidenceMark(props: EvidenceMarkProps) {
  const { piece, supportsText, emphasised, hovered, flashing, menuId, tooltipId } = props;
  const { onActivate, onPreview, onPreviewEnd } = props;
  const multiple = piece.supports.length > 1;
  const className = [
    'evidence',
    emphasised && 'is-emphasised',
    hovered && 'is-hovered',
    flashing && 'is-flashing',
  ]
    .filter(Boolean)
    .join(' ');

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(piece, e.currentTarget);
    } else if (e.key === 'Escape' && tooltipId) {
      e.preventDefault(); // dismissing the preview is all this Escape does
      onPreviewEnd(true);
    }
  };

  return (
    <mark
      className={className}
      data-start={piece.start}
      data-end={piece.end}
      role="button"
      tabIndex={0}
      aria-label={`${piece.text.trim()} — Passage supporting: ${supportsText}`}
      aria-haspopup={multiple ? 'menu' : undefined}
      aria-expanded={multiple ? menuId !== null : undefined}
      aria-controls={menuId ?? undefined}
      aria-describedby={tooltipId ?? undefined}
      onClick={(e) => onActivate(piece, e.currentTarget)}
      onKeyDown={onKeyDown}
      onMouseEnter={(e) => onPreview(piece, e.currentTarget)}
      onMouseLeave={() => onPreviewEnd(false)}
      onFocus={(e) => onPreview(piece, e.currentTarget)}
      onBlur={() => onPreviewEnd(true)}
    >
      {piece.text}
    </mark>
  );
});
