// What is on screen, in one line: "24 of 31 entities · 18 of 52 relations", and whether a
// neighbourhood focus is narrowing it, with a way out.
import { useAppStore } from '../store/StoreProvider';
import { selectStatusLine } from '../store/selectors';
import { useIndex } from './useGraph';
import './StatusLine.css';

export function StatusLine() {
  const text = useAppStore(selectStatusLine);
  const focus = useAppStore((s) => s.filters.focus);
  const setNeighbourhood = useAppStore((s) => s.setNeighbourhood);
  const index = useIndex();
  const focusName = focus ? (index.nodeById.get(focus.nodeId)?.label ?? focus.nodeId) : null;
  return (
    <div className="status-line">
      <p role="status" className="status-line__text">
        {text}
        {focus && (
          <span className="status-line__focus">
            {' '}
            · only the neighbourhood of {focusName} ({focus.depth}{' '}
            {focus.depth === 1 ? 'step' : 'steps'})
          </span>
        )}
      </p>
      {focus && (
        <button
          type="button"
          className="status-line__leave"
          onClick={() => setNeighbourhood(null, 0)}
        >
          Leave neighbourhood
        </button>
      )}
    </div>
  );
}
