import { InputField, RadioInput } from '../bindings';
import { useInputText } from '../../store/selectors';

const RISK_MODE_OPTIONS = [
  { value: 'percent', label: 'Percent of equity' },
  { value: 'usd', label: 'Fixed dollars' },
] as const;

/** Equity, risk per trade (% or $), max margin use, daily loss limit, today's realized P&L. */
export function AccountStrip() {
  const riskMode = useInputText('riskMode');
  return (
    <section className="account" aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      <div className="account__fields">
        <InputField inputKey="equity" label="Account equity" unit="USD" />
        <div className="account__risk">
          <InputField
            inputKey="riskPerTrade"
            label="Risk per trade"
            unit={riskMode === 'usd' ? 'USD' : '%'}
            hint={riskMode === 'usd' ? 'Dollars per trade' : 'Percent of equity per trade'}
          />
          <RadioInput inputKey="riskMode" legend="Risk measured as" options={RISK_MODE_OPTIONS} />
        </div>
        <InputField
          inputKey="maxMarginPct"
          label="Max margin use"
          unit="%"
          hint="Of equity, across the position"
        />
        <InputField
          inputKey="dailyLossLimit"
          label="Daily loss limit"
          unit="USD"
          hint="Optional; caps the risk budget"
        />
        <InputField
          inputKey="realizedPnl"
          label="Today's realized P&L"
          unit="USD"
          hint="A loss is negative, e.g. -250"
        />
      </div>
    </section>
  );
}
