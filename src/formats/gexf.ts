// GEXF 1.3 for Gephi: entities and relations with declared attributes (type, status,
// claimed-by, quotes), viz positions when known, and the export's note in the meta.
import {
  EDGE_ATTRS,
  NODE_ATTRS,
  exportElements,
  type AttrSpec,
  type AttrValues,
} from './attributes';
import type { ExportDoc } from './scope';
import { xmlAttrs, xmlText } from './xml';

// label and x/y are GEXF's own (the label attribute, viz:position), not declared columns.
const OWN = new Set(['label', 'x', 'y']);
const columns = (specs: readonly AttrSpec[]) => specs.filter((s) => !OWN.has(s.key));

const declare = (specs: readonly AttrSpec[], kind: string) => [
  `    <attributes class="${kind}">`,
  ...columns(specs).map(
    (s) => `      <attribute${xmlAttrs({ id: s.key, title: s.title, type: s.type })}/>`,
  ),
  '    </attributes>',
];

const attvalues = (values: AttrValues) => {
  const items = Object.entries(values).filter(([k, v]) => v !== undefined && !OWN.has(k));
  return items.length === 0
    ? []
    : [
        '        <attvalues>',
        ...items.map(([k, v]) => `          <attvalue${xmlAttrs({ for: k, value: String(v) })}/>`),
        '        </attvalues>',
      ];
};

export function toGexf(doc: ExportDoc, today: Date = new Date()): string {
  const { nodes, edges } = exportElements(doc);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${today.toISOString().slice(0, 10)}">`,
    '    <creator>News graph explorer</creator>',
    `    <title>${xmlText(doc.graph.title)}</title>`,
    `    <description>${xmlText(doc.note)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    ...declare(NODE_ATTRS, 'node'),
    ...declare(EDGE_ATTRS, 'edge'),
    '    <nodes>',
  ];
  for (const n of nodes) {
    const { x, y } = n.attrs;
    lines.push(
      `      <node${xmlAttrs({ id: n.id, label: String(n.attrs.label) })}>`,
      ...attvalues(n.attrs),
      ...(typeof x === 'number' && typeof y === 'number'
        ? [`        <viz:position x="${x}" y="${-y}" z="0"/>`]
        : []),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of edges) {
    const attrs = xmlAttrs({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.directed ? 'directed' : 'undirected',
      label: String(e.attrs.label),
    });
    lines.push(`      <edge${attrs}>`, ...attvalues(e.attrs), '      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
