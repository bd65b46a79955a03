// The Export menu's entries, in order: what each is called and whether it follows the
// scope (whole graph / filtered view) or shows the canvas as drawn. Pictures come whole or
// as the current view, each named so.
export type ExportKind =
  | 'json'
  | 'csv-entities'
  | 'csv-relations'
  | 'csv'
  | 'graphml'
  | 'gexf'
  | 'annotations'
  | 'png-full'
  | 'png-view'
  | 'svg-full'
  | 'svg-view';

export interface ExportEntry {
  kind: ExportKind;
  label: string;
  /** Images show the canvas as drawn, whatever the scope. */
  picture: boolean;
}

export const EXPORT_ENTRIES: readonly ExportEntry[] = [
  { kind: 'json', label: 'Graph JSON (opens again here)', picture: false },
  { kind: 'csv-entities', label: 'Entities table (CSV for Excel)', picture: false },
  { kind: 'csv-relations', label: 'Relations table (CSV for Excel)', picture: false },
  { kind: 'csv', label: 'CSV tables for spreadsheets, with passages (zip)', picture: false },
  { kind: 'graphml', label: 'GraphML (Gephi, Cytoscape, yEd)', picture: false },
  { kind: 'gexf', label: 'GEXF (Gephi)', picture: false },
  { kind: 'annotations', label: 'Web Annotation (JSON-LD)', picture: false },
  { kind: 'png-full', label: 'PNG image of the whole graph (2×)', picture: true },
  { kind: 'png-view', label: 'PNG image of the current view (2×)', picture: true },
  { kind: 'svg-full', label: 'SVG image of the whole graph (vector)', picture: true },
  { kind: 'svg-view', label: 'SVG image of the current view (vector)', picture: true },
];
