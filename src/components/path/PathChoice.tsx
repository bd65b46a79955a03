// Which of the found paths to show: a small radio group, the shortest and firmest first.
import { useId } from 'react';
import type { ExplainedPath } from '../../domain/paths';
import { useAppStore } from '../../store/StoreProvider';
import { useIndex } from '../useGraph';

export function PathChoice({ paths, active }: { paths: readonly ExplainedPath[]; active: number }) {
  const name = useId();
  const index = useIndex();
  const showPath = useAppStore((s) => s.showPath);
  return (
    <fieldset className="path-choice">
      <legend>Paths found</legend>
      {paths.map((p, i) => (
        <label key={p.nodes.join('>')} className="path-choice__option">
          <input type="radio" name={name} checked={i === active} onChange={() => showPath(i)} />
          <span>
            {p.hops.length} {p.hops.length === 1 ? 'hop' : 'hops'} via{' '}
            {p.nodes
              .slice(1, -1)
              .map((id) => index.nodeById.get(id)?.label ?? id)
              .join(', ') || 'a direct relation'}{' '}
            · weakest {p.weakestStatusLabel}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
