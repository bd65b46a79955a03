// The Cytoscape stylesheet, built from the same looks as the legend (domain/appearance),
// so the canvas and the legend cannot disagree. Visual state comes from classes toggled
// by the controllers: .hidden, .selected, .neighbour, .incident, .faded, .hovered.
import type { StylesheetJson } from 'cytoscape';
import type { GraphFile } from '../domain/schema';
import { looksOf } from '../domain/appearance';
import { bundleBlocks, bundleStateBlocks } from './bundleStyle';
import { labelBlocks } from './labelLevel';
import { pathStyles } from './pathClasses';
import { PALETTES, themeBaseStyles, themeStateStyles, type Palette } from './themeStyles';

type StyleValue = string | number | readonly number[];
interface Block {
  selector: string;
  style: Record<string, StyleValue>;
}

const TEXT = '#111827';
const HIGHLIGHT = '#1d4ed8';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';

/** An attribute selector value; ids are validated to [a-z0-9_-], quoting is belt and braces. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

const base: Block[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1.5,
      'border-color': '#ffffff',
      color: TEXT,
      'font-family': FONT,
      'font-size': 12,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'round-rectangle',
      // Below this on-screen size labels are skipped rather than drawn as mush.
      'min-zoomed-font-size': 6,
      'overlay-padding': 4,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'control-point-step-size': 'data(step)',
      'arrow-scale': 1.1,
      'target-arrow-shape': 'none',
      'mid-target-arrow-shape': 'none',
      color: TEXT,
      'font-family': FONT,
      'font-size': 11,
      'text-wrap': 'wrap',
      'text-max-width': '160px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-background-shape': 'round-rectangle',
      'min-zoomed-font-size': 6,
      'overlay-padding': 3,
    },
  },
];

function entityBlocks(graph: GraphFile): Block[] {
  return [...looksOf(graph).entity].map(([type, look]) => ({
    selector: `node[type = ${quoted(type)}]`,
    style: { 'background-color': look.color, shape: look.shape },
  }));
}

function relationBlocks(graph: GraphFile): Block[] {
  const looks = looksOf(graph).relation;
  return graph.relationTypes.flatMap((type): Block[] => {
    const look = looks.get(type.id);
    if (!look) return [];
    const style: Record<string, StyleValue> = {
      'line-color': look.color,
      'line-style': look.lineStyle,
      'target-arrow-color': look.color,
      'target-arrow-shape': type.directed ? 'triangle' : 'none',
    };
    if (look.dash.length > 0) style['line-dash-pattern'] = look.dash;
    return [{ selector: `edge[relation = ${quoted(type.id)}]`, style }];
  });
}

function statusBlocks(graph: GraphFile): Block[] {
  const statuses = new Map(graph.statuses.map((s) => [s.id, s]));
  return [...looksOf(graph).status].map(([id, look]) => {
    const contested = statuses.get(id)?.contested === true;
    return {
      selector: `edge[status = ${quoted(id)}]`,
      style: {
        opacity: look.opacity,
        'mid-target-arrow-shape': look.marker,
        'mid-target-arrow-fill': look.filled ? 'filled' : 'hollow',
        'mid-target-arrow-color': look.color,
        // The contested bar is drawn larger so it reads at a glance.
        ...(contested ? { 'arrow-scale': 1.5 } : {}),
      },
    };
  });
}

// Order matters: later blocks win, so state classes come last and .hidden is final.
const states: Block[] = [
  { selector: 'node.neighbour', style: { 'border-color': HIGHLIGHT, 'border-width': 2 } },
  // Around a selected entity, the short relation name only, and only once zoomed in past
  // 1×: a hub like Iran has 30 relations, whose names overlap into noise at fit zoom; the
  // details panel lists them all meanwhile. Cytoscape compares font-size × zoom rounded
  // up to a power of two, so 11 px text passes a 12 px minimum only above zoom 1.
  {
    selector: 'edge.incident',
    style: { label: 'data(relationLabel)', width: 3, 'z-index': 10, 'min-zoomed-font-size': 12 },
  },
  {
    selector: 'edge.hovered, edge.selected',
    style: { label: 'data(edgeLabel)', width: 3, 'z-index': 10, 'min-zoomed-font-size': 0 },
  },
  { selector: 'node.hovered', style: { 'border-color': HIGHLIGHT, 'border-width': 3 } },
  { selector: 'edge.hovered', style: { width: 4, 'z-index': 20 } },
  {
    selector: 'node.selected',
    style: { 'border-color': HIGHLIGHT, 'border-width': 4, 'font-weight': 'bold', 'z-index': 30 },
  },
  {
    selector: 'edge.selected',
    style: {
      width: 5,
      'underlay-color': HIGHLIGHT,
      'underlay-opacity': 0.25,
      'underlay-padding': 4,
      'z-index': 30,
    },
  },
  { selector: 'node.faded', style: { opacity: 0.2 } },
  { selector: 'edge.faded', style: { opacity: 0.1 } },
  // Pointing at a faded element brings it back enough to read its label.
  { selector: '.faded.hovered', style: { opacity: 0.8 } },
  { selector: '.hidden', style: { display: 'none' } },
];

export function buildStylesheet(
  graph: GraphFile,
  palette: Palette = PALETTES.light,
): StylesheetJson {
  const blocks = [
    ...base,
    ...entityBlocks(graph),
    ...relationBlocks(graph),
    ...statusBlocks(graph),
    ...bundleBlocks,
    ...themeBaseStyles(palette),
    ...states,
    ...bundleStateBlocks,
    ...labelBlocks,
    ...themeStateStyles(palette),
    ...pathStyles(palette.highlight),
  ];
  // Cytoscape's typings model each property individually (and miss data() mappers for
  // numeric ones); the values above are checked by the headless tests instead.
  return blocks as unknown as StylesheetJson;
}
