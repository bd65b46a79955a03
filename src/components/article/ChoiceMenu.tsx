// When one passage supports several things, clicking it opens this small menu to choose
// from (the ARIA menu pattern, each choice a button): focus moves to the first choice,
// arrow keys move between them, Escape closes it and returns focus to the passage, and
// moving focus elsewhere (Tab, a click outside) closes it.
import { useEffect, useId, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { refKey, type Ref } from '../../domain/refs';
import { SupportSummary } from './SupportSummary';
import { useAnchorPosition } from './useAnchorPosition';

interface Props {
  id: string;
  /** What to choose from: what the passage supports, less what the filters hide. */
  choices: readonly Ref[];
  anchor: HTMLElement;
  onChoose: (target: Ref) => void;
  /** `returnFocus`: put focus back on the passage (Escape), rather than leave it where it went. */
  onClose: (returnFocus: boolean) => void;
}

export function ChoiceMenu({ id, choices, anchor, onChoose, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const labelId = useId();
  useAnchorPosition(ref, anchor);

  useEffect(() => {
    ref.current?.querySelector('button')?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = {
      ArrowDown: (at + 1) % buttons.length,
      ArrowUp: (at - 1 + buttons.length) % buttons.length,
      Home: 0,
      End: buttons.length - 1,
    };
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose(true);
    } else if (e.key in move) {
      e.preventDefault();
      buttons[move[e.key]!]?.focus();
    }
  };

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const next = e.relatedTarget;
    // Focus going back to the passage is its click toggling the menu: let that handle it.
    if (next instanceof Node && (ref.current?.contains(next) || anchor.contains(next))) return;
    onClose(false);
  };

  return (
    <div ref={ref} className="article-popover choice-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <p id={labelId} className="choice-menu__heading">
        This passage supports
      </p>
      <ul id={id} role="menu" aria-labelledby={labelId} className="article-popover__list">
        {choices.map((target) => (
          <li key={refKey(target)} role="none">
            <button
              type="button"
              role="menuitem"
              className="choice-menu__choice"
              onClick={() => onChoose(target)}
            >
              <SupportSummary target={target} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
