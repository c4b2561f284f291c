/** A value a CSV cell can hold. A list is joined with `;`; `null` is an empty cell. */
export type CsvValue = string | number | boolean | null | readonly string[];

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// Quote anything with a separator, a quote or a line break; `;` too, because Swedish Excel splits on it.
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, semicolon, quote or line break, with quotes
 * doubled. Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
 * so a spreadsheet shows it as text instead of running it. Numbers are written as they are (a
 * negative number is a number, not a formula); booleans as `yes`/`no`; `null` as an empty field.
 *
 * @example
 * ```ts
 * csvField('a, b'); // '"a, b"'
 * csvField('=HYPERLINK("x")'); // '"\'=HYPERLINK(""x"")"'
 * ```
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let text = typeof value === 'string' ? value : value.join(';');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document (RFC 4180): a header row, then one line per row, every line ended by CRLF, fields
 * written by {@link csvField}.
 */
export function renderCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
