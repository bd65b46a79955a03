// The graph as three CSV tables for spreadsheets: entities, relations, evidence (one row per
// quoted passage), zipped together with a note on what they hold.
import { strToU8, zipSync } from 'fflate';
import { toCsv } from './csvCells';
import type { ExportDoc } from './scope';

export interface CsvTables {
  entities: string;
  relations: string;
  evidence: string;
}

export function toCsvTables(doc: ExportDoc): CsvTables {
  const { graph } = doc;
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const typeLabel = new Map(graph.entityTypes.map((t) => [t.id, t.label]));
  const relLabel = new Map(graph.relationTypes.map((t) => [t.id, t.label]));
  const statusLabel = new Map(graph.statuses.map((s) => [s.id, s.label]));
  const names = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => label.get(id) ?? id).join('; ');

  const entities = toCsv(
    ['id', 'name', 'type', 'aliases', 'summary', 'evidence_count'],
    graph.nodes.map((n) => [
      n.id,
      n.label,
      typeLabel.get(n.type) ?? n.type,
      n.aliases.join('; '),
      n.summary,
      n.evidence.length,
    ]),
  );
  const relations = toCsv(
    [
      'id',
      'subject',
      'relation',
      'object',
      'label',
      'status',
      'claimed_by',
      'disputed_by',
      'subject_id',
      'object_id',
      'evidence_count',
    ],
    graph.edges.map((e) => [
      e.id,
      label.get(e.source) ?? e.source,
      relLabel.get(e.relation) ?? e.relation,
      label.get(e.target) ?? e.target,
      e.label,
      statusLabel.get(e.status) ?? e.status,
      names(e.attributedTo),
      names(e.disputedBy),
      e.source,
      e.target,
      e.evidence.length,
    ]),
  );
  const evidence = toCsv(
    ['kind', 'id', 'source', 'start', 'end', 'quote'],
    [
      ...graph.nodes.flatMap((n) =>
        n.evidence.map((ev) => ['entity', n.id, ev.source, ev.start, ev.end, ev.quote]),
      ),
      ...graph.edges.flatMap((e) =>
        e.evidence.map((ev) => ['relation', e.id, ev.source, ev.start, ev.end, ev.quote]),
      ),
    ],
  );
  return { entities, relations, evidence };
}

export type CsvTableName = keyof CsvTables;

const tableFileName = (base: string, table: CsvTableName) => `${base}-${table}.csv`;

/**
 * One table as the bytes of a file Excel opens right on a double-click: UTF-8 with its
 * byte-order mark (else Excel reads the accents as Windows-1252), CRLF rows, formulas
 * neutralised. Named `<base>-<table>.csv`, as inside the zip.
 */
export function toCsvFile(
  doc: ExportDoc,
  base: string,
  table: CsvTableName,
): { name: string; bytes: Uint8Array } {
  return { name: tableFileName(base, table), bytes: strToU8(toCsvTables(doc)[table]) };
}

/** The three tables and a README in one zip, named after `base` ("iran-…"). */
export function toCsvZip(doc: ExportDoc, base: string): Uint8Array {
  const t = toCsvTables(doc);
  const readme =
    `${doc.note}\r\n\r\n` +
    'entities.csv, relations.csv and evidence.csv are UTF-8 with a byte-order mark, RFC 4180.\r\n' +
    "Text cells that a spreadsheet would read as a formula start with an apostrophe (').\r\n" +
    'Evidence offsets (start, end) are UTF-16 indexes into the source texts.\r\n';
  const tables = (Object.keys(t) as CsvTableName[]).map(
    (table) => [tableFileName(base, table), strToU8(t[table])] as const,
  );
  return zipSync({
    ...Object.fromEntries(tables),
    [`${base}-README.txt`]: strToU8(readme),
  });
}
