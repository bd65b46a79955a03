// How a collapsed bundle looks: a neutral, thicker line (thicker the more relations it
// holds) whose label says how many, with the contested marker when one of them is. Kept
// apart from the per-type looks: a bundle is several types at once.
import { CONTESTED_COLOR } from '../domain/appearance';

const BUNDLE_COLOR = '#64748b';
const TEXT = '#111827';
/** A collapsed bundle's line opacity. */
export const BUNDLE_OPACITY = 0.9;

export const bundleBlocks = [
  {
    selector: 'edge.bundle',
    style: {
      label: 'data(bundleLabel)',
      'curve-style': 'straight',
      width: 'mapData(count, 2, 12, 4, 10)',
      'line-color': BUNDLE_COLOR,
      'line-style': 'solid',
      'line-cap': 'round',
      'target-arrow-shape': 'none',
      'mid-target-arrow-shape': 'none',
      opacity: BUNDLE_OPACITY,
      color: TEXT,
      'font-size': 12,
      'font-weight': 'bold',
      'text-wrap': 'none',
      'min-zoomed-font-size': 0,
      'text-background-opacity': 0.95,
      'text-border-width': 1,
      'text-border-color': BUNDLE_COLOR,
      'text-border-opacity': 1,
      'text-background-padding': '3px',
    },
  },
  {
    selector: 'edge.bundle[contested > 0]',
    style: {
      'mid-target-arrow-shape': 'tee',
      'mid-target-arrow-fill': 'filled',
      'mid-target-arrow-color': CONTESTED_COLOR,
      'arrow-scale': 1.2,
    },
  },
];

/** After the state blocks: a bundle keeps its own label when hovered, selected or incident. */
export const bundleStateBlocks = [
  {
    selector: 'edge.bundle.incident, edge.bundle.hovered, edge.bundle.selected',
    style: { label: 'data(bundleLabel)', 'min-zoomed-font-size': 0 },
  },
  { selector: 'edge.bundle.selected', style: { 'line-color': '#1d4ed8' } },
];
