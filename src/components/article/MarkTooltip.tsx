// The preview shown while a passage is hovered or focused: what it supports, with status.
// It stays open while the pointer moves onto it, and Escape dismisses it (WCAG 1.4.13).
import { useRef } from 'react';
import type { Piece } from '../../domain/articleBlocks';
import { refKey } from '../../domain/refs';
import { SupportSummary } from './SupportSummary';
import { useAnchorPosition } from './useAnchorPosition';

interface Props {
  id: string;
  piece: Piece;
  anchor: HTMLElement;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export function MarkTooltip({ id, piece, anchor, onPointerEnter, onPointerLeave }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useAnchorPosition(ref, anchor);
  const several = piece.supports.length > 1;
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className="article-popover mark-tooltip"
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <ul className="article-popover__list">
        {piece.supports.map((target) => (
          <li key={refKey(target)}>
            <SupportSummary target={target} />
          </li>
        ))}
      </ul>
      <p className="mark-tooltip__hint">
        {several ? 'Click to choose what to show' : 'Click to show its details'}
      </p>
    </div>
  );
}
