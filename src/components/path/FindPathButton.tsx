// "Find a path from here": starts the Path panel from this entity and moves to "To".
import { useAppStore } from '../../store/StoreProvider';

export function FindPathButton({ nodeId }: { nodeId: string }) {
  const findPathFrom = useAppStore((s) => s.findPathFrom);
  return (
    <button type="button" className="details__find-path" onClick={() => findPathFrom(nodeId)}>
      Find a path from here
    </button>
  );
}
