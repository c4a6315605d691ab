import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import { useBestMatches, useCanAddSpread, useContractOptions } from '../../store/selectors';
import { CheckboxInput, InputField, OutputField, RadioInput, SelectInput } from '../bindings';
import { useFlash } from '../useFlash';

const METHOD_OPTIONS = [
  { value: 'notional', label: 'Notional' },
  { value: 'beta', label: 'Beta' },
  { value: 'volatility', label: 'Volatility' },
] as const;

function BestMatches() {
  const rows = useBestMatches();
  if (rows.length === 0) return null;
  return (
    <table className="table">
      <caption>Best matches (smallest mismatch, then smaller size)</caption>
      <thead>
        <tr>
          <th scope="col">Long : short</th>
          <th scope="col">Mismatch</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.text}>
            <td>{row.text}</td>
            <td>{row.mismatch}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Notional-, beta- or volatility-matched spread between two contracts, and its move scenario. */
export function SpreadPanel() {
  const contractOptions = useContractOptions();
  const canAdd = useCanAddSpread();
  const addSpread = useDesk((s) => s.addSpreadToBook);
  const [message, flash] = useFlash();
  return (
    <Panel id="spread" title="Spread planner" className="panel--spread">
      <div className="row">
        <SelectInput inputKey="spreadLongLeg" label="Long leg" options={contractOptions} />
        <SelectInput inputKey="spreadShortLeg" label="Short leg" options={contractOptions} />
      </div>
      <div className="row">
        <InputField inputKey="spreadLongPrice" label="Long leg price" />
        <InputField inputKey="spreadShortPrice" label="Short leg price" />
        <InputField inputKey="spreadLongQty" label="Long leg quantity" />
      </div>
      <RadioInput inputKey="spreadMethod" legend="Hedge method" options={METHOD_OPTIONS} />
      <div className="row">
        <InputField inputKey="spreadBeta" label="Beta" hint="Short notional = β × long notional" />
        <InputField inputKey="spreadLongAtr" label="Long leg ATR" unit="pts" />
        <InputField inputKey="spreadShortAtr" label="Short leg ATR" unit="pts" />
      </div>
      <div className="row row--narrow">
        <InputField inputKey="spreadMaxPerLeg" label="Max contracts per leg" />
      </div>
      <CheckboxInput inputKey="spreadMixShort" label="Mix E-minis and micros on the short leg" />
      <div className="figures">
        <OutputField outputKey="spreadHedgeRatio" label="Hedge ratio" />
        <OutputField outputKey="spreadShortPosition" label="Short position" />
        <OutputField outputKey="spreadLongNotional" label="Long notional" />
        <OutputField outputKey="spreadShortNotional" label="Short notional" />
        <OutputField outputKey="spreadMismatch" label="Notional mismatch" noteKey="spreadMismatchNote" />
        <OutputField outputKey="spreadMismatchPct" label="Mismatch (%)" />
        <OutputField outputKey="spreadBestMatch" label="Best match" />
      </div>
      <BestMatches />
      <h3>Scenario</h3>
      <div className="row">
        <InputField inputKey="spreadSmallMove" signed label="Small-cap move" unit="%" placeholder="-2" />
        <InputField inputKey="spreadLargeMove" signed label="Large-cap move" unit="%" placeholder="-1" />
        <OutputField outputKey="spreadPnl" label="Spread P&L" noteKey="spreadPnlNote" />
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={!canAdd}
          onClick={() => {
            const added = addSpread();
            if (added !== null) flash(`Added ${added} to the book.`);
          }}
        >
          Add spread to book
        </button>
        <span role="status" className="flash">
          {message}
        </span>
      </div>
    </Panel>
  );
}
