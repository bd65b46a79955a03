// The Export menu's entries, in order: what each is called and whether it follows the
// scope (whole graph / filtered view) or shows the canvas as drawn.
export type ExportKind =
  'json' | 'csv' | 'graphml' | 'gexf' | 'annotations' | 'png-full' | 'png-view' | 'svg';

export interface ExportEntry {
  kind: ExportKind;
  label: string;
  /** Images show the canvas as drawn, whatever the scope. */
  picture: boolean;
}

export const EXPORT_ENTRIES: readonly ExportEntry[] = [
  { kind: 'json', label: 'Graph JSON (opens again here)', picture: false },
  { kind: 'csv', label: 'CSV tables for spreadsheets (zip)', picture: false },
  { kind: 'graphml', label: 'GraphML (Gephi, Cytoscape, yEd)', picture: false },
  { kind: 'gexf', label: 'GEXF (Gephi)', picture: false },
  { kind: 'annotations', label: 'Web Annotation (JSON-LD)', picture: false },
  { kind: 'png-full', label: 'PNG image of the whole drawing (2×)', picture: true },
  { kind: 'png-view', label: 'PNG image of the current view (2×)', picture: true },
  { kind: 'svg', label: 'SVG image (vector)', picture: true },
];
