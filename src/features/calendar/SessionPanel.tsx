import { Output } from '../../components/Output';
import { Panel } from '../../components/Panel';
import { useCalendarText, useSessionChanges, useContractOptions } from '../../store/selectors';
import { InputField, SelectInput } from '../bindings';
import { MARGIN_BASIS_OPTIONS } from '../options';

/** The coming changes of the Globex session, in Chicago time and in the trader's. */
function SessionChanges() {
  const changes = useSessionChanges();
  if (changes.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table table--reflow">
        <caption>Coming session changes</caption>
        <thead>
          <tr>
            <th scope="col">Chicago (CT)</th>
            <th scope="col">Your time</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.key}>
              <th scope="row">{change.exchange}</th>
              <td data-label="Your time">{change.yours}</td>
              <td data-label="What">{change.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The CME Globex clock of the sizer's contract and the settings the sizer uses outside RTH. */
export function SessionPanel() {
  const contractOptions = useContractOptions();
  const state = useCalendarText('sessionState');
  const next = useCalendarText('sessionNext');
  const zone = useCalendarText('sessionZone');
  return (
    <Panel id="sessions" title="Globex clock">
      <p className="panel__intro">
        CME Globex trades from Sunday 17:00 CT to Friday 16:00 CT with a daily halt from 16:00 to 17:00 CT;
        RTH for index futures is 8:30–15:00 CT, ETH the rest. Overnight liquidity is thin and brokers raise
        overnight margins. Exchange holidays and their early closes are not shown.
      </p>
      <div className="row row--narrow">
        <SelectInput inputKey="symbol" label="Contract" options={contractOptions} />
      </div>
      <div className="figures figures--clock">
        <Output id="out-sessionState" label="Session" value={state} />
        <Output id="out-sessionNext" label="Next session change" value={next} />
        <Output id="out-sessionZone" label="Your time zone" value={zone} />
      </div>
      <SessionChanges />
      <h4 className="subheading">Outside RTH</h4>
      <div className="row">
        <InputField
          inputKey="ethSlippageTicks"
          label="ETH slippage (ticks)"
          hint="On the stop fill outside RTH; empty = Slippage (ticks)"
        />
        <SelectInput inputKey="ethMarginBasis" label="ETH margin basis" options={MARGIN_BASIS_OPTIONS} />
      </div>
      <p className="panel__intro">
        The sizer uses these when its entry (now, or at its Planned entry time) falls in ETH or the daily
        halt; the ETH margin basis also when the trade is held overnight (Holding days 1 or more): no
        day-trade margin overnight. Its Session assumed figure says which.
      </p>
    </Panel>
  );
}
