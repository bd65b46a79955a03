// A short stretch of a relation type's line: its colour, dash pattern and, when the type is
// directed, an arrowhead — the same look the canvas gives its edges.
import type { RelationLook } from '../../domain/appearance';
import { SwatchSvg } from './SwatchSvg';

const W = 28;
const H = 12;

export function RelationSwatch({
  look,
  directed,
}: {
  look: RelationLook | undefined;
  directed: boolean;
}) {
  if (!look) return null;
  const end = directed ? W - 8 : W - 2;
  return (
    <SwatchSvg kind="relation" width={W} height={H} data={{ 'data-line': look.lineStyle }}>
      <line
        x1={2}
        y1={H / 2}
        x2={end}
        y2={H / 2}
        stroke={look.color}
        strokeWidth={2.5}
        strokeDasharray={look.dash.length > 0 ? look.dash.join(' ') : undefined}
      />
      {directed && (
        <polygon
          points={`${end - 1},1.5 ${W - 1},${H / 2} ${end - 1},${H - 1.5}`}
          fill={look.color}
        />
      )}
    </SwatchSvg>
  );
}
