// One highlighted run of article text: a <mark> that works as a button. Its accessible
// name is its own words followed by what they support, so the article still reads
// naturally with a screen reader. Hover or focus previews; click, Enter or Space chooses.
// Each mark reads its own state (emphasised, hovered, previewed, ...) from the reader's
// MarkHub, which notifies only the marks a change concerns: never the whole article.
import { memo, type KeyboardEvent } from 'react';
import type { Piece } from '../../domain/articleBlocks';
import type { PassageTone } from '../../domain/passageTone';
import { useMarkFlags } from './markHub';

export interface EvidenceMarkProps {
  piece: Piece;
  /** "Iran supplies Russia (drones), Iran" */
  supportsText: string;
  /** How certain what it supports is: drawn as the underline's style. */
  tone: PassageTone;
  onActivate: (piece: Piece, el: HTMLElement) => void;
  onPreview: (piece: Piece, el: HTMLElement) => void;
  onPreviewEnd: (immediately: boolean) => void;
}

export const EvidenceMark = memo(function EvidenceMark(props: EvidenceMarkProps) {
  const { piece, supportsText, tone, onActivate, onPreview, onPreviewEnd } = props;
  const { start, end } = piece;
  const { emphasised, hovered, opensMenu, tooltipId, menuId, flashing } = useMarkFlags(start);
  const className = [
    'evidence',
    tone !== 'plain' && `evidence--${tone}`,
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
      data-start={start}
      data-end={end}
      role="button"
      tabIndex={0}
      aria-label={`${piece.text.trim()} — Passage supporting: ${supportsText}`}
      aria-haspopup={opensMenu ? 'menu' : undefined}
      aria-expanded={opensMenu ? menuId !== null : undefined}
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
