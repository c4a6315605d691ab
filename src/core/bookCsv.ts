/**
 * The book as CSV (`Export book`): one record per row, in the book's order, with what the trader typed
 * and what RiskDesk computed for it. Typed texts go through `csvCell` (a text starting with = + - @ is
 * escaped, so a spreadsheet never runs it as a formula); computed amounts through `csvNumberCell` (plain
 * numbers, already rounded: open P&L half-up to the cent, risk up to the cent, as on screen).
 */
import type { BookRow } from './book';
import { csvCell, csvNumberCell, csvRecord, csvText } from './csv';
import type { Dec } from './decimal';

export const BOOK_CSV_HEADER = [
  'Position',
  'Symbol',
  'Side',
  'Quantity',
  'Entry',
  'Stop',
  'Open P&L (USD)',
  'Risk to stop (USD)',
  'Note',
] as const;

/** A row with its computed figures (null where there is none: a row left out, no stop, no mark). */
export interface BookCsvRow {
  readonly row: BookRow;
  readonly openPnlUsd: Dec | null;
  readonly riskUsd: Dec | null;
  readonly note: string;
}

/** The CSV text of the book. */
export function bookToCsv(rows: readonly BookCsvRow[]): string {
  const amount = (value: Dec | null) => (value === null ? '' : csvNumberCell(value, 2));
  const records = rows.map(({ row, openPnlUsd, riskUsd, note }, index) =>
    csvRecord([
      String(index + 1),
      csvCell(row.symbol),
      csvCell(row.side),
      csvCell(row.quantity),
      csvCell(row.entry),
      csvCell(row.stop),
      amount(openPnlUsd),
      amount(riskUsd),
      csvCell(note),
    ]),
  );
  return csvText([csvRecord(BOOK_CSV_HEADER.map(csvCell)), ...records]);
}
