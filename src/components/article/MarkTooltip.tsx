// The preview shown while a passage is hovered or focused: what it supports, with status,
// and what a click will do (the same decision the click makes, domain/markAction.ts). Like
// the click and the menu, it lists only what the filters show, and says how many they
// hide. It stays open while the pointer moves onto it, and Escape dismisses it (WCAG 1.4.13).
import { useRef } from 'react';
import type { Piece } from '../../domain/articleBlocks';
import { countedSupports, markAction, markActionHint } from '../../domain/markAction';
import { refKey } from '../../domain/refs';
import { useAppStore } from '../../store/StoreProvider';
import { selectMarkContext } from '../../store/articleSelectors';
import { useGraph } from '../useGraph';
import { SupportSummary } from './SupportSummary';
import { useAnchorPosition } from './useAnchorPosition';

/** A preview lists this many things at most; the menu (a click away) lists them all. */
const LISTED = 5;

interface Props {
  id: string;
  piece: Piece;
  anchor: HTMLElement;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export function MarkTooltip({ id, piece, anchor, onPointerEnter, onPointerLeave }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const graph = useGraph();
  const context = useAppStore(selectMarkContext);
  useAnchorPosition(ref, anchor);
  const { supports } = piece;
  const listed = countedSupports(supports, context.visible);
  const filtered = supports.length - listed.length;
  const hint = markActionHint(graph, markAction(supports, context), listed.length);
  const more = listed.length - LISTED;
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
        {listed.slice(0, more > 0 ? LISTED - 1 : LISTED).map((target) => (
          <li key={refKey(target)}>
            <SupportSummary target={target} />
          </li>
        ))}
        {more > 0 && <li className="mark-tooltip__more">and {more + 1} more</li>}
        {filtered > 0 && (
          <li className="mark-tooltip__more">
            {filtered === 1 ? '1 more hidden' : `${filtered} more hidden`} by the filters
          </li>
        )}
      </ul>
      <p className="mark-tooltip__hint">{hint}</p>
    </div>
  );
}
