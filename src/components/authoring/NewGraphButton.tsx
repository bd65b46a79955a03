// "New graph from article…": the button and its (lazily loaded) dialog, wherever graphs are
// made — the header and the Library. Needs the library session; renders nothing without it.
import { Suspense, useContext, useState } from 'react';
import { GraphSessionContext } from '../../app/library/GraphSessionContext';
import { useGraph } from '../useGraph';
import { NewGraphDialog } from './lazyAuthoring';

export function NewGraphButton() {
  const session = useContext(GraphSessionContext);
  const graph = useGraph();
  const [open, setOpen] = useState(false);
  if (!session) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New graph from article…
      </button>
      {open && (
        <Suspense fallback={null}>
          <NewGraphDialog session={session} vocabularyFrom={graph} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
