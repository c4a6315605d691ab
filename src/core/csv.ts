/**
 * CSV export cells, RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180, §2.6–2.7) with formula-injection
 * escaping (OWASP "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection; OWASP ASVS 5.0
 * requirement 1.2.10):
 *
 * - A text cell that starts with = + - @, a tab, a carriage return, a line feed or a NUL (also after
 *   leading spaces, which some spreadsheets skip) gets a single quote in front, so Excel, LibreOffice and
 *   Google Sheets show it as text instead of running it as a formula. The quote is visible in a text
 *   editor; that is the accepted price.
 * - Then a cell that contains a comma, a double quote, CR or LF is wrapped in double quotes, its quotes
 *   doubled.
 * - Figures core computed (a P&L of −80.00) go through `csvNumberCell`: only digits, a point and a
 *   leading minus, which no spreadsheet reads as a formula, so a loss stays a number in the sheet.
 * Rows end with CRLF, the file too (RFC 4180 §2.1–2.2).
 */
import type { Dec } from './decimal';

const FORMULA_START = /^(?:[\t\r\n\0]|[ ]*[=+\-@])/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One text cell, escaped against formulas, then quoted when RFC 4180 requires it. */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A number core computed, written plainly with `places` decimals (the Dec is expected already rounded by
 * a named rounding; toFixed here only pads). Never a formula: digits, a point, at most a leading minus.
 */
export function csvNumberCell(value: Dec, places: number): string {
  return value.toFixed(places);
}

/** A record: cells already made by `csvCell` / `csvNumberCell`, joined by commas. */
export function csvRecord(cells: readonly string[]): string {
  return cells.join(',');
}

/** A whole file: records joined and ended by CRLF. */
export function csvText(records: readonly string[]): string {
  return records.map((record) => `${record}\r\n`).join('');
}
