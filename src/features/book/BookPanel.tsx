import { memo } from 'react';
import type { BookField } from '../../core';
import { SelectField } from '../../components/ChoiceFields';
import { NumberField } from '../../components/NumberField';
import { Panel } from '../../components/Panel';
import { useShallow } from 'zustand/react/shallow';
import { useDesk } from '../../store/deskStore';
import { OutputField } from '../bindings';
import { SIDE_OPTIONS, SYMBOL_OPTIONS } from '../options';

function useRowField(id: string, field: BookField): [string, string | undefined, (text: string) => void] {
  const value = useDesk((s) => s.book.find((row) => row.id === id)?.[field] ?? '');
  const error = useDesk((s) => s.result.bookErrors[`${id}.${field}`]);
  const update = useDesk((s) => s.updateBookRow);
  return [
    value,
    error,
    (text: string) => {
      update(id, field, text);
    },
  ];
}

/** One position of the book; its fields are named "Position N symbol" and so on. */
const BookRowEditor = memo(function BookRowEditor({ id, index }: { id: string; index: number }) {
  const remove = useDesk((s) => s.removeBookRow);
  const [symbol, symbolError, setSymbol] = useRowField(id, 'symbol');
  const [side, sideError, setSide] = useRowField(id, 'side');
  const [quantity, quantityError, setQuantity] = useRowField(id, 'quantity');
  const [entry, entryError, setEntry] = useRowField(id, 'entry');
  const name = `Position ${index + 1}`;
  const fieldId = (field: BookField) => `book-${id}-${field}`;
  return (
    <li className="book-row">
      <SelectField
        id={fieldId('symbol')}
        label={`${name} symbol`}
        value={symbol}
        options={SYMBOL_OPTIONS}
        onChange={setSymbol}
        error={symbolError}
      />
      <SelectField
        id={fieldId('side')}
        label={`${name} side`}
        value={side}
        options={SIDE_OPTIONS}
        onChange={setSide}
        error={sideError}
      />
      <NumberField
        id={fieldId('quantity')}
        label={`${name} quantity`}
        value={quantity}
        onChange={setQuantity}
        error={quantityError}
      />
      <NumberField
        id={fieldId('entry')}
        label={`${name} entry`}
        value={entry}
        onChange={setEntry}
        error={entryError}
      />
      <button
        type="button"
        className="book-row__remove"
        aria-label={`Remove position ${index + 1}`}
        onClick={() => {
          remove(id);
        }}
      >
        Remove
      </button>
    </li>
  );
});

/** The positions a trader intends to hold, editable, with their notional and margin. */
export function BookPanel() {
  const rowIds = useDesk(useShallow((s) => s.book.map((row) => row.id)));
  const addRow = useDesk((s) => s.addBookRow);
  return (
    <Panel id="book" title="Book" className="panel--book">
      {rowIds.length === 0 ? (
        <p className="panel__intro">
          No positions yet. Add the sizer&rsquo;s trade or a spread, or type a position in.
        </p>
      ) : (
        <ol className="book-rows" aria-label="Positions">
          {rowIds.map((id, index) => (
            <BookRowEditor key={id} id={id} index={index} />
          ))}
        </ol>
      )}
      <div className="actions">
        <button type="button" onClick={addRow}>
          Add position
        </button>
      </div>
      <div className="figures">
        <OutputField outputKey="bookLongNotional" label="Long exposure" />
        <OutputField outputKey="bookShortNotional" label="Short exposure" />
        <OutputField outputKey="bookNetNotional" label="Net notional" />
        <OutputField outputKey="bookInitialMargin" label="Book initial margin" />
        <OutputField outputKey="bookMaintenanceMargin" label="Book maintenance margin" />
      </div>
    </Panel>
  );
}
