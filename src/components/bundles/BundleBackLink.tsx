// Above a relation picked from a bundle's list: the way back to that list.
import type { Bundle } from '../../domain/bundles';
import { useStoreApi } from '../../store/StoreProvider';
import { useIndex } from '../useGraph';

export function BundleBackLink({ bundle }: { bundle: Bundle }) {
  const store = useStoreApi();
  const index = useIndex();
  const [a, b] = bundle.ends.map((id) => index.nodeById.get(id)?.label ?? id);
  return (
    <p className="bundle-back">
      <button
        type="button"
        className="link-button"
        onClick={() => store.getState().openBundle(bundle.id, 'details')}
      >
        <span aria-hidden="true">← </span>All {bundle.edgeIds.length} relations between {a} and {b}
      </button>
    </p>
  );
}
