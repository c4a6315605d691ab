import { memo } from 'react';
import { NumberField } from '../../components/NumberField';
import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import {
  usePortfolioCorrelationError,
  usePortfolioCorrelationText,
  usePortfolioCorrelations,
  usePortfolioText,
} from '../../store/selectors';

/** A pair's typed correlation (used when the bars give none). */
const TypedCorrelation = memo(function TypedCorrelation({
  pair,
  a,
  b,
}: {
  pair: string;
  a: string;
  b: string;
}) {
  const text = usePortfolioCorrelationText(pair);
  const error = usePortfolioCorrelationError(pair);
  const set = useDesk((s) => s.setPortfolioCorrelation);
  return (
    <NumberField
      id={`portfolio-correlation-${pair.replace(/[^A-Za-z0-9]/g, '_')}`}
      label={`Correlation ${a}–${b}`}
      value={text}
      onChange={(next) => {
        set(pair, next);
      }}
      error={error}
      signed
      placeholder="1"
      hint="From −1 to 1; empty: 1"
    />
  );
});

/** The correlation matrix (a heatmap with the number, its source and the overlap) and the typed pairs. */
export function CorrelationPanel() {
  const view = usePortfolioCorrelations();
  const flagged = usePortfolioText('portfolioFlagged');
  const symbols = view?.symbols ?? [];
  return (
    <Panel id="portfolio-correlation" title="Correlation" className="panel--wide">
      <p className="panel__intro">
        Correlated risk = √(rᵀ C r) over the assets&rsquo; dollar risks r and their correlations C. A pair
        takes its correlation from both assets&rsquo; bars (daily returns on the days both have), else from
        what you type, else 1: the safe assumption that they move together.
      </p>
      {symbols.length < 2 ? (
        <p className="panel__intro">Two sized assets or more show their correlations here.</p>
      ) : (
        <div className="table-scroll">
          <table className="table heatmap">
            <caption>Daily-return correlation (source, overlap in days)</caption>
            <thead>
              <tr>
                <td />
                {symbols.map((symbol) => (
                  <th key={symbol} scope="col">
                    {symbol}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {symbols.map((a, i) => (
                <tr key={a}>
                  <th scope="row">{a}</th>
                  {symbols.map((b, j) => {
                    const cell = view?.cells[i]?.[j];
                    if (cell === undefined) return <td key={b} />;
                    return (
                      <td key={b} className={`heatmap__cell heatmap__cell--${cell.heat}`}>
                        <span className="heatmap__value">{cell.text}</span>
                        {cell.source === '' ? null : <span className="heatmap__source">{cell.source}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {flagged === '' || flagged === '—' ? null : (
        <p className="left-out" role="note">
          {flagged}
        </p>
      )}
      {view === null || view.typable.length === 0 ? null : (
        <div className="row">
          {view.typable.map((pair) => (
            <TypedCorrelation key={pair.key} pair={pair.key} a={pair.a} b={pair.b} />
          ))}
        </div>
      )}
    </Panel>
  );
}
