// Live validation: the document checked by the loader after every edit; each problem a
// button that selects the entity or relation it is about.
import { documentProblems, refAtPath } from '../../domain/documentProblems';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';

export function ProblemsList() {
  const store = useStoreApi();
  const loaded = useAppStore((s) => s.loaded);
  const problems = documentProblems(loaded);
  return (
    <section className="authoring-section" aria-labelledby="authoring-problems">
      <h3 id="authoring-problems">
        {problems.length === 0 ? 'No problems' : `Problems (${problems.length})`}
      </h3>
      {problems.length > 0 && (
        <ul className="authoring-list">
          {problems.map((p, i) => {
            const ref = refAtPath(loaded, p.path);
            const text = `${p.path}: ${p.message}`;
            return (
              <li key={`${p.path}-${i}`}>
                {ref ? (
                  <button
                    type="button"
                    className="authoring-link"
                    onClick={() => store.getState().select(ref, 'details')}
                  >
                    {text}
                  </button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
