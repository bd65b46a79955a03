// "Copy link": the address of this exact view (selection, filters, path, layout, …), which
// the URL hash already carries.
import { useCopyText } from '../useCopyText';

export function CopyLinkButton() {
  const [copy, message] = useCopyText('Could not copy: the address bar has the link');
  return (
    <span className="copy-link">
      <button type="button" onClick={() => copy(window.location.href)}>
        Copy link
      </button>
      <span aria-live="polite" className="copy-link__message">
        {message}
      </span>
    </span>
  );
}
