// "Cite this passage": a link that opens the app with the current selection and this
// passage shown in the article. Copied to the clipboard and shown, so it can be followed
// or copied by hand when the clipboard is refused.
import { useState } from 'react';
import type { Evidence } from '../../domain/schema';
import { defaultUrlView, formatViewHash } from '../../domain/viewHash';
import { useAppStore } from '../../store/StoreProvider';
import { useCopyText } from '../useCopyText';
import './CitePassage.css';

export function CitePassageButton({ evidence }: { evidence: Evidence }) {
  const selection = useAppStore((s) => s.selection);
  const [copy, message] = useCopyText('Could not copy; the link is below');
  const [link, setLink] = useState<string | null>(null);
  if (!selection) return null;
  const cite = () => {
    const hash = formatViewHash({
      ...defaultUrlView,
      selection,
      passage: { source: evidence.source, start: evidence.start, end: evidence.end },
    });
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}${hash}`;
    setLink(url);
    copy(url);
  };
  return (
    <>
      <button type="button" className="passage__cite" onClick={cite}>
        Cite this passage
      </button>
      <span aria-live="polite" className="passage__cite-message">
        {message}
      </span>
      {link && (
        <a className="passage__cite-link" href={link}>
          Link to this passage
        </a>
      )}
    </>
  );
}
