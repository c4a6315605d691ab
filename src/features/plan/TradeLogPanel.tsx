import { memo } from 'react';
import { PLAN_SYMBOLS, type LogField, type TradeLogRow } from '../../core';
import { SelectField } from '../../components/ChoiceFields';
import { NumberField } from '../../components/NumberField';
import { Output } from '../../components/Output';
import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import { useLogError, useLogRows, useLogRowText, usePlanLogText } from '../../store/selectors';
import { downloadText } from '../download';
import { InputField } from '../bindings';
import { SIDE_OPTIONS } from '../options';
import { useFlash } from '../useFlash';
import { BreakerStatus } from './BreakerStatus';
import { PlanLogOutputField } from './planBindings';
import { useRowFocus } from '../useRowFocus';

const SYMBOL_CHOICES = PLAN_SYMBOLS.map((symbol) => ({ value: symbol, label: symbol }));

function fieldId(id: string, field: LogField): string {
  return `log-${id}-${field}`;
}

/** The first field of a row, which takes the focus when the row takes a removed row's place. */
function timeFieldId(id: string): string {
  return fieldId(id, 'time');
}

/** One trade of the log; its fields are named "Trade N time" and so on. */
const LogRowEditor = memo(function LogRowEditor({
  row,
  index,
  onRemove,
}: {
  row: TradeLogRow;
  index: number;
  onRemove: (id: string, index: number) => void;
}) {
  const { id } = row;
  const update = useDesk((s) => s.updateLogRow);
  const errors = {
    time: useLogError(id, 'time'),
    symbol: useLogError(id, 'symbol'),
    side: useLogError(id, 'side'),
    quantity: useLogError(id, 'quantity'),
    entry: useLogError(id, 'entry'),
    exit: useLogError(id, 'exit'),
  };
  const pnl = useLogRowText(id, 'pnl');
  const note = useLogRowText(id, 'note');
  const setter = (field: LogField) => (text: string) => {
    update(id, field, text);
  };
  const name = `Trade ${index + 1}`;
  return (
    <li className="book-row log-row">
      <div className="book-row__fields">
        <NumberField
          id={fieldId(id, 'time')}
          label={`${name} time`}
          value={row.time}
          onChange={setter('time')}
          error={errors.time}
          hint="Exit, HH:MM"
        />
        <SelectField
          id={fieldId(id, 'symbol')}
          label={`${name} contract`}
          value={row.symbol}
          options={SYMBOL_CHOICES}
          onChange={setter('symbol')}
          error={errors.symbol}
        />
        <SelectField
          id={fieldId(id, 'side')}
          label={`${name} side`}
          value={row.side}
          options={SIDE_OPTIONS}
          onChange={setter('side')}
          error={errors.side}
        />
        <NumberField
          id={fieldId(id, 'quantity')}
          label={`${name} quantity`}
          value={row.quantity}
          onChange={setter('quantity')}
          error={errors.quantity}
        />
        <NumberField
          id={fieldId(id, 'entry')}
          label={`${name} entry price`}
          value={row.entry}
          onChange={setter('entry')}
          error={errors.entry}
        />
        <NumberField
          id={fieldId(id, 'exit')}
          label={`${name} exit price`}
          value={row.exit}
          onChange={setter('exit')}
          error={errors.exit}
        />
        <Output id={`log-${id}-pnl`} label={`${name} realized P&L`} value={pnl} note={note} />
        <button
          type="button"
          className="book-row__remove"
          aria-label={`Remove trade ${index + 1}`}
          onClick={() => {
            onRemove(id, index);
          }}
        >
          Remove
        </button>
      </div>
    </li>
  );
});

function ExportLog() {
  const csv = useDesk((s) => s.logCsv);
  const today = useDesk((s) => s.today);
  const hasRows = useLogRows().length > 0;
  const [message, flash] = useFlash();
  return (
    <>
      <button
        type="button"
        disabled={!hasRows}
        onClick={() => {
          const text = csv();
          if (text === null) return;
          const day =
            today === null
              ? ''
              : `-${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
          downloadText(`riskdesk-trade-log${day}.csv`, text, 'text/csv');
          flash('Exported the log as CSV.');
        }}
      >
        Export log
      </button>
      <span role="status" className="flash">
        {message}
      </span>
    </>
  );
}

/**
 * Today's trades with their realized P&L after costs (the account's Today's realized P&L), the run of
 * losses, and the circuit breaker that pauses the desk after N losses in a row or at the daily loss limit.
 */
export function TradeLogPanel() {
  const rows = useLogRows();
  const add = useDesk((s) => s.addLogRow);
  const remove = useDesk((s) => s.removeLogRow);
  const leftOut = usePlanLogText('logLeftOut');
  const overrides = usePlanLogText('overridesNote');
  const { addButton, onRemove } = useRowFocus(rows, remove, timeFieldId);
  return (
    <Panel id="trade-log" title="Trade log and circuit breaker" className="panel--wide">
      <p className="panel__intro">
        Log each trade when it is closed: its exit time (HH:MM, your time), contract, side, quantity and
        fills. A trade counts in the session of its exit (17:00 to 16:00 CT); the session&rsquo;s realized
        P&amp;L after commissions becomes the account&rsquo;s Today&rsquo;s realized P&amp;L.
      </p>
      <div className="figures">
        <PlanLogOutputField outputKey="realizedPnl" label="Today's realized P&L" noteKey="realizedPnlNote" />
        <PlanLogOutputField
          outputKey="consecutiveLosses"
          label="Consecutive losses"
          noteKey="consecutiveLossesNote"
        />
      </div>
      <BreakerStatus id="log" always />
      {overrides === '' ? null : <p className="panel__intro">{overrides}</p>}
      {rows.length === 0 ? (
        <p className="panel__intro">No trades logged yet.</p>
      ) : (
        <ol className="book-rows" aria-label="Trades">
          {rows.map((row, i) => (
            <LogRowEditor key={row.id} row={row} index={i} onRemove={onRemove} />
          ))}
        </ol>
      )}
      {leftOut === '' ? null : (
        <p className="left-out" role="note">
          {leftOut}
        </p>
      )}
      <div className="actions">
        <button type="button" ref={addButton} onClick={add}>
          Add trade
        </button>
        <ExportLog />
      </div>
      <div className="row row--narrow">
        <InputField inputKey="planPauseLosses" label="Losses in a row before a pause" />
        <InputField inputKey="planPauseMinutes" label="Pause length" unit="min" />
      </div>
    </Panel>
  );
}
