// Makes and downloads one export. Loaded on demand with every format (the first screen
// never pays for them). Data formats follow the chosen scope; images show the canvas as
// drawn and, when filters hide anything, say so in their caption.
import { toGraphJson } from '../../formats/graphJson';
import { toCsvFile, toCsvZip } from '../../formats/csv';
import { toGraphml } from '../../formats/graphml';
import { toGexf } from '../../formats/gexf';
import { toWebAnnotations } from '../../formats/webAnnotation';
import { toSvg } from '../../formats/svg';
import { exportDoc, exportFileName } from '../../formats/scope';
import {
  canvasPng,
  liveCanvas,
  nodePositions,
  readDrawing,
  viewFrame,
} from '../../graph/canvasExport';
import { shapePath } from '../../components/swatches/shapePath';
import type { NodeShape } from '../../domain/appearance';
import type { AppStore } from '../../store/appStore';
import { selectVisible } from '../../store/selectors';
import type { ExportKind } from './exportKinds';
import { download } from './download';

/** True when the filters hide something, so a filtered export differs from the whole. */
export function isFiltered(state: AppStore): boolean {
  const visible = selectVisible(state);
  const g = state.loaded.graph;
  return visible.nodes.size < g.nodes.length || visible.edges.size < g.edges.length;
}

/** Said by a picture of the current view, after what the graph holds. */
const VIEW_NOTE = 'Only the part in view.';

const text = (body: string, type: string) => new Blob([body], { type: `${type};charset=utf-8` });

export async function runExport(
  kind: ExportKind,
  state: AppStore,
  onlyFiltered: boolean,
): Promise<string> {
  const cy = liveCanvas();
  const positions = cy ? nodePositions(cy) : undefined;
  const filtered = onlyFiltered && isFiltered(state);
  const doc = exportDoc(state.loaded, filtered ? selectVisible(state) : null, positions);
  const name = (suffix: string) => exportFileName(doc, suffix);
  const base = `urn:news-graph:${name('')}`;
  const theme = getComputedStyle(document.documentElement);
  const background = theme.getPropertyValue('--panel').trim() || '#ffffff';
  const textColor = theme.getPropertyValue('--fg').trim() || '#111827';
  // Pictures show what is drawn: their note follows the filters, not the scope.
  const pictureDoc = () =>
    exportDoc(state.loaded, isFiltered(state) ? selectVisible(state) : null, positions);

  let file: string;
  let blob: Blob;
  switch (kind) {
    case 'json':
      [file, blob] = [name('.graph.json'), text(toGraphJson(doc), 'application/json')];
      break;
    case 'csv':
      [file, blob] = [
        name('-csv.zip'),
        new Blob([toCsvZip(doc, name('')) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      ];
      break;
    case 'csv-entities':
    case 'csv-relations': {
      const table = toCsvFile(doc, name(''), kind === 'csv-entities' ? 'entities' : 'relations');
      [file, blob] = [
        table.name,
        new Blob([table.bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv;charset=utf-8' }),
      ];
      break;
    }
    case 'graphml':
      [file, blob] = [name('.graphml'), text(toGraphml(doc), 'application/graphml+xml')];
      break;
    case 'gexf':
      [file, blob] = [name('.gexf'), text(toGexf(doc), 'application/xml')];
      break;
    case 'annotations':
      [file, blob] = [
        name('.annotations.jsonld'),
        text(toWebAnnotations(doc, base), 'application/ld+json'),
      ];
      break;
    case 'svg-full':
    case 'svg-view': {
      if (!cy) throw new Error('the graph is not drawn yet');
      const pic = pictureDoc();
      const full = kind === 'svg-full';
      const svg = toSvg(readDrawing(cy), {
        title: pic.graph.title,
        note: full ? pic.note : `${pic.note} ${VIEW_NOTE}`,
        shapePath: (shape) => shapePath(shape as NodeShape, 100, 0),
        background,
        textColor,
        ...(full ? {} : { frame: viewFrame(cy) }),
      });
      [file, blob] = [exportFileName(pic, full ? '.svg' : '-view.svg'), text(svg, 'image/svg+xml')];
      break;
    }
    case 'png-full':
    case 'png-view': {
      if (!cy) throw new Error('the graph is not drawn yet');
      const pic = pictureDoc();
      const full = kind === 'png-full';
      const note = full ? pic.note : `${pic.note} ${VIEW_NOTE}`;
      blob = await canvasPng(cy, { full, title: pic.graph.title, note, background, textColor });
      file = exportFileName(pic, full ? '.png' : '-view.png');
      break;
    }
  }
  download(file, blob);
  return file;
}
