// While playback plays, the next paragraph comes every STEP_MS; at the last one it pauses.
import { useEffect } from 'react';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { selectParagraphCount } from '../../store/playbackSelectors';

export const STEP_MS = 1500;

export function usePlaybackTimer(): void {
  const store = useStoreApi();
  const playing = useAppStore((s) => s.playing);
  const step = useAppStore((s) => s.playStep);
  useEffect(() => {
    if (!playing || step === null) return;
    const timer = setTimeout(() => {
      const s = store.getState();
      const count = selectParagraphCount(s);
      if (s.playStep === null) return;
      if (s.playStep >= count - 1) s.setPlaying(false);
      else {
        s.setPlayStep(s.playStep + 1);
        if (s.playStep + 1 >= count - 1) s.setPlaying(false);
      }
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [store, playing, step]);
}
