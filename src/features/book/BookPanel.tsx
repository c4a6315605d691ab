import { memo, useState } from 'react';
import type { BookField, BookRow } from '../../core';
import { SelectField } from '../../components/ChoiceFields';
import { NumberField } from '../../components/NumberField';
import { Output } from '../../components/Output';
import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import {
  useBookError,
  useBookRowText,
  useBookText,
  useCalendarText,
  useSymbolOptions,
} from '../../store/selectors';
import { OutputField } from '../bindings';
import { downloadText } from '../download';
import { SIDE_OPTIONS } from '../options';
import { useRowFocus } from '../useRowFocus';

/** The DOM id of a book row's field. */
function fieldId(id: string, field: BookField): string {
  return `book-${id}-${field}`;
}

/** The first field of a row, which takes the focus when the row takes a removed row's place. */
function symbolFieldId(id: string): string {
  return fieldId(id, 'symbol');
}

/** One position of the book; its fields are named "Position N symbol" and so on. */
const BookRowEditor = memo(function BookRowEditor({
  row,
  index,
  onRemove,
}: {
  row: BookRow;
  index: number;
  onRemove: (id: string, index: number) => void;
}) {
  const { id } = row;
  const update = useDesk((s) => s.updateBookRow);
  const symbolOptions = useSymbolOptions();
  const symbolError = useBookError(id, 'symbol');
  const sideError = useBookError(id, 'side');
  const quantityError = useBookError(id, 'quantity');
  const entryError = useBookError(id, 'entry');
  const stopError = useBookError(id, 'stop');
  const openPnl = useBookRowText(id, 'openPnl');
  const risk = useBookRowText(id, 'risk');
  const note = useBookRowText(id, 'note');
  const setter = (field: BookField) => (text: string) => {
    update(id, field, text);
  };
  const name = `Position ${index + 1}`;
  return (
    <li className="book-row">
      <div className="book-row__fields">
        <SelectField
          id={fieldId(id, 'symbol')}
          label={`${name} symbol`}
          value={row.symbol}
          options={symbolOptions}
          onChange={setter('symbol')}
          error={symbolError}
        />
        <SelectField
          id={fieldId(id, 'side')}
          label={`${name} side`}
          value={row.side}
          options={SIDE_OPTIONS}
          onChange={setter('side')}
          error={sideError}
        />
        <NumberField
          id={fieldId(id, 'quantity')}
          label={`${name} quantity`}
          value={row.quantity}
          onChange={setter('quantity')}
          error={quantityError}
        />
        <NumberField
          id={fieldId(id, 'entry')}
          label={`${name} entry`}
          value={row.entry}
          onChange={setter('entry')}
          error={entryError}
        />
        <NumberField
          id={fieldId(id, 'stop')}
          label={`${name} stop`}
          value={row.stop}
          onChange={setter('stop')}
          error={stopError}
          hint="Optional"
        />
        <Output id={`book-${id}-pnl`} label={`${name} open P&L`} value={openPnl} />
        <Output id={`book-${id}-risk`} label={`${name} risk`} value={risk} />
        <button
          type="button"
          className="book-row__remove"
          aria-label={`Remove position ${index + 1}`}
          onClick={() => {
            onRemove(id, index);
          }}
        >
          Remove
        </button>
      </div>
      {note === '' ? null : <p className="book-row__note">{note}</p>}
    </li>
  );
});

/** Rows shown at once: a long book is paged, so a keystroke never re-renders or lays out thousands of rows. */
export const BOOK_PAGE_SIZE = 100;

/**
 * The positions a trader holds, editable, with their open P&L, risk to stop, notional and margin. Every
 * row counts in the totals; the editor shows them a page at a time.
 */
export function BookPanel() {
  const book = useDesk((s) => s.book);
  const pageCount = Math.max(1, Math.ceil(book.length / BOOK_PAGE_SIZE));
  const [pageIndex, setPageIndex] = useState(0);
  // A row added at the end is shown: the page follows the book when it grows.
  const [seenLength, setSeenLength] = useState(book.length);
  if (book.length !== seenLength) {
    setSeenLength(book.length);
    if (book.length > seenLength) setPageIndex(pageCount - 1);
  }
  const page = Math.min(pageIndex, pageCount - 1);
  const first = page * BOOK_PAGE_SIZE;
  const shownRows = book.slice(first, first + BOOK_PAGE_SIZE);
  const addRow = useDesk((s) => s.addBookRow);
  const remove = useDesk((s) => s.removeBookRow);
  const exportCsv = useDesk((s) => s.exportBookCsv);
  const leftOut = useBookText('bookLeftOut');
  const soq = useCalendarText('bookSoq');
  const { addButton, onRemove } = useRowFocus(book, remove, symbolFieldId);
  return (
    <Panel id="book" title="Book" className="panel--book">
      <p className="panel__intro">
        Open P&amp;L and risk are measured from each family&rsquo;s mark (its reference price in Margin
        stress): equity already holds the open P&amp;L. Risk to the stop follows the sizer&rsquo;s rule, with
        its slippage and each contract&rsquo;s commission.
      </p>
      {book.length === 0 ? (
        <p className="panel__intro">
          No positions yet. Add the sizer&rsquo;s trade or a spread, or type a position in.
        </p>
      ) : (
        <ol className="book-rows" aria-label="Positions" start={first + 1}>
          {shownRows.map((row, i) => (
            <BookRowEditor key={row.id} row={row} index={first + i} onRemove={onRemove} />
          ))}
        </ol>
      )}
      {pageCount > 1 ? (
        <nav className="pager" aria-label="Book pages">
          <button
            type="button"
            disabled={page === 0}
            onClick={() => {
              setPageIndex(page - 1);
            }}
          >
            Previous rows
          </button>
          <span>
            Rows {(first + 1).toLocaleString('en-US')}–
            {Math.min(first + BOOK_PAGE_SIZE, book.length).toLocaleString('en-US')} of{' '}
            {book.length.toLocaleString('en-US')}
          </span>
          <button
            type="button"
            disabled={page === pageCount - 1}
            onClick={() => {
              setPageIndex(page + 1);
            }}
          >
            Next rows
          </button>
        </nav>
      ) : null}
      <div className="actions">
        <button type="button" ref={addButton} onClick={addRow}>
          Add position
        </button>
        <button
          type="button"
          disabled={book.length === 0}
          onClick={() => {
            downloadText('riskdesk-book.csv', exportCsv(), 'text/csv');
          }}
        >
          Export book
        </button>
      </div>
      {leftOut === '' ? null : (
        <p className="left-out" role="note">
          {leftOut}
        </p>
      )}
      {soq === '' ? null : (
        <p className="soq-note" role="note">
          {soq}
        </p>
      )}
      <div className="figures">
        <OutputField outputKey="bookOpenPnl" label="Open P&L" />
        <OutputField outputKey="bookLongNotional" label="Long exposure" />
        <OutputField outputKey="bookShortNotional" label="Short exposure" />
        <OutputField outputKey="bookNetNotional" label="Net notional" />
        <OutputField outputKey="bookInitialMargin" label="Book initial margin" />
        <OutputField outputKey="bookMaintenanceMargin" label="Book maintenance margin" />
      </div>
    </Panel>
  );
}
