// Copying a link to the clipboard, with a short message saying whether it worked, for a
// polite live region next to the button. The clipboard can be refused (permissions, an
// insecure origin): then the message says where the link is instead.
import { useEffect, useState } from 'react';

export function useCopyText(failHint: string): [(text: string) => void, string] {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  const copy = (text: string) => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setMessage(failHint);
      return;
    }
    clipboard.writeText(text).then(
      () => setMessage('Link copied'),
      () => setMessage(failHint),
    );
  };
  return [copy, message];
}
