import { lazy, Suspense, useDeferredValue } from 'react';
import {
  isFamilyRoot,
  STRESS_TABLE_SCENARIOS,
  type FamilyRoot,
  type ScenarioView,
  type StressScenario,
} from '../../core';
import { Output } from '../../components/Output';
import { Panel } from '../../components/Panel';
import {
  useMarginCall,
  useScenarioCell,
  useStressApproximate,
  useStressFamilies,
  useStressFamilyTitle,
  useStressGapNote,
  useStressLeftOut,
  useStressLevel,
  useStressLine,
  useStressMarkFromBook,
  useStressMarkInput,
  useStressNoLimits,
  useStressProblem,
} from '../../store/selectors';
import { InputField, OutputField } from '../bindings';

const StressChart = lazy(() => import('./StressChart').then((module) => ({ default: module.StressChart })));

type LevelKey = 'limit7' | 'limit13' | 'limit20' | 'overnightLow' | 'overnightHigh';
const LEVELS: readonly { key: LevelKey; label: string }[] = [
  { key: 'limit7', label: '7% limit' },
  { key: 'limit13', label: '13% limit' },
  { key: 'limit20', label: '20% limit' },
  { key: 'overnightLow', label: 'overnight low' },
  { key: 'overnightHigh', label: 'overnight high' },
];

const SCENARIO_WORDS: Record<StressScenario, string> = {
  '7%': '7 % limit down (RTH)',
  '13%': '13 % limit down (RTH)',
  '20%': '20 % limit down',
  'overnight down': 'Overnight −7 %',
  'overnight up': 'Overnight +7 %',
  custom: 'Custom move',
  'Weekend gap (p99)': 'Weekend gap (p99)',
  'Overnight gap (p99)': 'Overnight gap (p99)',
};

function FamilyInputs({ family }: { family: string }) {
  const title = useStressFamilyTitle(family);
  const approximate = useStressApproximate(family);
  const fromBook = useStressMarkFromBook(family);
  const mark = useStressLevel(family, 'mark');
  const markInput = useStressMarkInput(family);
  const problem = useStressProblem(family);
  const noLimits = useStressNoLimits(family);
  return (
    <fieldset className="family">
      <legend>
        {title}
        {approximate && noLimits === '' ? <span className="badge">approximate: no cash close</span> : null}
        {fromBook ? <span className="badge">reference from the book</span> : null}
      </legend>
      {isFamilyRoot(family) ? (
        <FamilyFields family={family} fromBook={fromBook} markInput={markInput} hasLimits={noLimits === ''} />
      ) : (
        <p className="panel__intro">
          A custom contract: its mark is the newest position&rsquo;s entry and it moves by the uniform custom
          move.
        </p>
      )}
      <Output
        id={`out-${family}-mark`}
        label={`${family} mark`}
        value={mark}
        note={fromBook ? "From the book: the newest position's entry, until you type a reference" : ''}
      />
      {problem === undefined ? null : (
        <p className="left-out" role="note">
          {family} is left out of the scenarios: {problem}.
        </p>
      )}
      {noLimits === '' ? (
        <div className="figures figures--levels">
          {LEVELS.map((level) => (
            <LevelOutput
              key={level.key}
              family={family}
              levelKey={level.key}
              label={`${family} ${level.label}`}
            />
          ))}
        </div>
      ) : (
        <p className="panel__intro" role="note">
          {family}: {noLimits}
        </p>
      )}
    </fieldset>
  );
}

/** A built-in family's stress inputs: its reference, its cash index close (limit families only), its own move. */
function FamilyFields({
  family,
  fromBook,
  markInput,
  hasLimits,
}: {
  family: FamilyRoot;
  fromBook: boolean;
  markInput: string | undefined;
  hasLimits: boolean;
}) {
  return (
    <div className="row">
      <InputField
        inputKey={`stress.${family}.reference`}
        label={`${family} reference price`}
        hint={hasLimits ? "The mark: prior day's 2:59:30–3:00 p.m. CT VWAP" : 'The mark: the last settlement'}
        placeholder={fromBook ? markInput : undefined}
      />
      {hasLimits ? (
        <InputField
          inputKey={`stress.${family}.cash`}
          label={`${family} cash index close`}
          hint="Optional; exact levels"
        />
      ) : null}
      <InputField
        inputKey={`stress.${family}.customMove`}
        signed
        label={`${family} custom move`}
        unit="%"
        hint="Optional; empty uses the uniform custom move"
      />
    </div>
  );
}

