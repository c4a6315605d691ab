import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
} from 'react';
import { describeBarsImport, type BarsImport } from '../../core';
import { Panel } from '../../components/Panel';
import { fieldForm } from '../../components/textInput';
import { useDesk } from '../../store/deskStore';
import { useBarsChart, useHasAtrFromBars } from '../../store/selectors';
import { InputField, OutputField } from '../bindings';

const BarsChart = lazy(() => import('./BarsChart').then((module) => ({ default: module.BarsChart })));

const MAX_LISTED_ERRORS = 20;
const PASTED = 'pasted text';
/** Pasted text longer than this is imported without being shown: a textarea holding megabytes blocks the page. */
const MAX_SHOWN_PASTE = 100_000;
/** Typing into the paste box imports once typing pauses this long, not on every keystroke. */
const TYPING_PAUSE_MS = 500;

/** Lines in a text, counted without splitting megabytes into an array. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** The paste box: a paste imports at once (parsed off the main thread); typed text once typing pauses. */
function PasteBox() {
  const importBars = useDesk((s) => s.importBars);
  const clearBars = useDesk((s) => s.clearBars);
  const stored = useDesk((s) => (s.barsSource?.sourceName === PASTED ? s.barsSource.text : ''));
  const [draft, setDraft] = useState<string | null>(null);
  // A file import or a clear replaces what was typed here (React's "adjust state on a prop change").
  const sourceName = useDesk((s) => s.barsSource?.sourceName ?? null);
  const [seenSource, setSeenSource] = useState(sourceName);
  if (sourceName !== seenSource) {
    setSeenSource(sourceName);
    if (sourceName !== PASTED) setDraft(null);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const shown = draft ?? (stored.length > MAX_SHOWN_PASTE ? '' : stored);
  const large = draft === null && stored.length > MAX_SHOWN_PASTE;
  const lines = useMemo(() => (large ? lineCount(stored) : 0), [large, stored]);
  const use = (text: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    if (text === '') clearBars();
    else void importBars(text, PASTED);
  };
  return fieldForm(
    false,
    <>
      <label htmlFor="paste-bars">Paste bars</label>
      <textarea
        id="paste-bars"
        rows={4}
        spellCheck={false}
        aria-describedby={large ? 'paste-bars-note' : undefined}
        placeholder={'Date,Open,High,Low,Close\n2026-11-19,2371.2,2390.5,2360.1,2385.0'}
        value={shown}
        onPaste={(event) => {
          const text = event.clipboardData.getData('text');
          if (text.length <= MAX_SHOWN_PASTE) return;
          // Imported without being put into the box: the browser inserting megabytes blocks for seconds.
          // The import starts in a task of its own, so reading the clipboard and sending the text to the
          // parser's worker never add up to one long block of the page.
          event.preventDefault();
          setDraft(null);
          setTimeout(() => {
            use(text);
          }, 0);
        }}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const pasted = (event.nativeEvent as InputEvent).inputType === 'insertFromPaste';
          if (timer.current !== null) clearTimeout(timer.current);
          if (pasted || text === '') use(text);
          else
            timer.current = setTimeout(() => {
              use(text);
            }, TYPING_PAUSE_MS);
        }}
        onBlur={() => {
          if (draft !== null && draft !== stored) use(draft);
        }}
      />
      {large ? (
        <p id="paste-bars-note" className="field__hint">
          {lines.toLocaleString('en-US')} pasted lines in use (too long to show here).
        </p>
      ) : null}
    </>,
  );
}

/** Bars import (file picker, drag and drop, or paste), the ATR from the bars, and the stop-band chart. */
export function BarsPanel() {
  const importBars = useDesk((s) => s.importBars);
  const clearBars = useDesk((s) => s.clearBars);
  const useAtr = useDesk((s) => s.useAtrFromBars);
  const sourceName = useDesk((s) => s.barsSource?.sourceName ?? null);
  const parsed = useDesk((s) => s.bars?.parsed ?? null);
  const chart = useBarsChart();
  const hasAtr = useHasAtrFromBars();
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
        <PasteBox />
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
