// Store slice for reading-order playback: the last paragraph read (null: playback off,
// the whole graph shows) and whether it is advancing on its own.
import type { StoreApi } from 'zustand';
import type { AppStore } from './appStore';

export interface PlaybackSlice {
  /** 0-based index of the last paragraph read; null when playback is off. */
  playStep: number | null;
  playing: boolean;
  setPlayStep: (step: number | null) => void;
  setPlaying: (playing: boolean) => void;
  stopPlayback: () => void;
}

export function createPlaybackSlice(set: StoreApi<AppStore>['setState']): PlaybackSlice {
  return {
    playStep: null,
    playing: false,
    setPlayStep: (playStep) => set({ playStep }),
    setPlaying: (playing) => set({ playing }),
    stopPlayback: () => set({ playStep: null, playing: false }),
  };
}
