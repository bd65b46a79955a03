// "Size by": entity size from the default, the number of visible relations (degree) or
// betweenness (how much lies on the paths between others). A small radio group of its
// own, placed under the legend.
import { useId } from 'react';
import { SIZE_MEASURES } from '../../domain/viewOptions';
import { useAppStore } from '../../store/StoreProvider';
import './SizeByControl.css';

export function SizeByControl() {
  const name = useId();
  const sizeBy = useAppStore((s) => s.sizeBy);
  const setSizeBy = useAppStore((s) => s.setSizeBy);
  return (
    <fieldset className="size-by">
      <legend>Size by</legend>
      {SIZE_MEASURES.map((m) => (
        <label key={m.id}>
          <input
            type="radio"
            name={name}
            value={m.id}
            checked={sizeBy === m.id}
            onChange={() => setSizeBy(m.id)}
          />
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}
