import { memo, useMemo } from 'react';
import type { PortfolioRowField, PortfolioRowText } from '../../core';
import { SelectField } from '../../components/ChoiceFields';
import { NumberField } from '../../components/NumberField';
import { Output } from '../../components/Output';
import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import {
  usePortfolioRowAboveCap,
  usePortfolioRowError,
  usePortfolioRowText,
  usePortfolioRows,
  usePortfolioText,
  useSymbolOptions,
} from '../../store/selectors';
import { SIDE_OPTIONS } from '../options';
import { useRowFocus } from '../useRowFocus';
import { PortfolioOutputField } from './portfolioBindings';

const STOP_MODE_OPTIONS = [
  { value: 'points', label: 'Points' },
  { value: 'atr', label: 'k × ATR' },
] as const;

/** The DOM id of a portfolio row's field. */
function fieldId(id: string, field: PortfolioRowField): string {
  return `portfolio-${id}-${field}`;
}

function symbolFieldId(id: string): string {
  return fieldId(id, 'symbol');
}

/** A row's figure. */
function RowOutput({
  id,
  field,
  label,
}: {
  id: string;
  field: 'contracts' | 'riskPerContract' | 'stopAt' | 'margin' | 'marginPercent' | 'risk';
  label: string;
}) {
  const value = usePortfolioRowText(id, field);
  return <Output id={`portfolio-${id}-out-${field}`} label={label} value={value} />;
}

/** One asset: contract, side, price, stop (points or k × ATR), and what it sizes to. */
const AssetRow = memo(function AssetRow({
  row,
  index,
  name,
  options,
  onRemove,
}: {
  row: PortfolioRowText;
  index: number;
  /** The asset's name in its figures' labels: its symbol ("MES"), numbered when the symbol repeats. */
  name: string;
  options: readonly { value: string; label: string }[];
  onRemove: (id: string, index: number) => void;
}) {
  const { id } = row;
  const update = useDesk((s) => s.updatePortfolioRow);
  const errors = {
    symbol: usePortfolioRowError(id, 'symbol'),
    side: usePortfolioRowError(id, 'side'),
    price: usePortfolioRowError(id, 'price'),
    stopMode: usePortfolioRowError(id, 'stopMode'),
    stopPoints: usePortfolioRowError(id, 'stopPoints'),
    atrMultiple: usePortfolioRowError(id, 'atrMultiple'),
    atr: usePortfolioRowError(id, 'atr'),
    usualAtr: usePortfolioRowError(id, 'usualAtr'),
  };
  const note = usePortfolioRowText(id, 'note');
  const atrWords = usePortfolioRowText(id, 'atr');
  const aboveCap = usePortfolioRowAboveCap(id);
  const setter = (field: PortfolioRowField) => (text: string) => {
    update(id, field, text);
  };
  const asset = `Asset ${index + 1}`;
  // A symbol the registry no longer has (a removed custom contract) stays selectable, so the row says so.
  const shown = options.some((o) => o.value === row.symbol)
    ? options
    : [{ value: row.symbol, label: row.symbol }, ...options];
  return (
    <li className="book-row portfolio-row">
      <div className="portfolio-row__fields">
        <SelectField
          id={fieldId(id, 'symbol')}
          label={`${asset} contract`}
          value={row.symbol}
          options={shown}
          onChange={setter('symbol')}
          error={errors.symbol}
        />
        <SelectField
          id={fieldId(id, 'side')}
          label={`${asset} direction`}
          value={row.side}
          options={SIDE_OPTIONS}
          onChange={setter('side')}
          error={errors.side}
        />
        <NumberField
          id={fieldId(id, 'price')}
          label={`${asset} price`}
          value={row.price}
          onChange={setter('price')}
          error={errors.price}
        />
        <SelectField
          id={fieldId(id, 'stopMode')}
          label={`${asset} stop by`}
          value={row.stopMode}
          options={STOP_MODE_OPTIONS}
          onChange={setter('stopMode')}
          error={errors.stopMode}
        />
        {row.stopMode === 'atr' ? (
          <>
            <NumberField
              id={fieldId(id, 'atrMultiple')}
              label={`${asset} ATR multiple`}
              value={row.atrMultiple}
              onChange={setter('atrMultiple')}
              error={errors.atrMultiple}
              unit="×"
            />
            <NumberField
              id={fieldId(id, 'atr')}
              label={`${asset} ATR`}
              value={row.atr}
              onChange={setter('atr')}
              error={errors.atr}
              hint="Empty: from its bars"
            />
            <NumberField
              id={fieldId(id, 'usualAtr')}
              label={`${asset} usual ATR`}
              value={row.usualAtr}
              onChange={setter('usualAtr')}
              error={errors.usualAtr}
              hint="Optional; empty: its bars' median"
            />
          </>
        ) : (
          <NumberField
            id={fieldId(id, 'stopPoints')}
            label={`${asset} stop distance`}
            value={row.stopPoints}
            onChange={setter('stopPoints')}
            error={errors.stopPoints}
            unit="pts"
          />
        )}
      </div>
      <div className="portfolio-row__figures">
        <div className="figure--main">
          <RowOutput id={id} field="contracts" label={`${name} Contracts`} />
        </div>
        <RowOutput id={id} field="riskPerContract" label={`${name} risk per contract`} />
        <RowOutput id={id} field="stopAt" label={`${name} stop at`} />
        <RowOutput id={id} field="risk" label={`${name} dollar risk`} />
        <RowOutput id={id} field="margin" label={`${name} margin`} />
        <div className={aboveCap ? 'portfolio-row__above-cap' : undefined}>
          <RowOutput id={id} field="marginPercent" label={`${name} margin % of equity`} />
        </div>
        <button
          type="button"
          className="book-row__remove"
          aria-label={`Remove asset ${index + 1}`}
          onClick={() => {
            onRemove(id, index);
          }}
        >
          Remove
        </button>
      </div>
      {atrWords === '' ? null : <p className="book-row__note">{atrWords}</p>}
      {note === '' ? null : <p className="book-row__note portfolio-row__note">{note}</p>}
    </li>
  );
});

