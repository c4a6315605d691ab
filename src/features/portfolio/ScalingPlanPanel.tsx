import { lazy, Suspense, useDeferredValue } from 'react';
import { Panel } from '../../components/Panel';
import { usePortfolioScaling, usePortfolioText } from '../../store/selectors';
import { InputField } from '../bindings';

const ScalingChart = lazy(() =>
  import('./ScalingChart').then((module) => ({ default: module.ScalingChart })),
);

/** The ladder's chart, drawn after the table (deferred: typing never waits for it). */
function ScalingChartSlot() {
  const plan = useDeferredValue(usePortfolioScaling());
  if (plan === null || plan.chart.series.length === 0) return null;
  return (
    <Suspense fallback={<p className="chart-placeholder">Loading chart…</p>}>
      <ScalingChart chart={plan.chart} />
    </Suspense>
  );
}

/** Equity milestones × assets → contracts at each milestone, and when the standard replaces its micros. */
export function ScalingPlanPanel() {
  const plan = usePortfolioScaling();
  const note = usePortfolioText('portfolioScalingNote');
  return (
    <Panel id="scaling-plan" title="Scaling plan" className="panel--wide">
      <p className="panel__intro">
        Contracts per asset at each equity milestone, under the same rules (risk per trade and max margin per
        asset of that equity). The last row names the first milestone at which the standard contract takes the
        place of its micros (10 MES = 1 ES; 5 SIL = 1 SI), within the same budget and cap.
      </p>
      <div className="row">
        <InputField
          inputKey="portfolioMilestones"
          label="Milestones"
          unit="USD"
          hint="Equity amounts, increasing, separated by spaces or ·"
        />
      </div>
      {plan === null ? (
        <p className="panel__intro">{note}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table scaling-table">
              <caption>Contracts at each milestone</caption>
              <thead>
                <tr>
                  <th scope="col">Equity</th>
                  {plan.rows.map((row) => (
                    <th key={row.id} scope="col">
                      {row.symbol}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {plan.milestones.map((milestone, k) => (
                  <tr key={milestone}>
                    <th scope="row">{milestone}</th>
                    {plan.rows.map((row) => (
                      <td key={row.id}>{row.cells[k]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="scaling-standard" aria-label="Standard replaces micros">
            {plan.rows.map((row) => (
              <li key={row.id}>
                <strong>{row.symbol}</strong>: {row.standard}
              </li>
            ))}
          </ul>
          <ScalingChartSlot />
        </>
      )}
    </Panel>
  );
}
