// CSV writing for spreadsheets: RFC 4180 (CRLF rows, fields quoted when they hold a comma,
// a quote or a line break, quotes doubled), a UTF-8 byte-order mark so Excel reads the
// accents right, and text cells that a spreadsheet would run as a formula (starting with
// =, +, -, @, tab or carriage return) prefixed with an apostrophe (OWASP's advice).
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers: a negative number is not a formula.
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
