/**
 * The book as text: notional and margin totals, the open P&L, the line naming the rows left out, and each
 * row's open P&L, risk and note. The figures arrive rounded as shown (book.ts). A row's text is made once
 * per row figures object (book.ts keeps that object while nothing the row depends on changes), so a long
 * book costs little per keystroke here too.
 */
import type { BookFigures, BookRowFigures, BookRowNote, LeftOutRow } from '../book';
import type { Dec } from '../decimal';
import { formatSignedUsd, formatUsd, NO_VALUE } from '../format';
import { memoizeLast } from '../memo';
import { gapReasonText } from './words';

/** The book's texts. A type (not an interface) so that it is a plain record of strings. */
export type BookOutputs = {
  bookLongNotional: string;
  bookShortNotional: string;
  bookNetNotional: string;
  bookInitialMargin: string;
  bookMaintenanceMargin: string;
  /** Σ open P&L at the marks ("Open P&L"). */
  bookOpenPnl: string;
  /** "Position 3 left out: quantity is empty." — one line naming every row left out, or empty. */
  bookLeftOut: string;
};

/** What one row contributes, as shown beside it. */
export interface BookRowView {
  readonly openPnl: string;
  readonly risk: string;
  /** Why the row is left out, why its risk is not counted, or empty. */
  readonly note: string;
}

/** The book section of the view: its texts and each row's texts by row id. */
export type BookView = BookOutputs & { readonly rows: ReadonlyMap<string, BookRowView> };

function rowNoteText(note: BookRowNote | null): string {
  if (note === null) return '';
  switch (note.kind) {
    case 'stop-crossed':
      return 'The mark is already past this stop: only its costs are counted.';
    case 'risk-not-counted':
      return `${gapReasonText(note.why)}: its risk is not counted.`;
    case 'left-out':
      return `Left out: ${note.reason}.`;
  }
}

const rowViews = new WeakMap<BookRowFigures, BookRowView>();

/** A row's texts, made once per row figures object. */
function rowView(figures: BookRowFigures): BookRowView {
  let view = rowViews.get(figures);
  if (view === undefined) {
    view = {
      openPnl: figures.openPnlUsd === null ? NO_VALUE : formatSignedUsd(figures.openPnlUsd),
      risk: figures.riskUsd === null ? NO_VALUE : formatUsd(figures.riskUsd),
      note: rowNoteText(figures.note),
    };
    rowViews.set(figures, view);
  }
  return view;
}

/** Every row's texts; the same map while the rows' figures map is the same. */
const rowsView = memoizeLast(
  (rows: ReadonlyMap<string, BookRowFigures>): ReadonlyMap<string, BookRowView> =>
    new Map([...rows].map(([id, figures]) => [id, rowView(figures)])),
);

/** "Position 3 left out: quantity is empty. Position 5 left out: entry is not valid." (five at most, then a count) */
function leftOutLine(leftOut: readonly LeftOutRow[]): string {
  const shown = leftOut.slice(0, 5).map((row) => `Position ${row.number} left out: ${row.reason}.`);
  if (leftOut.length > shown.length) shown.push(`${leftOut.length - shown.length} more rows left out.`);
  return shown.join(' ');
}

/** The book's texts from its figures. */
export function presentBook(figures: BookFigures): BookView {
  const margin = (value: Dec | null) => (value === null ? NO_VALUE : formatUsd(value));
  return {
    bookLongNotional: formatUsd(figures.longNotionalUsd),
    bookShortNotional: formatUsd(figures.shortNotionalUsd),
    bookNetNotional: formatSignedUsd(figures.netNotionalUsd),
    bookInitialMargin: margin(figures.initialMarginUsd),
    bookMaintenanceMargin: margin(figures.maintenanceMarginUsd),
    bookOpenPnl: figures.openPnlUsd === null ? NO_VALUE : formatSignedUsd(figures.openPnlUsd),
    bookLeftOut: leftOutLine(figures.leftOut),
    rows: rowsView(figures.rows),
  };
}
