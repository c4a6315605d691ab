import { lazy, Suspense, useDeferredValue } from 'react';
import { NO_VALUE } from '../../core';
import { Output } from '../../components/Output';
import { Panel } from '../../components/Panel';
import { usePlanText } from '../../store/selectors';
import { InputField } from '../bindings';
import { useMonteCarlo, type MonteCarloState } from './useMonteCarlo';

const FanChart = lazy(() => import('./FanChart').then((module) => ({ default: module.FanChart })));

function statusText(state: MonteCarloState, waiting: string): string {
  switch (state.status) {
    case 'waiting':
      return waiting;
    case 'running':
      return 'running…';
    case 'error':
      return state.message;
    case 'done':
      return `${state.paths.toLocaleString('en-US')} paths × ${state.trades.toLocaleString('en-US')} trades at your risk per trade.`;
  }
}

function FanChartSlot({ state }: { state: MonteCarloState }) {
  const fan = useDeferredValue(state.status === 'done' ? state.fan : null);
  if (fan === null) return null;
  return (
    <Suspense fallback={<p className="chart-placeholder">Loading chart…</p>}>
      <FanChart points={fan} />
    </Suspense>
  );
}

/** Seeded equity paths at the chosen risk per trade: final equity, drawdown odds, a fan of paths. */
export function MonteCarloPanel() {
  const state = useMonteCarlo();
  const waiting = usePlanText('monteCarloWaiting');
  const view = state.status === 'done' ? state.view : null;
  return (
    <Panel id="monte-carlo" title="Monte Carlo">
      <p className="panel__intro">
        Equity paths that risk your risk per trade of the equity each time, drawn from the edge above (the win
        rate and payoff, or your own results in R). The same seed gives the same paths.
      </p>
      <div className="row">
        <InputField inputKey="planSeed" label="Seed" hint="Any whole number" />
        <InputField inputKey="planPaths" label="Paths" />
        <InputField inputKey="planTrades" label="Trades per path" />
      </div>
      <p className="panel__intro monte-carlo__status" aria-live="polite">
        {statusText(state, waiting)}
      </p>
      <div className="figures">
        <Output id="out-mc-median" label="Median final equity" value={view?.medianFinalEquity ?? NO_VALUE} />
        <Output id="out-mc-p5" label="5th percentile final equity" value={view?.p5FinalEquity ?? NO_VALUE} />
        <Output id="out-mc-dd20" label="Chance of a 20% drawdown" value={view?.drawdown20 ?? NO_VALUE} />
        <Output id="out-mc-dd50" label="Chance of a 50% drawdown" value={view?.drawdown50 ?? NO_VALUE} />
      </div>
      <FanChartSlot state={state} />
    </Panel>
  );
}
