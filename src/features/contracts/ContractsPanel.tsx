import {
  CONTRACT_SYMBOLS,
  CONTRACTS,
  formatContractSpec,
  MARGINS_AS_OF,
  type ContractSymbol,
} from '../../core';
import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import { InputField } from '../bindings';

function ContractCard({ symbol }: { symbol: ContractSymbol }) {
  const spec = CONTRACTS[symbol];
  return (
    <fieldset className="contract-card">
      <legend>
        <strong>{symbol}</strong> {spec.name}
      </legend>
      <p className="contract-card__spec">{formatContractSpec(spec)}</p>
      <div className="contract-card__fields">
        <InputField inputKey={`${symbol}.initial`} label={`${symbol} initial margin`} unit="USD" />
        <InputField inputKey={`${symbol}.maintenance`} label={`${symbol} maintenance margin`} unit="USD" />
        <InputField inputKey={`${symbol}.dayTrade`} label={`${symbol} day-trade margin`} unit="USD" />
        <InputField inputKey={`${symbol}.commission`} label={`${symbol} commission per side`} unit="USD" />
      </div>
    </fieldset>
  );
}

/** Contract specs (fixed, from CME) and the trader's own margins and commissions (editable defaults). */
export function ContractsPanel() {
  const reset = useDesk((s) => s.resetContractCosts);
  return (
    <Panel id="contracts" title="Contracts & margins" className="panel--contracts">
      <p className="panel__intro">
        Margins are defaults as of {MARGINS_AS_OF} (one broker&rsquo;s day-trade margins; initial ≈ twice
        those; maintenance = initial ÷ 1.10). They change often and differ by broker: verify with your broker
        and type your own. Commissions are typical all-in rates per side.
      </p>
      <div className="contract-cards">
        {CONTRACT_SYMBOLS.map((symbol) => (
          <ContractCard key={symbol} symbol={symbol} />
        ))}
      </div>
      <div className="actions">
        <button type="button" onClick={reset}>
          Reset margins and commissions to defaults
        </button>
      </div>
    </Panel>
  );
}
