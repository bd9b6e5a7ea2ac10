/**
 * CSV as RFC 4180 describes it: CRLF between records, fields quoted when they hold a comma, a quote,
 * a line break or edge spaces, quotes doubled. Text cells that a spreadsheet would run as a formula
 * (= + - @, or their full-width forms, first after any leading spaces or line breaks; or a leading tab or
 * line break) are prefixed with an apostrophe so they stay text. This applies to every column.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[\t\r\n]|^[\s\u00a0\u200b\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

/** Text that cannot start a spreadsheet formula. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, quoted if needed. Numbers are written as numbers (a negative number is not a formula). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseCell(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV document. `bom` adds a byte-order mark so spreadsheet programs read non-ASCII names
 * as UTF-8.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}${rows.length > 0 ? '\r\n' : ''}`;
}

/** Reads CSV back into rows (used to check what was written). Quoted fields may hold anything. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && source[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
