// From a text selection in the rendered article to UTF-16 offsets in the source text. The
// reader renders every character of the source in runs that carry their start offset
// (`data-start`); a DOM point (node, offset) inside a run is that start plus the characters
// before it in the run. Points between elements (a triple click, a drag past a paragraph's
// end) snap to the next run. Only DOM interfaces are used, no React, so jsdom can test it.

/** Text inside an element with this attribute (e.g. screen-reader-only words) is not source text. */
export const SKIP_ATTRIBUTE = 'data-offset-skip';

const ELEMENT_NODE = 1;

function runOf(node: Node, root: Node): HTMLElement | null {
  let el: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (el && el !== root) {
    if (el.nodeType === ELEMENT_NODE && (el as Element).hasAttribute('data-start'))
      return el as HTMLElement;
    el = el.parentNode;
  }
  return null;
}

function skipped(node: Node, run: Node): boolean {
  for (let el = node.parentNode; el && el !== run; el = el.parentNode)
    if (el.nodeType === ELEMENT_NODE && (el as Element).hasAttribute(SKIP_ATTRIBUTE)) return true;
  return false;
}

/** Source characters in `run` before the point (`node`, `offset`), which lies inside it. */
function charsBefore(run: Node, node: Node, offset: number): number {
  let count = 0;
  const doc = run.ownerDocument;
  if (!doc) return 0;
  const walker = doc.createTreeWalker(run, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return count + (skipped(t, run) ? 0 : offset);
    // Stop at the first text node after an element point (node, offset).
    if (node.nodeType === ELEMENT_NODE && offset < node.childNodes.length) {
      const child = node.childNodes[offset]!;
      if (child === t || child.contains(t)) return count;
    }
    if (!skipped(t, run)) count += t.textContent?.length ?? 0;
  }
  return count;
}

function startOf(run: Element): number {
  return Number(run.getAttribute('data-start'));
}

function lengthOf(run: Node): number {
  return charsBefore(run, run, run.childNodes.length);
}

/** The runs under `root`, in document order (a run inside a run is not counted twice). */
function runsIn(root: Element): Element[] {
  return [...root.querySelectorAll('[data-start]')].filter(
    (el) => !el.parentElement?.closest('[data-start]'),
  );
}

/**
 * The source offset of a DOM point under `root`, or null when the point is outside it. A
 * point between runs maps to the start of the next run (or the end of the last one).
 */
export function offsetOfPoint(root: Element, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  const run = runOf(node, root);
  if (run) return startOf(run) + charsBefore(run, node, offset);
  // Between runs: the first run at or after the point, in document order.
  const doc = root.ownerDocument;
  const point = doc.createRange();
  point.setStart(node, offset);
  const runs = runsIn(root);
  for (const candidate of runs) {
    if (point.comparePoint(candidate, 0) >= 0) return startOf(candidate);
  }
  const last = runs[runs.length - 1];
  return last ? startOf(last) + lengthOf(last) : null;
}

export interface SelectedRange {
  start: number;
  end: number;
}

/** A (possibly backwards) selection's offsets in source order; null outside or empty. */
export function offsetsOfSelection(
  root: Element,
  selection: Pick<Selection, 'anchorNode' | 'anchorOffset' | 'focusNode' | 'focusOffset'>,
): SelectedRange | null {
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode) return null;
  const a = offsetOfPoint(root, anchorNode, selection.anchorOffset);
  const b = offsetOfPoint(root, focusNode, selection.focusOffset);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/**
 * The range without the spaces, line breaks and list markers a drag tends to catch at its
 * ends ("Iran " from a double click); null when nothing but those is left.
 */
export function trimRange(text: string, range: SelectedRange): SelectedRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}
