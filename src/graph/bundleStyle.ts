// How a collapsed bundle looks: a neutral, thicker line (thicker the more relations it
// holds) carrying a small count badge ("13"), outlined in the contested colour when one of
// them is contested, beside the contested marker on the line. Hovered or selected, the badge
// spells it out ("13 relations · 1 contested"). A short badge keeps entity names legible
// around the busiest pair; labelLevel slides it along its line off entities and names, or
// hides it until there is room. Kept apart from the per-type looks: a bundle is several
// types at once.
import { CONTESTED_COLOR } from '../domain/appearance';

const BUNDLE_COLOR = '#64748b';
const TEXT = '#111827';
/** A collapsed bundle's line opacity. */
export const BUNDLE_OPACITY = 0.9;

export const bundleBlocks = [
  {
    selector: 'edge.bundle',
    style: {
      label: 'data(bundleBadge)',
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
      'text-background-opacity': 1,
      'text-background-shape': 'round-rectangle',
      'text-border-width': 1.5,
      'text-border-color': BUNDLE_COLOR,
      'text-border-opacity': 1,
      'text-background-padding': '2px',
    },
  },
  {
    selector: 'edge.bundle[contested > 0]',
    style: {
      'mid-target-arrow-shape': 'tee',
      'mid-target-arrow-fill': 'filled',
      'mid-target-arrow-color': CONTESTED_COLOR,
      'arrow-scale': 1.2,
      'text-border-color': CONTESTED_COLOR,
    },
  },
];

/** After the state blocks: hovered or selected, a bundle says in full what it holds. */
export const bundleStateBlocks = [
  {
    selector: 'edge.bundle.incident',
    style: { label: 'data(bundleBadge)', 'min-zoomed-font-size': 0 },
  },
  {
    selector: 'edge.bundle.hovered, edge.bundle.selected',
    style: { label: 'data(bundleLabel)', 'min-zoomed-font-size': 0, 'z-index': 40 },
  },
  { selector: 'edge.bundle.selected', style: { 'line-color': '#1d4ed8' } },
];
