import { memo } from 'react';
import {
  isContractSymbol,
  MARGINS_AS_OF,
  type CatalogueGroupView,
  type CatalogueProductView,
  type ContractSymbol,
} from '../../core';
import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import { useCatalogue } from '../../store/selectors';
import { InputField } from '../bindings';

/** A built-in's margins and commission: editable defaults, used by every panel. */
function CostFields({ symbol }: { symbol: ContractSymbol }) {
  return (
    <fieldset className="contract-card__fields">
      <legend className="visually-hidden">{symbol} margins and commission</legend>
      <InputField inputKey={`${symbol}.initial`} label={`${symbol} initial margin`} unit="USD" />
      <InputField inputKey={`${symbol}.maintenance`} label={`${symbol} maintenance margin`} unit="USD" />
      <InputField inputKey={`${symbol}.dayTrade`} label={`${symbol} day-trade margin`} unit="USD" />
      <InputField inputKey={`${symbol}.commission`} label={`${symbol} commission per side`} unit="USD" />
    </fieldset>
  );
}

/** True when two views of a product show the same texts (the catalogue is rebuilt when a custom row changes). */
function sameProduct(a: CatalogueProductView, b: CatalogueProductView): boolean {
  return (Object.keys(a) as (keyof CatalogueProductView)[]).every((key) => a[key] === b[key]);
}

/** One product: its spec, calendar, price-limit rule and source, and its cost fields when it has them. */
const ProductCard = memo(
  function ProductCard({ product }: { product: CatalogueProductView }) {
    const { symbol } = product;
    const headingId = `product-${symbol}`;
    return (
      <li className="contract-card">
        <article aria-labelledby={headingId}>
          <h5 id={headingId} className="contract-card__title">
            <strong>{symbol}</strong> {product.name}
          </h5>
          <dl className="contract-card__spec">
            <dt>Exchange</dt>
            <dd>{product.exchange}</dd>
            <dt>Point value</dt>
            <dd>{product.pointValue}</dd>
            <dt>Tick</dt>
            <dd>{product.tick}</dd>
            <dt>Pairing</dt>
            <dd>
              {product.pairing}
              {product.pairingNote === '' ? null : (
                <span className="contract-card__note">{product.pairingNote}</span>
              )}
            </dd>
            <dt>Listed</dt>
            <dd>{product.listing}</dd>
            <dt>Last trading day</dt>
            <dd>{product.lastTradingDayRule}</dd>
            <dt>Front contract</dt>
            <dd>
              {product.frontContract}
              {product.frontLastTradingDay === '' ? null : (
                <span className="contract-card__note">last trades {product.frontLastTradingDay}</span>
              )}
            </dd>
            <dt>Price limits</dt>
            <dd className={product.customMovesOnly ? 'contract-card__custom-moves' : undefined}>
              {product.priceLimit}
            </dd>
            <dt>Source</dt>
            <dd>
              {product.sourceUrl === null ? (
                'Your definition'
              ) : (
                <a href={product.sourceUrl} target="_blank" rel="noopener noreferrer">
                  CME contract specifications<span className="visually-hidden"> for {symbol}</span>
                </a>
              )}
            </dd>
          </dl>
          {isContractSymbol(symbol) ? <CostFields symbol={symbol} /> : null}
        </article>
      </li>
    );
  },
  (before, after) => sameProduct(before.product, after.product),
);

/** An asset class of the catalogue: its title and its products. */
function CatalogueGroup({ group }: { group: CatalogueGroupView }) {
  const headingId = `catalogue-${group.assetClass}`;
  return (
    <section className="catalogue-group" aria-labelledby={headingId}>
      <h4 id={headingId}>{group.title}</h4>
      <ul className="contract-cards">
        {group.products.map((product) => (
          <ProductCard key={product.symbol} product={product} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Every product RiskDesk knows (the CME contracts and the trader's own), grouped by asset class, and the
 * trader's margins and commissions (editable defaults).
 */
export function ContractsPanel() {
  const groups = useCatalogue();
  const reset = useDesk((s) => s.resetContractCosts);
  return (
    <Panel id="contracts" title="Contracts & margins" className="panel--contracts">
      <p className="panel__intro">
        Specs are CME Group&rsquo;s (each card links its page). Front contract: the nearest listed month not
        yet past its roll date, from today&rsquo;s date. Equity-index futures are stressed at their 7/13/20 %
        limit levels; metals and energy only pause (dynamic circuit breakers) and currencies have no limits,
        so they are stressed with custom moves only.
      </p>
      <p className="panel__intro">
        Margins are defaults as of {MARGINS_AS_OF} (one broker&rsquo;s day-trade margins; initial ≈ twice
        those; maintenance = initial ÷ 1.10). They change often and differ by broker: verify with your broker
        and type your own. Commissions are typical all-in rates per side.
      </p>
      {groups.map((group) => (
        <CatalogueGroup key={group.assetClass} group={group} />
      ))}
      <div className="actions">
        <button type="button" onClick={reset}>
          Reset margins and commissions to defaults
        </button>
      </div>
    </Panel>
  );
}
