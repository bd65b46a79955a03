// Where the shell and the article reader show authoring UI, only while editing; the UI
// itself loads lazily on first use.
import { Suspense, type ReactNode, type RefObject } from 'react';
import { useAppStore } from '../../store/StoreProvider';
import { AuthoringPanel, SelectionToolbar } from './lazyAuthoring';

/** The editing panel while editing (it edits the selection), else the details panel. */
export function AuthoringSide({ details }: { details: ReactNode }) {
  const editing = useAppStore((s) => s.editing);
  if (!editing) return details;
  return (
    <Suspense fallback={<p role="status">Loading the editor…</p>}>
      <AuthoringPanel />
    </Suspense>
  );
}

export function ArticleSelectionTools(props: {
  body: RefObject<HTMLDivElement | null>;
  sourceId: string;
  text: string;
}) {
  const editing = useAppStore((s) => s.editing);
  if (!editing) return null;
  return (
    <Suspense fallback={null}>
      <SelectionToolbar {...props} />
    </Suspense>
  );
}
