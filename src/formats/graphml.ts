// GraphML for Gephi, Cytoscape desktop and yEd: every entity and relation with its type,
// status, claimed-by, quotes and (when known) canvas position as declared attributes.
// Undirected by default with `directed="true"` on directed relations: readers (graphology's
// among them) honour that form, where some ignore `directed="false"`.
import {
  EDGE_ATTRS,
  NODE_ATTRS,
  exportElements,
  type AttrSpec,
  type AttrValues,
} from './attributes';
import type { ExportDoc } from './scope';
import { xmlAttrs, xmlText } from './xml';

const keyDecl = (spec: AttrSpec, kind: 'node' | 'edge') =>
  `  <key${xmlAttrs({ id: `${kind[0]}_${spec.key}`, for: kind, 'attr.name': spec.title, 'attr.type': spec.type })}/>`;

const dataLines = (values: AttrValues, kind: 'node' | 'edge', indent: string) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${indent}<data key="${kind[0]}_${k}">${xmlText(String(v))}</data>`);

export function toGraphml(doc: ExportDoc): string {
  const { nodes, edges } = exportElements(doc);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- ${xmlText(doc.note).replace(/--/g, '- -')} -->`,
    '  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>',
    '  <key id="g_note" for="graph" attr.name="note" attr.type="string"/>',
    ...NODE_ATTRS.map((s) => keyDecl(s, 'node')),
    ...EDGE_ATTRS.map((s) => keyDecl(s, 'edge')),
    '  <graph id="G" edgedefault="undirected">',
    `    <data key="g_title">${xmlText(doc.graph.title)}</data>`,
    `    <data key="g_note">${xmlText(doc.note)}</data>`,
  ];
  for (const n of nodes) {
    lines.push(
      `    <node${xmlAttrs({ id: n.id })}>`,
      ...dataLines(n.attrs, 'node', '      '),
      '    </node>',
    );
  }
  for (const e of edges) {
    const attrs = xmlAttrs({
      id: e.id,
      source: e.source,
      target: e.target,
      directed: e.directed ? 'true' : undefined,
    });
    lines.push(`    <edge${attrs}>`, ...dataLines(e.attrs, 'edge', '      '), '    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
