import { lazy, Suspense, useCallback, useDeferredValue, useState, type DragEvent } from 'react';
import { describeBarsImport, type BarsImport } from '../../core';
import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import { InputField, OutputField } from '../bindings';

const BarsChart = lazy(() => import('./BarsChart').then((module) => ({ default: module.BarsChart })));

const MAX_LISTED_ERRORS = 20;
const PASTED = 'pasted text';

/** Bars import (file picker, drag and drop, or paste), the ATR from the bars, and the stop-band chart. */
export function BarsPanel() {
  const importBars = useDesk((s) => s.importBars);
  const clearBars = useDesk((s) => s.clearBars);
  const useAtr = useDesk((s) => s.useAtrFromBars);
  const sourceName = useDesk((s) => s.barsSource?.sourceName ?? null);
  const pastedText = useDesk((s) => (s.barsSource?.sourceName === PASTED ? s.barsSource.text : ''));
  const parsed = useDesk((s) => s.bars?.parsed ?? null);
  const chart = useDesk((s) => s.result.barsStudy?.chart ?? null);
  const hasAtr = useDesk((s) => (s.result.barsStudy?.atrText ?? null) !== null);
  const deferredChart = useDeferredValue(chart);
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);

  const readFile = useCallback(
    (file: File) => {
      file.text().then(
        (text) => {
          setReadError(null);
          return importBars(text, file.name);
        },
        () => {
          setReadError(`Could not read ${file.name}.`);
        },
      );
    },
    [importBars],
  );

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) readFile(file);
  };

  return (
    <Panel id="bars" title="ATR from bars" className="panel--bars">
      <div
        className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
      >
        <div className="field">
          <label htmlFor="import-bars">Import bars</label>
          <input
            id="import-bars"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby="import-bars-hint"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file !== undefined) readFile(file);
              event.target.value = '';
            }}
          />
          <p id="import-bars-hint" className="field__hint">
            A CSV file (or drop it here): date, open, high, low, close; comma or semicolon separated, with or
            without a header.
          </p>
        </div>
        <div className="field">
          <label htmlFor="paste-bars">Paste bars</label>
          <textarea
            id="paste-bars"
            rows={4}
            spellCheck={false}
            placeholder={'Date,Open,High,Low,Close\n2026-11-19,2371.2,2390.5,2360.1,2385.0'}
            value={pastedText}
            onChange={(event) => {
              if (event.target.value === '') clearBars();
              else void importBars(event.target.value, PASTED);
            }}
          />
        </div>
      </div>
      {readError === null ? null : <p className="field__error">{readError}</p>}
      <div className="row">
        <InputField inputKey="atrPeriod" label="ATR period" unit="bars" />
        <OutputField outputKey="atrFromBars" label="ATR from bars" noteKey="atrFromBarsNote" />
      </div>
      <div className="actions">
        <button type="button" disabled={!hasAtr} onClick={useAtr}>
          Use as stop ATR
        </button>
        {sourceName === null ? null : (
          <button type="button" onClick={clearBars}>
            Clear bars ({sourceName})
          </button>
        )}
      </div>
      {parsed === null ? null : <ImportReport parsed={parsed} />}
      {deferredChart === null || deferredChart.length === 0 ? null : (
        <Suspense fallback={<p className="chart-placeholder">Loading chart…</p>}>
          <BarsChart points={deferredChart} />
        </Suspense>
      )}
    </Panel>
  );
}

function ImportReport({ parsed }: { parsed: BarsImport }) {
  const shown = parsed.errors.slice(0, MAX_LISTED_ERRORS);
  const more = parsed.errors.length - shown.length;
  return (
    <div className="import-report" role="region" aria-label="Import report">
      <p>{describeBarsImport(parsed)}</p>
      {shown.length === 0 ? null : (
        <ul className="import-report__errors">
          {shown.map((error) => (
            <li key={error.line}>{error.message}</li>
          ))}
          {more > 0 ? <li>…and {more} more.</li> : null}
        </ul>
      )}
    </div>
  );
}
