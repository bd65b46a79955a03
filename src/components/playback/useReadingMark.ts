// The article follows playback: the current paragraph is marked (class and aria-current)
// and scrolled into the reader's view. The reader renders every run of text with its
// source offset (data-start), so the paragraph is found by offset, not by index.
import { useEffect } from 'react';
import { paragraphsOf } from '../../domain/readingOrder';
import { useAppStore } from '../../store/StoreProvider';
import { playedText } from '../../store/playbackSelectors';
import { scrollWithin } from '../article/scroll';

const MARK = 'is-reading';

export function useReadingMark(): void {
  const step = useAppStore((s) => s.playStep);
  const loaded = useAppStore((s) => s.loaded);
  useEffect(() => {
    const reader = document.getElementById('article');
    if (!reader || step === null) return;
    const paragraph = paragraphsOf(playedText(loaded))[step];
    if (!paragraph) return;
    let first: HTMLElement | null = null;
    for (const el of reader.querySelectorAll<HTMLElement>('[data-start]')) {
      const at = Number(el.dataset.start);
      if (at >= paragraph.start && at < paragraph.end) {
        first = el;
        break;
      }
    }
    const block = first?.closest<HTMLElement>('p, li') ?? null;
    if (!block) return;
    block.classList.add(MARK);
    block.setAttribute('aria-current', 'step');
    scrollWithin(reader, block);
    return () => {
      block.classList.remove(MARK);
      block.removeAttribute('aria-current');
    };
  }, [step, loaded]);
}
