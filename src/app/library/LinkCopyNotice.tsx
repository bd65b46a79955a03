// Shown when a `?graph=` link opened the reader's changed copy from the library instead of
// fetching the address (storage/linkCopy.ts): says so, and offers the link's version either
// beside that copy (kept in the library) or in its place, after a confirmation.
import { useState } from 'react';
import { useGraphOpenerApi } from './GraphOpenerContext';
import type { LinkCopy } from './linkStart';
import { Modal } from './Modal';

export function LinkCopyNotice({ copy }: { copy: LinkCopy }) {
  const opener = useGraphOpenerApi();
  const [dismissed, setDismissed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (dismissed) return null;
  const changed = new Date(copy.changedAt).toLocaleString();
  return (
    <section className="link-copy" aria-label="Your copy of this link">
      <p className="link-copy__text">
        You changed this graph since you opened the link: this is your copy from the Library (last
        changed {changed}). The graph at <span className="link-copy__url">{copy.address}</span> was
        not loaded, so your changes are as you left them.
      </p>
      <div className="link-copy__actions">
        <button type="button" onClick={() => opener.openUrl(copy.graphParam, { keepCopy: true })}>
          Open the link’s version (keep my copy)
        </button>
        <button type="button" onClick={() => setConfirming(true)}>
          Replace my copy…
        </button>
        <button type="button" onClick={() => setDismissed(true)}>
          Dismiss
        </button>
      </div>
      {confirming && (
        <Modal
          title="Replace your copy with the link’s version?"
          onClose={() => setConfirming(false)}
        >
          <p>
            The changes you made to “{copy.title}” will be lost. To keep them, choose “Open the
            link’s version (keep my copy)” instead.
          </p>
          <div className="link-copy__actions">
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                opener.openUrl(copy.graphParam);
              }}
            >
              Replace my copy
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
