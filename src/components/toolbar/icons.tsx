// Small line icons for the view toolbar's compact buttons. Decorative only: each button
// carries its accessible name (aria-label) and a tooltip (title) of its own.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="toolbar-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A circular arrow: arrange afresh. */
export const ResetIcon = () => (
  <Icon>
    <path d="M3 8a5 5 0 1 0 1.5-3.6" />
    <path d="M3 2.5v2.8h2.8" />
  </Icon>
);

/** Two chain links. */
export const LinkIcon = () => (
  <Icon>
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1.2-1.2a2.6 2.6 0 0 1 3.7 3.7L10.7 8.2" />
    <path d="M9 11.5l-1.2 1.2a2.6 2.6 0 0 1-3.7-3.7L5.3 7.8" />
  </Icon>
);

/** A crescent moon. */
export const MoonIcon = () => (
  <Icon>
    <path d="M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z" />
  </Icon>
);

/** A play triangle. */
export const PlayIcon = () => (
  <Icon>
    <path d="M5 3.5l7 4.5-7 4.5z" fill="currentColor" />
  </Icon>
);
