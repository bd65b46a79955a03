// Zoom and fit buttons laid over a corner of the canvas. Plain buttons, so they are
// keyboard operable and named for screen readers; the glyphs are decoration.
import type { Core } from 'cytoscape';
import { fitGraph, zoomBy } from './camera';
import { ZOOM_STEP } from './keyboard';

interface Control {
  name: string;
  glyph: string;
  keyHint: string;
  run: (cy: Core) => void;
}

const CONTROLS: readonly Control[] = [
  { name: 'Zoom in', glyph: '+', keyHint: '+', run: (cy) => zoomBy(cy, ZOOM_STEP) },
  { name: 'Zoom out', glyph: '−', keyHint: '−', run: (cy) => zoomBy(cy, 1 / ZOOM_STEP) },
  { name: 'Fit graph to view', glyph: '⤢', keyHint: '0', run: (cy) => fitGraph(cy) },
];

export function CanvasControls({ cy }: { cy: Core | null }) {
  return (
    <div className="graph-controls" role="group" aria-label="Canvas view">
      {CONTROLS.map((control) => (
        <button
          key={control.name}
          type="button"
          className="graph-controls__button"
          aria-label={control.name}
          title={`${control.name} (${control.keyHint})`}
          disabled={!cy}
          onClick={() => {
            if (cy) control.run(cy);
          }}
        >
          <span aria-hidden="true">{control.glyph}</span>
        </button>
      ))}
    </div>
  );
}
