// "Show only its neighbourhood": narrows the graph to what lies within one or two relations
// of this entity. Unchecking (or the status line's button) turns it off.
import { useId, useState } from 'react';
import { useAppStore } from '../../store/StoreProvider';

const DEPTHS = [1, 2] as const;

export function NeighbourhoodControl({ nodeId }: { nodeId: string }) {
  const focus = useAppStore((s) => s.filters.focus);
  const setNeighbourhood = useAppStore((s) => s.setNeighbourhood);
  const [preferredDepth, setPreferredDepth] = useState<number>(1);
  const name = useId();
  const active = focus?.nodeId === nodeId;
  const depth = active ? focus.depth : preferredDepth;

  const chooseDepth = (d: number) => {
    setPreferredDepth(d);
    if (active) setNeighbourhood(nodeId, d);
  };

  return (
    <div className="neighbourhood">
      <label className="neighbourhood__toggle">
        <input
          type="checkbox"
          checked={active}
          onChange={() => setNeighbourhood(active ? null : nodeId, active ? 0 : depth)}
        />
        Show only its neighbourhood
      </label>
      <span role="radiogroup" aria-label="Neighbourhood depth" className="neighbourhood__depth">
        {DEPTHS.map((d) => (
          <label key={d}>
            <input
              type="radio"
              name={name}
              value={d}
              checked={depth === d}
              onChange={() => chooseDepth(d)}
            />
            {d} {d === 1 ? 'step' : 'steps'}
          </label>
        ))}
      </span>
    </div>
  );
}
