// Reads a CSV of claims into rows, within bounds: a binary file is named as such, an
// unterminated quotation mark is explained in a spreadsheet user's words with its row, and
// parsing stops past MAX_CLAIM_ROWS, so a 50 MB file of short rows cannot build a graph of
// hundreds of thousands of claims (or take minutes matching their quotes).
import Papa from 'papaparse';
import type { Problem } from '../domain/types';

/** Rows of claims one import takes (the header aside). */
export const MAX_CLAIM_ROWS = 20_000;

export type ClaimRows =
  | { ok: true; header: string[]; rows: string[][]; problems: Problem[] }
  | { ok: false; problems: Problem[] };

// Tab, line feed, vertical tab, form feed and carriage return are text; the rest is not.
// eslint-disable-next-line no-control-regex -- looking for exactly these characters
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;

const fail = (message: string): ClaimRows => ({ ok: false, problems: [{ path: '', message }] });

function problemOf(error: Papa.ParseError, row: number): Problem {
  const path = `row ${row + 1}`;
  if (error.code === 'MissingQuotes')
    return {
      path,
      message:
        'a cell opens a quotation mark (") that is never closed, so the rest of the file was read as that one cell',
    };
  return { path, message: error.message };
}

export function readClaimRows(csv: string): ClaimRows {
  const content = csv.replace(/^\uFEFF/, '');
  if (content.trim() === '') return fail('the CSV is empty');
  if (CONTROL.test(content))
    return fail(
      'this does not look like a CSV of claims: it holds control characters (a binary file?)',
    );
  const data: string[][] = [];
  const problems: Problem[] = [];
  let tooMany = false;
  Papa.parse<string[]>(content, {
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      if (data.length > MAX_CLAIM_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      for (const error of result.errors) problems.push(problemOf(error, data.length));
      data.push(result.data);
    },
  });
  if (tooMany)
    return fail(
      `the CSV has more than ${MAX_CLAIM_ROWS.toLocaleString('en')} rows of claims, the most one import takes: split the spreadsheet`,
    );
  const [header, ...rows] = data;
  if (!header) return fail('the CSV is empty');
  return { ok: true, header, rows, problems };
}
