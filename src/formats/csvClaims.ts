// Claims drafted in a spreadsheet, plus the article's text, become an anchored graph. Each
// row is one claim: subject, relation, object, and the quote that supports it. A quote
// found exactly once in the text is anchored there; a quote found nowhere, or more than
// once, is reported with its row number (as the spreadsheet numbers rows: the header is 1).
import type { Evidence, GraphEdge, GraphFile, GraphNode } from '../domain/schema';
import type { Problem } from '../domain/types';
import { readClaimRows } from './csvRows';

export { MAX_CLAIM_ROWS } from './csvRows';

export interface ClaimsImport {
  /** The graph from every anchored row; null when no row could be anchored. */
  graph: GraphFile | null;
  anchored: number;
  problems: Problem[];
}

export interface ClaimsOptions {
  title: string;
  sourceTitle: string;
}

// Column names people use, matched without case, spaces or underscores.
const COLUMNS = {
  subject: ['subject', 'from', 'source', 'who'],
  relation: ['relation', 'predicate', 'verb', 'relationtype'],
  object: ['object', 'to', 'target', 'whom'],
  status: ['status', 'certainty', 'hedge'],
  quote: ['quote', 'evidence', 'passage', 'excerpt'],
  claimedBy: ['claimedby', 'attributedto', 'according to', 'accordingto', 'claimant'],
  label: ['label', 'what', 'detail', 'details'],
  subjectType: ['subjecttype'],
  objectType: ['objecttype'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['subject', 'relation', 'object', 'quote'];

// Statuses from the most to the least certain, as the format's convention lists them.
const KNOWN_STATUSES = ['stated', 'reported', 'alleged', 'denied'];

const norm = (s: string) => s.toLowerCase().replace(/[\s_\-.]+/g, '');

export function slugId(name: string, sep = '-'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^\\${sep}+|\\${sep}+$`, 'g'), '');
  return slug || 'x';
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

const certainty = (status: string) => {
  const i = KNOWN_STATUSES.indexOf(status);
  return i < 0 ? KNOWN_STATUSES.length : i;
};

/** Every place `quote` occurs in `text` (up to 2: one is enough to call it ambiguous). */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < 2; at = text.indexOf(quote, at + 1))
    found.push(at);
  return found;
}

/**
 * Characters of article scanned for quotes in one import, at most (each row's quote is
 * looked for in the whole text): about a second's work. A news article of 10,000
 * characters takes any number of rows up to MAX_CLAIM_ROWS; a 1 MB text, 2,000.
 */
export const MAX_QUOTE_SEARCH_CHARS = 2_000_000_000;

const HEADER_NAMES_SHOWN = 8;

/** The header's cells for a message: the first few, each cut short. */
function headerList(header: readonly string[]): string {
  const shown = header
    .slice(0, HEADER_NAMES_SHOWN)
    .map((name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name));
  const more = header.length - shown.length;
  return more > 0
    ? `${shown.join(', ')} … and ${more.toLocaleString('en')} more`
    : shown.join(', ');
}

export function importClaims(csv: string, text: string, options: ClaimsOptions): ClaimsImport {
  const read = readClaimRows(csv);
  if (!read.ok) return { graph: null, anchored: 0, problems: read.problems };
  const { header, rows, problems } = read;
  if (rows.length * text.length > MAX_QUOTE_SEARCH_CHARS) {
    const fit = Math.floor(MAX_QUOTE_SEARCH_CHARS / Math.max(1, text.length));
    const n = (x: number) => x.toLocaleString('en');
    return {
      graph: null,
      anchored: 0,
      problems: [
        {
          path: '',
          message: `an article of ${n(text.length)} characters can be matched with at most ${n(fit)} rows of claims; this CSV has ${n(rows.length)}: split the spreadsheet`,
        },
      ],
    };
  }
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][])
      if (!index.has(column) && names.some((n) => norm(n) === norm(name))) index.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0)
    return {
      graph: null,
      anchored: 0,
      problems: [
        {
          path: 'row 1',
          message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header has: ${headerList(header)})`,
        },
      ],
    };

  const nodeIds = new Set<string>();
  const nodes = new Map<string, GraphNode>(); // by name
  const relationTypes = new Map<string, { id: string; label: string }>(); // by name
  const statuses: string[] = [];
  const edges: GraphEdge[] = [];
  const edgeIds = new Set<string>();
  // One relation per subject, relation, object and label: rows repeating a claim add evidence.
  const edgeByClaim = new Map<string, GraphEdge>();
  let anchored = 0;
  const evidence = (start: number, quote: string): Evidence => ({
    source: 'article',
    start,
    end: start + quote.length,
    quote,
  });
  const entity = (name: string, type: string | undefined, fallback: Evidence): string => {
    const known = nodes.get(name);
    if (known) return known.id;
    // The entity's own evidence: its name in the text when it is there, else the claim.
    const at = text.indexOf(name);
    const node: GraphNode = {
      id: unique(slugId(name), nodeIds),
      label: name,
      type: slugId(type || 'entity'),
      aliases: [],
      summary: `${name}, as named in the article.`,
      evidence: [at >= 0 ? evidence(at, name) : fallback],
    };
    nodes.set(name, node);
    return node.id;
  };

  rows.forEach((row, i) => {
    const path = `row ${i + 2}`;
    const cell = (c: Column) => {
      const at = index.get(c);
      return at === undefined ? '' : (row[at] ?? '').trim();
    };
    const [subject, relation, object, quote] = [
      cell('subject'),
      cell('relation'),
      cell('object'),
      row[index.get('quote')!] ?? '',
    ];
    const empty = REQUIRED.filter((c) => (c === 'quote' ? quote.trim() : cell(c)) === '');
    if (empty.length > 0) {
      problems.push({ path, message: `no ${empty.join(', ')}` });
      return;
    }
    // The quote is matched as written (only outer spaces trimmed): offsets index the text.
    const exact = quote.trim();
    const found = occurrences(text, exact);
    if (found.length === 0) {
      problems.push({ path, message: `quote not found in the article: "${exact.slice(0, 80)}"` });
      return;
    }
    if (found.length > 1) {
      problems.push({
        path,
        message: `quote found more than once in the article; lengthen it so it points to one place: "${exact.slice(0, 80)}"`,
      });
      return;
    }
    const ev = evidence(found[0]!, exact);
    anchored += 1;
    const status = slugId(cell('status') || 'stated');
    if (!statuses.includes(status)) statuses.push(status);
    if (!relationTypes.has(relation))
      relationTypes.set(relation, { id: slugId(relation, '_'), label: relation });
    const source = entity(subject, cell('subjectType'), ev);
    const target = entity(object, cell('objectType'), ev);
    const claimedBy = cell('claimedBy')
      .split(/[;|]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((name) => entity(name, undefined, ev));
    const label = cell('label');
    const claim = JSON.stringify([source, relation, target, label]);
    const same = edgeByClaim.get(claim);
    if (same) {
      same.evidence.push(ev);
      const by = [...new Set([...(same.attributedTo ?? []), ...claimedBy])];
      if (by.length > 0) same.attributedTo = by;
      // several passages, different hedges: the least certain applies (the format's rule)
      if (certainty(status) > certainty(same.status)) same.status = status;
      return;
    }
    const edge: GraphEdge = {
      id: unique(
        `${source}-${relationTypes.get(relation)!.id.replace(/_/g, '-')}-${target}`,
        edgeIds,
      ),
      source,
      target,
      relation: relationTypes.get(relation)!.id,
      status,
      evidence: [ev],
    };
    if (label) edge.label = label;
    if (claimedBy.length > 0) edge.attributedTo = [...new Set(claimedBy)];
    edgeByClaim.set(claim, edge);
    edges.push(edge);
  });

  if (edges.length === 0) return { graph: null, anchored: 0, problems };
  const ordered = [
    ...KNOWN_STATUSES.filter((s) => statuses.includes(s)),
    ...statuses.filter((s) => !KNOWN_STATUSES.includes(s)),
  ];
  const types = [...new Set([...nodes.values()].map((n) => n.type))];
  const graph: GraphFile = {
    version: 1,
    title: options.title,
    sources: [{ id: 'article', title: options.sourceTitle, text }],
    statuses: ordered.map((id) => ({
      id,
      label: id.charAt(0).toUpperCase() + id.slice(1),
      description: `Claims marked "${id}" in the spreadsheet.`,
      ...(id === 'denied' ? { contested: true } : {}),
    })),
    entityTypes: types.map((id) => ({
      id,
      label: id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' '),
      description: `Entities of type "${id}" in the spreadsheet.`,
    })),
    relationTypes: [...relationTypes.values()].map((t) => ({
      ...t,
      description: `"${t.label}", as the spreadsheet names it.`,
      directed: true,
    })),
    nodes: [...nodes.values()],
    edges,
  };
  return { graph, anchored, problems };
}
