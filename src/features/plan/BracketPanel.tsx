import { Output } from '../../components/Output';
import { Panel } from '../../components/Panel';
import {
  useBracketLegCount,
  useBracketLegText,
  useBracketOutcomeCount,
  useBracketOutcomeText,
  usePlanText,
} from '../../store/selectors';
import { CheckboxInput, InputField } from '../bindings';
import { useFlash } from '../useFlash';
import { PlanOutputField } from './planBindings';

const TARGETS = [1, 2, 3] as const;

/** One target's row of the bracket table: each figure an output named "T1 price", "T1 P&L if filled", … */
function TargetRow({ index }: { index: number }) {
  const name = `T${index + 1}`;
  const price = useBracketLegText(index, 'price');
  const ticks = useBracketLegText(index, 'ticks');
  const quantity = useBracketLegText(index, 'quantity');
  const pnl = useBracketLegText(index, 'pnl');
  const ratio = useBracketLegText(index, 'rewardToRisk');
  const stopFirst = useBracketLegText(index, 'stopFirst');
  const cells: readonly [string, string, string][] = [
    ['Price', `${name} price`, price],
    ['Ticks from entry', `${name} ticks`, ticks],
    ['Contracts', `${name} contracts`, quantity],
    ['P&L if filled', `${name} P&L if filled`, pnl],
    ['R:R after costs', `${name} R:R`, ratio],
    ['If the stop fills first', `${name} if stopped first`, stopFirst],
  ];
  return (
    <tr>
      <th scope="row">Target {index + 1}</th>
      {cells.map(([column, label, value]) => (
        <td key={column} data-label={column}>
          <output aria-label={label}>{value}</output>
        </td>
      ))}
    </tr>
  );
}

function StopRow() {
  const stop = usePlanText('bracketStop');
  const ticks = usePlanText('bracketStopTicks');
  const worst = usePlanText('bracketWorstCase');
  const position = usePlanText('bracketPosition');
  // The whole position: "6 M2K long @ …" starts with its count.
  const count = /^[\d,]+/.exec(position)?.[0] ?? '—';
  const cells: readonly [string, string, string][] = [
    ['Price', 'Bracket stop', stop],
    ['Ticks from entry', 'Bracket stop ticks', ticks],
    ['Contracts', 'Bracket stop contracts', count],
    ['P&L if filled', 'Bracket stop P&L', worst],
    ['R:R after costs', 'Bracket stop R:R', '—'],
    ['If the stop fills first', 'Bracket stop if stopped first', worst],
  ];
  return (
    <tr>
      <th scope="row">Stop</th>
      {cells.map(([column, label, value]) => (
        <td key={column} data-label={column}>
          <output aria-label={label}>{value}</output>
        </td>
      ))}
    </tr>
  );
}

function OutcomeOutput({ index }: { index: number }) {
  const label = useBracketOutcomeText(index, 'label');
  const pnl = useBracketOutcomeText(index, 'pnl');
  return <Output id={`out-plan-outcome-${index}`} label={label} value={pnl} />;
}

function CopyBracket() {
  const text = usePlanText('bracketText');
  const [message, flash] = useFlash();
  return (
    <div className="bracket-copy">
      <div className="field">
        <label htmlFor="bracket-text">Bracket as text</label>
        <textarea id="bracket-text" readOnly rows={7} spellCheck={false} value={text} />
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={text === ''}
          onClick={() => {
            const copied =
              typeof navigator.clipboard === 'undefined'
                ? Promise.reject(new Error('no clipboard'))
                : navigator.clipboard.writeText(text);
            copied.then(
              () => {
                flash('Copied the bracket.');
              },
              () => {
                flash('This browser refused the clipboard: select the text above and copy it.');
              },
            );
          }}
        >
          Copy bracket
        </button>
        <span role="status" className="flash">
          {message}
        </span>
      </div>
    </div>
  );
}

/** The sized position as an OCO bracket: one stop, up to three targets that split it. */
export function BracketPanel() {
  const legs = useBracketLegCount();
  const outcomes = useBracketOutcomeCount();
  const message = usePlanText('bracketMessage');
  return (
    <Panel id="bracket" title="Bracket (OCO)" className="panel--wide">
      <p className="panel__intro">
        The sizer&rsquo;s position with one stop and up to three limit targets that split it, the way an ATM
        template is entered: offsets in ticks from entry. A target is a price or an R multiple (2R = twice the
        stop distance); R targets snap to the tick toward entry. Empty quantities split the position evenly,
        the remainder on the last target.
      </p>
      <div className="figures">
        <PlanOutputField
          outputKey="bracketPosition"
          label="Bracketed position"
          noteKey="bracketPositionNote"
        />
      </div>
      <div className="row">
        {TARGETS.map((n) => (
          <InputField
            key={n}
            inputKey={`planTarget${n}`}
            label={`Target ${n}`}
            hint={n === 1 ? 'Price, or R multiple such as 2R' : 'Optional'}
          />
        ))}
      </div>
      <div className="row">
        {TARGETS.map((n) => (
          <InputField key={n} inputKey={`planQty${n}`} label={`T${n} quantity`} hint="Empty: even split" />
        ))}
      </div>
      <CheckboxInput
        inputKey="planBreakeven"
        label="Stop to breakeven once T1 fills"
        hint="The rest of the position then risks only its costs"
      />
      {message === '' ? null : (
        <p className="left-out" role="note">
          {message}
        </p>
      )}
      <div className="table-scroll">
        <table className="table table--reflow">
          <caption>Stop and targets, in ticks from entry</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Price</th>
              <th scope="col">Ticks from entry</th>
              <th scope="col">Contracts</th>
              <th scope="col">P&amp;L if filled</th>
              <th scope="col">R:R after costs</th>
              <th scope="col">If the stop fills first</th>
            </tr>
          </thead>
          <tbody>
            <StopRow />
            {Array.from({ length: legs }, (_, i) => (
              <TargetRow key={i} index={i} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="figures">
        <PlanOutputField outputKey="bracketRisk" label="Bracket risk" />
        <PlanOutputField outputKey="bracketReward" label="Reward if all fill" />
        <PlanOutputField outputKey="blendedRewardToRisk" label="Blended R:R" emphasis />
        <PlanOutputField outputKey="bracketWorstCase" label="Worst case (stop first)" />
        {Array.from({ length: outcomes }, (_, i) => (
          <OutcomeOutput key={i} index={i} />
        ))}
      </div>
      <CopyBracket />
    </Panel>
  );
}
