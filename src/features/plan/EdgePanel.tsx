import { lazy, Suspense, useDeferredValue } from 'react';
import { Panel } from '../../components/Panel';
import { useGrowthChart, useInputText, usePlanText } from '../../store/selectors';
import { InputField, RadioInput } from '../bindings';
import { PlanOutputField } from './planBindings';
import { TextAreaInput } from './TextAreaInput';

const GrowthChart = lazy(() => import('./GrowthChart').then((module) => ({ default: module.GrowthChart })));

const SOURCE_OPTIONS = [
  { value: 'summary', label: 'Win rate and averages' },
  { value: 'list', label: 'Pasted trade results' },
] as const;
const UNIT_OPTIONS = [
  { value: 'usd', label: 'Dollars' },
  { value: 'r', label: 'R multiples' },
] as const;

function GrowthChartSlot() {
  const chart = useDeferredValue(useGrowthChart());
  if (chart === null) return null;
  return (
    <Suspense fallback={<p className="chart-placeholder">Loading chart…</p>}>
      <GrowthChart chart={chart} />
    </Suspense>
  );
}

/** The trader's edge: expectancy, the Kelly fraction and its halves beside the chosen risk, growth g(f). */
export function EdgePanel() {
  const source = useInputText('planEdgeSource');
  const unit = useInputText('planEdgeUnit');
  const badLines = usePlanText('edgeBadLines');
  const unitWord = unit === 'r' ? 'R' : 'USD';
  return (
    <Panel id="edge" title="Edge: expectancy and Kelly">
      <p className="panel__intro">
        Kelly f* = p − (1 − p) ÷ b, with p the win rate and b the average win ÷ the average loss: the share of
        equity to risk per trade that grows it fastest. Kelly informs: the sizer never risks more than your
        risk per trade.
      </p>
      <RadioInput inputKey="planEdgeSource" legend="Edge from" options={SOURCE_OPTIONS} />
      {source === 'list' ? (
        <>
          <TextAreaInput
            inputKey="planResults"
            label="Trade results"
            hint="One per line, all in $ (120, -80) or all in R (1.5R, -1R); bad lines are listed"
            placeholder={'120\n-80\n1,050\n-95'}
          />
          {badLines === '' ? null : (
            <p className="left-out" role="note">
              {badLines}
            </p>
          )}
          <div className="figures">
            <PlanOutputField outputKey="edgeCounts" label="Trades counted" />
            <PlanOutputField outputKey="edgeWinRate" label="Record win rate" />
            <PlanOutputField outputKey="edgeAverageWin" label="Record average win" />
            <PlanOutputField outputKey="edgeAverageLoss" label="Record average loss" />
          </div>
        </>
      ) : (
        <>
          <RadioInput inputKey="planEdgeUnit" legend="Averages in" options={UNIT_OPTIONS} />
          <div className="row">
            <InputField inputKey="planWinRate" label="Win rate" unit="%" />
            <InputField inputKey="planAvgWin" label="Average win" unit={unitWord} />
            <InputField
              inputKey="planAvgLoss"
              label="Average loss"
              unit={unitWord}
              hint="A positive amount"
            />
          </div>
        </>
      )}
      <div className="figures">
        <PlanOutputField outputKey="edgePayoff" label="Payoff (b)" />
        <PlanOutputField outputKey="expectancy" label="Expectancy" noteKey="expectancyNote" />
        <PlanOutputField
          outputKey="kellyFraction"
          label="Kelly fraction"
          noteKey="kellyFractionNote"
          emphasis
        />
        <PlanOutputField outputKey="halfKelly" label="Half Kelly" noteKey="halfKellyNote" />
        <PlanOutputField outputKey="quarterKelly" label="Quarter Kelly" noteKey="quarterKellyNote" />
        <PlanOutputField outputKey="chosenRisk" label="Chosen risk" noteKey="chosenRiskNote" />
        <PlanOutputField outputKey="growthAtFull" label="Growth at full f*" />
        <PlanOutputField outputKey="growthAtHalf" label="Growth at half f*" />
        <PlanOutputField outputKey="growthAtRisk" label="Growth at your risk" />
      </div>
      <GrowthChartSlot />
    </Panel>
  );
}
