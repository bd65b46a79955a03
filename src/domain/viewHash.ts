// The whole view in the URL hash, as pure round-trip functions: selection (the old
// `#entity=iran` links still work), hidden relation types, entity types and statuses,
// orphans, neighbourhood, path ends, graph or table, layout, sizing, playback step and a
// cited passage. Parsing never throws: what it cannot use it names in `problems` and
// leaves at its default, so a garbled link still opens the app.
import type { Filters } from './filters';
import { noFilters } from './filters';
import type { GraphFile } from './schema';
import type { Selection } from './types';
import { indexGraph } from './graphIndex';
import {
  isLayoutId,
  isSizeMeasure,
  isViewMode,
  type LayoutId,
  type SizeMeasure,
  type ViewMode,
} from './viewOptions';

export interface PassageRef {
  source: string;
  start: number;
  end: number;
}

export interface UrlView {
  selection: Selection;
  filters: Filters;
  path: { from: string | null; to: string | null; directed: boolean };
  view: ViewMode;
  /** null when the link does not choose one (the saved or default layout applies). */
  layout: LayoutId | null;
  sizeBy: SizeMeasure;
  /** Reading-order playback: the last paragraph read (0-based), or null when off. */
  step: number | null;
  /** A passage to show in the article (a citation); one behind the selection. */
  passage: PassageRef | null;
}

export const defaultUrlView: UrlView = {
  selection: null,
  filters: noFilters,
  path: { from: null, to: null, directed: false },
  view: 'graph',
  layout: null,
  sizeBy: 'none',
  step: null,
  passage: null,
};

const list = (ids: readonly string[]) => ids.map(encodeURIComponent).join(',');

