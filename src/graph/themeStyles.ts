// The canvas's colours for each theme: text, label backgrounds, node outlines and the
// highlight, as stylesheet blocks that buildStylesheet places over the base look (and
// over the state classes' colours). Type and status colours stay those of the legend.
import type { Theme } from '../store/themeSlice';

export interface Palette {
  text: string;
  /** Behind labels and around nodes: the canvas's own background. */
  ground: string;
  highlight: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: { text: '#111827', ground: '#ffffff', highlight: '#1d4ed8' },
  dark: { text: '#e6e8eb', ground: '#1b1e24', highlight: '#8cb4ff' },
};

export function themeBaseStyles(p: Palette) {
  return [
    {
      selector: 'node',
      style: { color: p.text, 'border-color': p.ground, 'text-background-color': p.ground },
    },
    { selector: 'edge', style: { color: p.text, 'text-background-color': p.ground } },
  ];
}

export function themeStateStyles(p: Palette) {
  return [
    {
      selector: 'node.neighbour, node.hovered, node.selected',
      style: { 'border-color': p.highlight },
    },
    { selector: 'edge.selected', style: { 'underlay-color': p.highlight } },
  ];
}
