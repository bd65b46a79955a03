// A dismissible notice for a link (URL hash) that could not be followed; the explorer
// stays usable behind it.
export function LinkNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="link-notice" role="alert">
      <span>{message}</span>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