export function formatViewHash(v: UrlView): string {
  const parts: string[] = [];
  if (v.selection)
    parts.push(
      `${v.selection.kind === 'node' ? 'entity' : 'relation'}=${encodeURIComponent(v.selection.id)}`,
    );
  if (v.passage) parts.push(`passage=${formatPassage(v.passage)}`);
  const f = v.filters;
  if (f.hiddenRelationTypes.length) parts.push(`hide-relations=${list(f.hiddenRelationTypes)}`);
  if (f.hiddenEntityTypes.length) parts.push(`hide-entities=${list(f.hiddenEntityTypes)}`);
  if (f.hiddenStatuses.length) parts.push(`hide-statuses=${list(f.hiddenStatuses)}`);
  if (f.hideOrphans) parts.push('orphans=hidden');
  if (f.focus) parts.push(`around=${encodeURIComponent(f.focus.nodeId)}~${f.focus.depth}`);
  if (v.path.from) parts.push(`from=${encodeURIComponent(v.path.from)}`);
  if (v.path.to) parts.push(`to=${encodeURIComponent(v.path.to)}`);
  if (v.path.directed) parts.push('directed=yes');
  if (v.view !== 'graph') parts.push(`view=${v.view}`);
  if (v.layout) parts.push(`layout=${v.layout}`);
  if (v.sizeBy !== 'none') parts.push(`size=${v.sizeBy}`);
  if (v.step !== null) parts.push(`step=${v.step + 1}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

export function formatPassage(p: PassageRef): string {
  return `${encodeURIComponent(p.source)}:${p.start}-${p.end}`;
}

export interface ParsedView {
  view: UrlView;
  problems: string[];
}

export function parseViewHash(hash: string, graph: GraphFile): ParsedView {
  const raw = hash.replace(/^#/, '');
  const view: UrlView = {
    ...defaultUrlView,
    filters: { ...noFilters },
    path: { ...defaultUrlView.path },
  };
  const problems: string[] = [];
  if (raw === '') return { view, problems };
  const index = indexGraph(graph);
  const known = {
    'hide-relations': ['relation type', index.relationTypeById],
    'hide-entities': ['entity type', index.entityTypeById],
    'hide-statuses': ['status', index.statusById],
  } as const;
  const entity = (id: string, what: string): string | null => {
    if (index.nodeById.has(id)) return id;
    problems.push(`The link names ${what} "${truncate(id)}" that is not in this graph.`);
    return null;
  };

  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1));
    } catch {
      problems.push(`The link's "#${truncate(part)}" is not valid URL encoding.`);
      continue;
    }
    switch (key) {
      case 'entity': {
        const id = entity(value, 'an entity');
        if (id) view.selection = { kind: 'node', id };
        break;
      }
      case 'relation':
        if (index.edgeById.has(value)) view.selection = { kind: 'edge', id: value };
        else
          problems.push(
            `The link names a relation "${truncate(value)}" that is not in this graph.`,
          );
        break;
      case 'hide-relations':
      case 'hide-entities':
      case 'hide-statuses': {
        const [what, ids] = known[key];
        const hidden = value.split(',').filter((id) => {
          if (ids.has(id)) return true;
          problems.push(`The link hides a ${what} "${truncate(id)}" that is not in this graph.`);
          return false;
        });
        const field =
          key === 'hide-relations'
            ? 'hiddenRelationTypes'
            : key === 'hide-entities'
              ? 'hiddenEntityTypes'
              : 'hiddenStatuses';
        view.filters = { ...view.filters, [field]: [...new Set(hidden)] };
        break;
      }
      case 'orphans':
        view.filters = { ...view.filters, hideOrphans: value === 'hidden' };
        break;
      case 'around': {
        const m = /^(.+)~([12])$/.exec(value);
        const id = m ? entity(m[1]!, 'a neighbourhood around an entity') : null;
        if (!m) problems.push(`The link's neighbourhood "${truncate(value)}" is not understood.`);
        else if (id) view.filters = { ...view.filters, focus: { nodeId: id, depth: Number(m[2]) } };
        break;
      }
      case 'from':
      case 'to':
        view.path[key] = entity(value, `a path ${key === 'from' ? 'starting at' : 'ending at'}`);
        break;
      case 'directed':
        view.path.directed = value === 'yes';
        break;
      case 'view':
        if (isViewMode(value)) view.view = value;
        else
          problems.push(
            `The link asks for a view "${truncate(value)}"; there are graph and table.`,
          );
        break;
      case 'layout':
        if (isLayoutId(value)) view.layout = value;
        else problems.push(`The link asks for a layout "${truncate(value)}" that does not exist.`);
        break;
      case 'size':
        if (isSizeMeasure(value)) view.sizeBy = value;
        else
          problems.push(`The link sizes entities by "${truncate(value)}", which is not offered.`);
        break;
      case 'step': {
        const n = /^\d{1,6}$/.test(value) ? Number(value) : 0;
        if (n >= 1) view.step = n - 1;
        else
          problems.push(`The link's playback step "${truncate(value)}" is not a paragraph number.`);
        break;
      }
      case 'passage': {
        const m = /^([a-z0-9][a-z0-9_-]*):(\d{1,9})-(\d{1,9})$/.exec(value);
        if (m) view.passage = { source: m[1]!, start: Number(m[2]), end: Number(m[3]) };
        else problems.push(`The link's passage "${truncate(value)}" is not understood.`);
        break;
      }
      default:
        problems.push(
          `The link's "#${truncate(part)}" is not understood; expected #entity=… or #relation=….`,
        );
    }
  }
  if (view.passage && !passageBehind(graph, view.selection, view.passage)) {
    problems.push('The link cites a passage that does not support what it selects.');
    view.passage = null;
  }
  return { view, problems };
}

/** Whether the passage is one of the evidence spans behind the selected element. */
function passageBehind(graph: GraphFile, selection: Selection, p: PassageRef): boolean {
  if (!selection) return false;
  const index = indexGraph(graph);
  const element =
    selection.kind === 'node' ? index.nodeById.get(selection.id) : index.edgeById.get(selection.id);
  return (element?.evidence ?? []).some(
    (e) => e.source === p.source && e.start === p.start && e.end === p.end,
  );
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
