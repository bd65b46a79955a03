// "Copy link": the address of this exact view (selection, filters, path, layout, …), which
// the URL hash already carries. An icon with its name and a tooltip; what happened shows
// below it, over the canvas, so the toolbar keeps its one row.
import { LinkIcon } from './icons';
import { useCopyText } from '../useCopyText';

export function CopyLinkButton() {
  const [copy, message] = useCopyText('Could not copy: the address bar has the link');
  return (
    <span className="copy-link">
      <button
        type="button"
        className="view-toolbar__icon"
        aria-label="Copy link"
        title="Copy link to this view"
        onClick={() => copy(window.location.href)}
      >
        <LinkIcon />
      </button>
      <span aria-live="polite" className="copy-link__message">
        {message}
      </span>
    </span>
  );
}
