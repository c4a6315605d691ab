import { RISK_MODES } from '../../core';
import { RadioGroup } from '../../components/ChoiceFields';
import { useDesk } from '../../store/deskStore';
import { useInputText, useRealizedFromLog } from '../../store/selectors';
import { InputField, inputId } from '../bindings';
import { PlanLogOutputField } from '../plan/planBindings';

const RISK_MODE_OPTIONS = [
  { value: 'percent', label: 'Percent of equity' },
  { value: 'usd', label: 'Fixed dollars' },
] as const;

/** Equity, risk per trade (% or $), max margin use, daily loss limit, today's realized P&L. */
export function AccountStrip() {
  const riskMode = useInputText('riskMode');
  const setRiskMode = useDesk((s) => s.setRiskMode);
  const fromLog = useRealizedFromLog();
  return (
    <section className="account" aria-labelledby="account-title">
      <h3 id="account-title">Account</h3>
      <div className="account__fields">
        <InputField inputKey="equity" label="Account equity" unit="USD" />
        <div className="account__risk">
          <InputField
            inputKey="riskPerTrade"
            label="Risk per trade"
            unit={riskMode === 'usd' ? 'USD' : '%'}
            hint={riskMode === 'usd' ? 'Dollars per trade' : 'Percent of equity per trade'}
          />
          <RadioGroup
            name={inputId('riskMode')}
            legend="Risk measured as"
            value={riskMode}
            options={RISK_MODE_OPTIONS}
            onChange={(value) => {
              const mode = RISK_MODES.find((m) => m === value);
              if (mode !== undefined) setRiskMode(mode);
            }}
          />
        </div>
        <InputField
          inputKey="maxMarginPct"
          label="Max margin use"
          unit="%"
          hint="Of equity, the book plus the new position"
        />
        <InputField
          inputKey="maxOpenRiskPct"
          label="Max open risk"
          unit="%"
          hint="Optional; of equity, the book's open risk plus the new trade"
        />
        <InputField
          inputKey="dailyLossLimit"
          label="Daily loss limit"
          unit="USD"
          hint="Optional; caps the risk budget"
        />
        {fromLog ? (
          // The trade log (Plan) holds trades of this session: its P&L is the account's; the typed text is kept.
          <PlanLogOutputField
            outputKey="realizedPnl"
            label="Today's realized P&L"
            noteKey="realizedPnlNote"
          />
        ) : (
          <InputField
            inputKey="realizedPnl"
            signed
            label="Today's realized P&L"
            unit="USD"
            hint="A loss is negative, e.g. -250"
          />
        )}
      </div>
    </section>
  );
}
