// The frame every legend swatch shares: a small decorative SVG, hidden from assistive
// technology because the type's name always stands beside it.
import type { ReactNode } from 'react';
import './swatches.css';

export function SwatchSvg({
  kind,
  width,
  height,
  data,
  children,
}: {
  kind: 'entity' | 'relation' | 'status';
  width: number;
  height: number;
  /** data-* attributes naming what is drawn, for tests and debugging. */
  data: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  return (
    <svg
      className={`swatch swatch--${kind}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      {...data}
    >
      {children}
    </svg>
  );
}
