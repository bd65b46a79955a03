// The shape and colour of an entity type, as drawn on the canvas. Decorative: the type's
// name always sits next to it, so colour and shape are never the only signal.
import type { EntityLook } from '../../domain/appearance';
import { shapePath } from './shapePath';
import { SwatchSvg } from './SwatchSvg';

const SIZE = 16;

export function EntitySwatch({ look }: { look: EntityLook | undefined }) {
  if (!look) return null;
  return (
    <SwatchSvg kind="entity" width={SIZE} height={SIZE} data={{ 'data-shape': look.shape }}>
      <path
        d={shapePath(look.shape, SIZE)}
        fill={look.color}
        stroke={look.color}
        strokeLinejoin="round"
      />
    </SwatchSvg>
  );
}
