// The shape and colour of an entity type, as drawn on the canvas. Decorative: the type's
// name always sits next to it, so colour and shape are never the only signal.
import type { EntityLook } from '../../domain/appearance';
import { shapePath } from './shapePath';
import './swatches.css';

const SIZE = 16;

export function EntitySwatch({ look }: { look: EntityLook | undefined }) {
  if (!look) return null;
  return (
    <svg
      className="swatch swatch--entity"
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
      data-shape={look.shape}
    >
      <path
        d={shapePath(look.shape, SIZE)}
        fill={look.color}
        stroke={look.color}
        strokeLinejoin="round"
      />
    </svg>
  );
}
