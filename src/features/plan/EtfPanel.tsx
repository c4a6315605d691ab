import { familyLabel, PLAN_FAMILIES } from '../../core/plan/planDoor';
import { Panel } from '../../components/Panel';
import { useInputText, usePlanText } from '../../store/selectors';
import { InputField, RadioInput, SelectInput } from '../bindings';
import { PlanOutputField } from './planBindings';

const LEVERAGE_OPTIONS = [
  { value: '1', label: '1× (e.g. IWM)' },
  { value: '2', label: '2× (e.g. UWM)' },
  { value: '3', label: '3× (e.g. TNA)' },
] as const;
const MODE_OPTIONS = [
  { value: 'usd', label: 'Dollars' },
  { value: 'shares', label: 'Shares' },
] as const;
const FAMILY_OPTIONS = PLAN_FAMILIES.map((family) => ({ value: family, label: familyLabel(family) }));

/** An ETF position as index futures exposure (minis + micros), and a staged entry in both. */
export function EtfPanel() {
  const mode = useInputText('planEtfMode');
  const resetNote = usePlanText('etfResetNote');
  return (
    <Panel id="etf" title="ETF equivalence">
      <p className="panel__intro">
        An ETF position and the index futures with the same exposure: exposure = value × leverage, matched by
        the nearest whole number of micros, written as minis + micros. A staged entry takes half now and the
        rest at confirmation.
      </p>
      <div className="row">
        <InputField inputKey="planEtfPrice" label="ETF price" unit="USD" />
        <SelectInput inputKey="planEtfLeverage" label="ETF leverage" options={LEVERAGE_OPTIONS} />
      </div>
      <RadioInput inputKey="planEtfMode" legend="ETF position in" options={MODE_OPTIONS} />
      <InputField
        inputKey="planEtfAmount"
        label="ETF amount"
        unit={mode === 'shares' ? 'shares' : 'USD'}
        hint={mode === 'shares' ? 'Whole shares' : 'Dollars, bought as whole shares'}
      />
      <div className="row">
        <SelectInput inputKey="planEtfFamily" label="Index futures" options={FAMILY_OPTIONS} />
        <InputField inputKey="planEtfFuturesPrice" label="Futures price" />
      </div>
      <div className="figures">
        <PlanOutputField outputKey="etfShares" label="ETF shares" />
        <PlanOutputField outputKey="etfValue" label="ETF position value" />
        <PlanOutputField outputKey="etfExposure" label="Index exposure" />
        <PlanOutputField outputKey="etfFutures" label="Futures equivalent" emphasis />
        <PlanOutputField outputKey="etfFuturesNotional" label="Futures notional" />
        <PlanOutputField outputKey="etfMismatch" label="Exposure mismatch" />
        <PlanOutputField outputKey="etfStageNow" label="Stage 1, now" />
        <PlanOutputField outputKey="etfStageLater" label="Stage 2, at confirmation" />
        <PlanOutputField outputKey="etfSizer" label="The sizer's trade in ETF" />
      </div>
      {resetNote === '' ? null : (
        <p className="left-out" role="note">
          {resetNote}
        </p>
      )}
    </Panel>
  );
}