function LevelOutput({ family, levelKey, label }: { family: string; levelKey: LevelKey; label: string }) {
  const value = useStressLevel(family, levelKey);
  return <Output id={`out-${family}-${levelKey}`} label={label} value={value} />;
}

function ScenarioCell({
  scenario,
  field,
  name,
  column,
}: {
  scenario: StressScenario;
  field: keyof ScenarioView;
  name: string;
  /** The column's heading, shown beside the figure when the table reflows on a phone. */
  column: string;
}) {
  const value = useScenarioCell(scenario, field);
  const call = useMarginCall(scenario);
  const alarm = field === 'call' && call;
  return (
    <td className={alarm ? 'alarm' : undefined} data-label={column}>
      <output aria-label={`${name} at ${scenario}`}>{value}</output>
    </td>
  );
}

function StressChartSlot() {
  const line = useDeferredValue(useStressLine());
  if (line === null) return null;
  return (
    <Suspense fallback={<p className="chart-placeholder">Loading chart…</p>}>
      <StressChart {...line} />
    </Suspense>
  );
}

/** The book under the exchange's limit-down levels and the overnight band: P&L, equity, margin excess. */
export function StressPanel() {
  const list = useStressFamilies();
  const leftOut = useStressLeftOut();
  const gapNote = useStressGapNote();
  return (
    <Panel id="stress" title="Margin stress" className="panel--wide">
      <p className="panel__intro">
        Limit levels = reference − the move × the cash index close, rounded down to the tick (CME). 7 % and 13
        % halt trading for 15 minutes during RTH; 20 % holds for the rest of the day; overnight, trading stops
        at ±7 %. Equity is marked to market, so each scenario&rsquo;s P&amp;L runs from the family&rsquo;s
        mark, not from entry. A margin call comes when equity falls below the book&rsquo;s maintenance margin.
      </p>
      {list.length === 0 ? <p className="panel__intro">Add positions to the book to stress them.</p> : null}
      <div className="families">
        {list.map((family) => (
          <FamilyInputs key={family} family={family} />
        ))}
      </div>
      <div className="row row--narrow">
        <InputField
          inputKey="stressCustomMove"
          signed
          label="Custom move"
          unit="%"
          hint="Of the index, every family without its own; negative for a fall"
        />
      </div>
      {leftOut === '' ? null : (
        <p className="left-out" role="note">
          {leftOut}
        </p>
      )}
      <div className="table-scroll">
        <table className="table table--reflow">
          <caption>Every family moves to its level at once</caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">P&amp;L</th>
              <th scope="col">Equity after</th>
              <th scope="col">Margin excess</th>
              <th scope="col">Margin call</th>
            </tr>
          </thead>
          <tbody>
            {STRESS_TABLE_SCENARIOS.map((scenario) => (
              <tr key={scenario}>
                <th scope="row">{SCENARIO_WORDS[scenario]}</th>
                <ScenarioCell scenario={scenario} field="pnl" name="P&L" column="P&L" />
                <ScenarioCell scenario={scenario} field="equity" name="Equity" column="Equity after" />
                <ScenarioCell
                  scenario={scenario}
                  field="excess"
                  name="Margin excess"
                  column="Margin excess"
                />
                <ScenarioCell scenario={scenario} field="call" name="Margin call" column="Margin call" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="panel__intro">{gapNote}</p>
      <div className="figures">
        <OutputField outputKey="moveToCall" label="Move to margin call" />
        <OutputField outputKey="moveToZero" label="Move to zero equity" />
      </div>
      <StressChartSlot />
    </Panel>
  );
}
