// Keeps the reader on what matters: a selection made anywhere scrolls the reader's box to
// its first passage (unless it was made here, where it is already in view: the store says
// where each selection came from), and a "Show
// in article" request scrolls to that exact passage, focuses it and flashes it briefly.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { firstPassageStart, piecesOf, type ArticleBlock } from '../../domain/articleBlocks';
import type { Selection, SelectionOrigin } from '../../domain/types';
import type { ArticleFocus } from '../../store/appStore';
import { bringIntoView, scrollWithin } from './scroll';

const FLASH_MS = 1600;

export type Flash = { start: number; end: number; seq: number };

interface Options {
  body: RefObject<HTMLElement | null>;
  blocks: readonly ArticleBlock[];
  sourceId: string;
  selection: Selection;
  selectionOrigin: SelectionOrigin;
  articleFocus: ArticleFocus | null;
  focusQuietly: (el: HTMLElement | null | undefined) => void;
}

const markAt = (body: HTMLElement | null, start: number) =>
  body?.querySelector<HTMLElement>(`mark[data-start="${start}"]`);

export function usePassageFocus(options: Options): Flash | null {
  const { body, blocks, sourceId, selection, selectionOrigin, articleFocus, focusQuietly } =
    options;
  const handledSeq = useRef(articleFocus?.seq ?? 0);
  // The flash is derived from the request, not copied into state: it lasts until its
  // timer marks that request's seq as done (requests from before this reader never flash).
  const [doneSeq, setDoneSeq] = useState(articleFocus?.seq ?? 0);
  const flash = useMemo<Flash | null>(() => {
    if (!articleFocus || articleFocus.seq <= doneSeq) return null;
    const { evidence, seq } = articleFocus;
    return evidence.source === sourceId ? { start: evidence.start, end: evidence.end, seq } : null;
  }, [articleFocus, doneSeq, sourceId]);

  useEffect(() => {
    if (!selection || selectionOrigin === 'article') return;
    const start = firstPassageStart(blocks, selection);
    if (start !== null) scrollWithin(body.current, markAt(body.current, start));
  }, [body, blocks, selection, selectionOrigin]);

  useEffect(() => {
    if (!articleFocus || articleFocus.seq === handledSeq.current) return;
    const { evidence, seq } = articleFocus;
    if (evidence.source !== sourceId) return; // the reader is switching source; runs again then
    handledSeq.current = seq;
    const first = piecesOf(blocks).find(
      (p) => p.supports.length > 0 && p.start < evidence.end && p.end > evidence.start,
    );
    const el = first && markAt(body.current, first.start);
    bringIntoView(el);
    focusQuietly(el);
  }, [body, blocks, sourceId, articleFocus, focusQuietly]);

  const flashSeq = flash?.seq;
  useEffect(() => {
    if (flashSeq === undefined) return;
    const timer = setTimeout(() => setDoneSeq(flashSeq), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashSeq]);

  return flash;
}
