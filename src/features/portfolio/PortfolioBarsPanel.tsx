import { useEffect, useRef, useState } from 'react';
import { Panel } from '../../components/Panel';
import { fieldForm } from '../../components/textInput';
import { useDesk } from '../../store/deskStore';
import { usePortfolioBarsSource, usePortfolioBarsText, usePortfolioSymbols } from '../../store/selectors';

/** Typing or pasting into an asset's box imports once it pauses this long. */
const PASTE_PAUSE_MS = 300;

/** One asset's bars: a file or pasted text, parsed off the main thread; a line says what they hold. */
function AssetBars({ symbol }: { symbol: string }) {
  const importBars = useDesk((s) => s.importPortfolioBars);
  const clearBars = useDesk((s) => s.clearPortfolioBars);
  const sourceName = usePortfolioBarsSource(symbol);
  const summary = usePortfolioBarsText(symbol);
  const [readError, setReadError] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const id = `portfolio-bars-${symbol.replace(/[^A-Za-z0-9]/g, '_')}`;
  return (
    <fieldset className="portfolio-bars">
      <legend>{symbol}</legend>
      <div className="field">
        <label htmlFor={`${id}-file`}>{`Import ${symbol} bars`}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file === undefined) return;
            file.text().then(
              (text) => {
                setReadError(null);
                return importBars(symbol, text, file.name);
              },
              () => {
                setReadError(`Could not read ${file.name}.`);
              },
            );
          }}
        />
      </div>
      {fieldForm(
        false,
        <>
          <label htmlFor={`${id}-paste`}>{`Paste ${symbol} bars`}</label>
          <textarea
            id={`${id}-paste`}
            rows={2}
            spellCheck={false}
            placeholder="Date,Open,High,Low,Close"
            value={draft}
            onChange={(event) => {
              const text = event.target.value;
              setDraft(text);
              if (timer.current !== null) clearTimeout(timer.current);
              // Imported once typing or pasting pauses, parsed off the main thread.
              timer.current = setTimeout(() => {
                if (text.trim() === '') clearBars(symbol);
                else void importBars(symbol, text, `pasted ${symbol} bars`);
              }, PASTE_PAUSE_MS);
            }}
          />
        </>,
      )}
      {readError === null ? null : <p className="field__error">{readError}</p>}
      {summary === '' ? null : <p className="field__hint">{summary}</p>}
      {sourceName === null ? null : (
        <button
          type="button"
          onClick={() => {
            clearBars(symbol);
          }}
        >
          {`Clear ${symbol} bars`}
        </button>
      )}
    </fieldset>
  );
}

/** Bars per asset, one file each: daily-return correlations (matched by date) and each asset's ATR. */
export function PortfolioBarsPanel() {
  const symbols = usePortfolioSymbols();
  return (
    <Panel id="portfolio-bars" title="Bars per asset">
      <p className="panel__intro">
        One file per asset (date, open, high, low, close). Closes give daily returns, matched by date across
        assets, for the correlations; the bars give the asset&rsquo;s ATR(14) for a k × ATR stop and its usual
        ATR (the median of the last 250 bars).
      </p>
      {symbols.length === 0 ? (
        <p className="panel__intro">Add assets first.</p>
      ) : (
        <div className="portfolio-bars-list">
          {symbols.map((symbol) => (
            <AssetBars key={symbol} symbol={symbol} />
          ))}
        </div>
      )}
    </Panel>
  );
}
