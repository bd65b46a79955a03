// The article's current text selection as source offsets (trimmed of spaces at its ends),
// following the document's selectionchange; null when nothing in the article is selected.
import { useEffect, useState, type RefObject } from 'react';
import { offsetsOfSelection, trimRange, type SelectedRange } from '../../domain/selectionOffsets';

export function useArticleSelection(
  body: RefObject<HTMLElement | null>,
  text: string,
  frozen: boolean,
): SelectedRange | null {
  const [range, setRange] = useState<SelectedRange | null>(null);
  useEffect(() => {
    if (frozen) return;
    const update = () => {
      const root = body.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.isCollapsed) return setRange(null);
      const raw = offsetsOfSelection(root, selection);
      const trimmed = raw && trimRange(text, raw);
      setRange((old) =>
        old && trimmed && old.start === trimmed.start && old.end === trimmed.end ? old : trimmed,
      );
    };
    update();
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [body, text, frozen]);
  return range;
}
