import { Panel } from '../../components/Panel';
import { InputField, SelectInput } from '../bindings';
import { MARGIN_BASIS_OPTIONS } from '../options';
import { PortfolioOutputField } from './portfolioBindings';

/** The planner's account: the desk's equity, its own risk per trade and per-asset margin cap, the basis. */
export function PortfolioAccountPanel() {
  return (
    <Panel id="portfolio-account" title="Account">
      <p className="panel__intro">
        Each asset is sized on its own: risk per trade of equity as its budget, and at most the max margin per
        asset. Equity is the desk&rsquo;s (the same as in Size). Day-trade margins are what make a small
        account&rsquo;s plan fit: type your broker&rsquo;s in Contracts.
      </p>
      <div className="row">
        <InputField inputKey="equity" label="Account equity" unit="USD" />
        <InputField inputKey="portfolioRiskPct" label="Risk per trade" unit="%" hint="Of equity, per asset" />
        <InputField inputKey="portfolioMaxMarginPct" label="Max margin per asset" unit="%" hint="Of equity" />
        <SelectInput inputKey="portfolioMarginBasis" label="Margin basis" options={MARGIN_BASIS_OPTIONS} />
        <InputField
          inputKey="portfolioSlippageTicks"
          label="Slippage (ticks)"
          hint="On each stop fill; 0 in the worked plan"
        />
      </div>
      <div className="figures">
        <PortfolioOutputField outputKey="portfolioBudget" label="Budget per asset" />
        <PortfolioOutputField outputKey="portfolioMarginCap" label="Margin cap per asset" />
      </div>
    </Panel>
  );
}
