import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import { useContractOptions } from '../../store/selectors';
import { InputField, OutputField, SelectInput } from '../bindings';

const PRESETS = ['25', '50', '100'] as const;

/** Index-futures hedge for a stock or ETF portfolio: beta-dollars → a short mini + micro position. */
export function HedgePanel() {
  const contractOptions = useContractOptions();
  const setInput = useDesk((s) => s.setInput);
  return (
    <Panel id="hedge" title="Portfolio hedge" className="panel--hedge">
      <div className="row">
        <InputField inputKey="hedgeValue" label="Portfolio value" unit="USD" />
        <InputField inputKey="hedgeBeta" label="Portfolio beta" />
        <InputField inputKey="hedgeEtfLeverage" label="ETF leverage" hint="1 for stocks, 3 for a 3× ETF" />
      </div>
      <div className="row">
        <InputField inputKey="hedgeRatioPct" label="Hedge ratio (%)" unit="%" />
        <div className="presets" role="group" aria-label="Hedge ratio presets">
          {PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              onClick={() => {
                setInput('hedgeRatioPct', preset);
              }}
            >
              {preset} %
            </button>
          ))}
        </div>
      </div>
      <div className="row">
        <SelectInput inputKey="hedgeSymbol" label="Hedge contract" options={contractOptions} />
        <InputField inputKey="hedgePrice" label="Hedge contract price" />
      </div>
      <div className="figures">
        <OutputField outputKey="hedgePosition" label="Hedge position" noteKey="hedgeNote" emphasis />
        <OutputField outputKey="hedgedBetaDollars" label="Hedged beta-dollars" />
        <OutputField outputKey="unhedgedBetaDollars" label="Unhedged beta-dollars" />
      </div>
    </Panel>
  );
}
