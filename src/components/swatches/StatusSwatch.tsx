// The marker a claim's status puts on its edges (none, hollow circle, diamond, square, or
// the red bar of a contested claim), on a short line faded like the canvas draws it.
import type { StatusLook } from '../../domain/appearance';
import { SwatchSvg } from './SwatchSvg';

const W = 28;
const H = 12;
const CX = W / 2;
const CY = H / 2;

function Marker({ look }: { look: StatusLook }) {
  // Hollow markers are filled with the panel colour so the line does not show through.
  const common = {
    style: { fill: look.filled ? look.color : 'var(--panel)' },
    stroke: look.color,
    strokeWidth: 1.5,
  };
  switch (look.marker) {
    case 'circle':
      return <circle cx={CX} cy={CY} r={3.5} {...common} />;
    case 'diamond':
      return (
        <polygon
          points={`${CX},${CY - 4.5} ${CX + 4.5},${CY} ${CX},${CY + 4.5} ${CX - 4.5},${CY}`}
          {...common}
        />
      );
    case 'square':
      return <rect x={CX - 3.5} y={CY - 3.5} width={7} height={7} {...common} />;
    case 'tee':
      return <rect x={CX - 1.5} y={0.5} width={3} height={H - 1} fill={look.color} />;
    case 'none':
      return null;
  }
}

export function StatusSwatch({ look }: { look: StatusLook | undefined }) {
  if (!look) return null;
  return (
    <SwatchSvg kind="status" width={W} height={H} data={{ 'data-marker': look.marker }}>
      <line
        x1={1}
        y1={CY}
        x2={W - 1}
        y2={CY}
        style={{ stroke: 'var(--muted)' }}
        strokeWidth={2}
        opacity={look.opacity}
      />
      <Marker look={look} />
    </SwatchSvg>
  );
}
