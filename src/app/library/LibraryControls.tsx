// The header's graph controls: Library (the list of kept graphs) and Open graph… (a file
// picker taking a graph JSON and, optionally, its text files). The dialog's code loads
// only when first opened.
import { lazy, Suspense, useRef, useState } from 'react';
import { useGraphOpenerApi } from './GraphOpenerContext';
import './library.css';

const LibraryDialog = lazy(() =>
  import('./LibraryDialog').then((m) => ({ default: m.LibraryDialog })),
);

export function LibraryControls({ children }: { children?: React.ReactNode }) {
  const opener = useGraphOpenerApi();
  const [libraryOpen, setLibraryOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="library-controls">
      <button type="button" onClick={() => setLibraryOpen(true)}>
        Library
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Open graph…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".json,.jsonld,.txt,.md,.csv,application/json,text/plain,text/csv"
        aria-label="Graph file, with its text files"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // choosing the same file again must fire again
          if (files.length > 0) opener.openFiles(files);
        }}
      />
      {children}
      {libraryOpen && (
        <Suspense fallback={null}>
          <LibraryDialog onClose={() => setLibraryOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