/** Names for the rows' figures: the symbol, with the asset's number when the symbol repeats. */
function rowNames(rows: readonly PortfolioRowText[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.symbol, (counts.get(row.symbol) ?? 0) + 1);
  return rows.map((row, i) =>
    (counts.get(row.symbol) ?? 0) > 1 ? `${row.symbol} (asset ${i + 1})` : row.symbol,
  );
}

/** The portfolio's assets, each sized on its own budget and margin cap, and the portfolio's totals. */
export function PortfolioAssetsPanel() {
  const rows = usePortfolioRows();
  const options = useSymbolOptions();
  const names = useMemo(() => rowNames(rows), [rows]);
  const addRow = useDesk((s) => s.addPortfolioRow);
  const remove = useDesk((s) => s.removePortfolioRow);
  const leftOut = usePortfolioText('portfolioLeftOut');
  const { addButton, onRemove, focusNewRow } = useRowFocus(rows, remove, symbolFieldId);
  return (
    <Panel id="portfolio-assets" title="Assets" className="panel--wide">
      <p className="panel__intro">
        Risk per contract = |price − stop| × the product&rsquo;s multiplier (the stop snapped to its tick,
        away from the price) + slippage + 2 × commission. Contracts = the fewer of ⌊budget ÷ risk per
        contract⌋ and ⌊margin cap ÷ margin per contract⌋.
      </p>
      {rows.length === 0 ? (
        <p className="panel__intro">No assets yet: add one per contract you plan to trade.</p>
      ) : (
        <ol className="book-rows" aria-label="Assets">
          {rows.map((row, i) => (
            <AssetRow
              key={row.id}
              row={row}
              index={i}
              name={names[i] ?? row.symbol}
              options={options}
              onRemove={onRemove}
            />
          ))}
        </ol>
      )}
      <div className="actions">
        <button
          type="button"
          ref={addButton}
          onClick={() => {
            focusNewRow();
            addRow();
          }}
        >
          Add asset
        </button>
      </div>
      {leftOut === '' ? null : (
        <p className="left-out" role="note">
          {leftOut}
        </p>
      )}
      <div className="figures">
        <PortfolioOutputField
          outputKey="portfolioTotalMargin"
          label="Margin"
          noteKey="portfolioTotalMarginNote"
        />
        <PortfolioOutputField outputKey="portfolioTotalRisk" label="Total risk" />
        <PortfolioOutputField outputKey="portfolioLargestRisk" label="Largest single risk" />
        <PortfolioOutputField
          outputKey="portfolioCorrelatedRisk"
          label="Correlated risk"
          noteKey="portfolioCorrelatedRiskNote"
          emphasis
        />
      </div>
    </Panel>
  );
}
