// Reading-order playback: step through the article paragraph by paragraph (play, pause,
// previous, next, or the slider); the graph shows only what has been read so far, the
// article follows and marks the current paragraph.
import { useId } from 'react';
import { useAppStore } from '../../store/StoreProvider';
import { selectParagraphCount } from '../../store/playbackSelectors';
import { usePlaybackTimer } from './usePlaybackTimer';
import { useReadingMark } from './useReadingMark';
import { PlayIcon } from '../toolbar/icons';
import './PlaybackControl.css';

export function PlaybackControl() {
  const sliderId = useId();
  const step = useAppStore((s) => s.playStep);
  const playing = useAppStore((s) => s.playing);
  const count = useAppStore(selectParagraphCount);
  const setPlayStep = useAppStore((s) => s.setPlayStep);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const stopPlayback = useAppStore((s) => s.stopPlayback);
  usePlaybackTimer();
  useReadingMark();

  if (count === 0) return null;
  if (step === null)
    return (
      <button
        type="button"
        className="playback__start"
        aria-label="Play reading order"
        title="Play the article in reading order"
        onClick={() => {
          setPlayStep(0);
          setPlaying(true);
        }}
      >
        <PlayIcon /> Reading order
      </button>
    );

  const go = (next: number) => {
    setPlaying(false);
    setPlayStep(Math.min(count - 1, Math.max(0, next)));
  };
  return (
    <div role="group" aria-label="Reading-order playback" className="playback">
      <button
        type="button"
        aria-label="Previous paragraph"
        disabled={step === 0}
        onClick={() => go(step - 1)}
      >
        ◀
      </button>
      <button
        type="button"
        onClick={() => {
          if (!playing && step >= count - 1) setPlayStep(0);
          setPlaying(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        aria-label="Next paragraph"
        disabled={step >= count - 1}
        onClick={() => go(step + 1)}
      >
        ▶
      </button>
      <label htmlFor={sliderId} className="visually-hidden">
        Reading position
      </label>
      <input
        id={sliderId}
        type="range"
        min={1}
        max={count}
        value={step + 1}
        aria-valuetext={`Paragraph ${step + 1} of ${count}`}
        onChange={(e) => go(Number(e.currentTarget.value) - 1)}
      />
      <span className="playback__where" aria-live="polite">
        Paragraph {step + 1} of {count}
      </span>
      <button type="button" onClick={stopPlayback}>
        Stop playback
      </button>
    </div>
  );
}
