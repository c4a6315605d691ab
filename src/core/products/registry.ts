/**
 * Products as data: one record per futures contract (exchange, $ per point, tick, listing cycle,
 * last-trading-day rule, price-limit rule, standard ↔ micro pairing with its ratio, source page). No code
 * path may assume 10 : 1, a shared tick or an equity index: it reads the record.
 *
 * Units: `multiplierUsd` is US dollars per 1.00 move of the quoted price (index points, $/oz, $/bbl,
 * USD per EUR or GBP); `tickPoints` is the minimum outright price fluctuation in the same units;
 * `tickValueUsd` = tickPoints × multiplierUsd (computed, never typed, so the two cannot disagree).
 * A pairing's `ratio` is whole micros per standard, and standard multiplier = ratio × micro multiplier
 * (checked by the tests for every built-in pair, and by `customProduct.ts` for a custom one).
 *
 * Sources (CME Group contract specification pages; figures also collected in shared/FACTS.md):
 * equity indices from the pages FACTS.md names (the micro Nasdaq and micro Dow URLs follow the same
 * pattern); GC, MGC, SI from CME's metals spec pages; SIL from CME's spec as copied by brokers (CME
 * page URL by pattern); CL from CME's Crude Oil spec page, MCL from CME's Micro WTI FAQ; 6E and 6B from
 * CME's G10 FX spec pages; M6E and M6B from CME's Micro FX page (1/10 of the standard; M6E's tick 0.0001 is
 * twice 6E's 0.00005; M6B shares 6B's 0.0001).
 */
import { D, type Dec } from '../decimal';
import type { LastTradingDayRuleId, ListingCycleId } from './listings';

export type AssetClass = 'equity-index' | 'metal' | 'energy' | 'currency' | 'custom';
export type Exchange = 'CME' | 'CBOT' | 'COMEX' | 'NYMEX';
export type ProductSize = 'standard' | 'micro';
export type PriceLimitRule = 'equity-index-7-13-20' | 'none';

/** A standard ↔ micro pairing seen from one side: the partner's symbol and whole micros per standard. */
export interface Pairing {
  readonly partner: string;
  readonly ratio: number;
}

export interface ProductSpec {
  readonly symbol: string;
  readonly name: string;
  readonly assetClass: AssetClass;
  /** Null for a custom product. */
  readonly exchange: Exchange | null;
  /** Groups a standard and its micro (the standard's symbol for built-ins: 'ES', 'GC', 'SI', '6E' …). */
  readonly family: string;
  readonly size: ProductSize;
  /** US dollars per 1.00 move of the quoted price. */
  readonly multiplierUsd: Dec;
  /** Minimum price fluctuation, in price units. */
  readonly tickPoints: Dec;
  /** US dollars per tick: tickPoints × multiplierUsd. */
  readonly tickValueUsd: Dec;
  /** Decimals a price on this product's grid needs. */
  readonly priceDecimals: number;
  /** Null for a custom product (no calendar). */
  readonly listing: ListingCycleId | null;
  readonly lastTradingDayRule: LastTradingDayRuleId | null;
  readonly priceLimitRule: PriceLimitRule;
  readonly pairing: Pairing | null;
  /** The CME contract specification page; null for a custom product. */
  readonly sourceUrl: string | null;
  /** Equity indices only: the underlying cash index, for the price-limit base. */
  readonly indexName: string | null;
  /** True for the small-cap index family (drives which move a spread scenario applies). */
  readonly smallCap: boolean;
}

/** The fields a product is built from; tickValueUsd and priceDecimals are derived. */
export interface ProductFields {
  readonly symbol: string;
  readonly name: string;
  readonly assetClass: AssetClass;
  readonly exchange: Exchange | null;
  readonly family: string;
  readonly size: ProductSize;
  readonly multiplierUsd: Dec;
  readonly tickPoints: Dec;
  readonly listing: ListingCycleId | null;
  readonly lastTradingDayRule: LastTradingDayRuleId | null;
  readonly priceLimitRule: PriceLimitRule;
  readonly pairing: Pairing | null;
  readonly sourceUrl: string | null;
  readonly indexName: string | null;
  readonly smallCap: boolean;
}

/** A product record from its fields: tick value = tick × multiplier; price decimals = the tick's. */
export function buildProduct(fields: ProductFields): ProductSpec {
  return {
    ...fields,
    tickValueUsd: fields.tickPoints.mul(fields.multiplierUsd),
    priceDecimals: fields.tickPoints.decimalPlaces(),
  };
}

const US_INDEX = 'https://www.cmegroup.com/trading/equity-index/us-index/';

type BuiltInClass = Exclude<AssetClass, 'custom'>;

interface Row {
  name: string;
  assetClass: BuiltInClass;
  exchange: Exchange;
  family: string;
  size: ProductSize;
  multiplier: string;
  tick: string;
  partner: string;
  ratio: number;
  sourceUrl: string;
  indexName?: string;
}

const EQUITY_ROWS: Record<string, Row> = {
  RTY: {
    name: 'E-mini Russell 2000',
    assetClass: 'equity-index',
    exchange: 'CME',
    family: 'RTY',
    size: 'standard',
    multiplier: '50',
    tick: '0.10',
    partner: 'M2K',
    ratio: 10,
    sourceUrl: `${US_INDEX}e-mini-russell-2000_contract_specifications.html`,
    indexName: 'Russell 2000',
  },
  M2K: {
    name: 'Micro E-mini Russell 2000',
    assetClass: 'equity-index',
    exchange: 'CME',
    family: 'RTY',
    size: 'micro',
    multiplier: '5',
    tick: '0.10',
    partner: 'RTY',
    ratio: 10,
    sourceUrl: `${US_INDEX}micro-e-mini-russell-2000_contract_specifications.html`,
    indexName: 'Russell 2000',
  },
  ES: {
    name: 'E-mini S&P 500',
    assetClass: 'equity-index',
    exchange: 'CME',
    family: 'ES',
    size: 'standard',
    multiplier: '50',
    tick: '0.25',
    partner: 'MES',
    ratio: 10,
    sourceUrl: `${US_INDEX}e-mini-sandp500_contractSpecs_futures.html`,
    indexName: 'S&P 500',
  },
  MES: {
    name: 'Micro E-mini S&P 500',
    assetClass: 'equity-index',
    exchange: 'CME',
    family: 'ES',
    size: 'micro',
    multiplier: '5',
    tick: '0.25',
    partner: 'ES',
    ratio: 10,
    sourceUrl: `${US_INDEX}micro-e-mini-sandp-500_contract_specifications.html`,
    indexName: 'S&P 500',
  },
  NQ: {
    name: 'E-mini Nasdaq-100',
    assetClass: 'equity-index',
    exchange: 'CME',
    family: 'NQ',
    size: 'standard',
    multiplier: '20',
    tick: '0.25',
    partner: 'MNQ',
    ratio: 10,
    sourceUrl: `${US_INDEX}e-mini-nasdaq-100_contractSpecs_futures.html`,
    indexName: 'Nasdaq-100',
  },
  MNQ: {
    name: 'Micro E-mini Nasdaq-100',
    assetClass: 'equity-index',
    exchange: 'CME',
    family: 'NQ',
    size: 'micro',
    multiplier: '2',
    tick: '0.25',
    partner: 'NQ',
    ratio: 10,
    sourceUrl: `${US_INDEX}micro-e-mini-nasdaq-100_contract_specifications.html`,
    indexName: 'Nasdaq-100',
  },
  YM: {
    name: 'E-mini Dow ($5)',
    assetClass: 'equity-index',
    exchange: 'CBOT',
    family: 'YM',
    size: 'standard',
    multiplier: '5',
    tick: '1',
    partner: 'MYM',
    ratio: 10,
    sourceUrl: `${US_INDEX}e-mini-dow_contract_specifications.html`,
    indexName: 'Dow Jones Industrial Average',
  },
  MYM: {
    name: 'Micro E-mini Dow',
    assetClass: 'equity-index',
    exchange: 'CBOT',
    family: 'YM',
    size: 'micro',
    multiplier: '0.50',
    tick: '1',
    partner: 'YM',
    ratio: 10,
    sourceUrl: `${US_INDEX}micro-e-mini-dow_contract_specifications.html`,
    indexName: 'Dow Jones Industrial Average',
  },
};

const OTHER_ROWS: Record<string, Row> = {
  GC: {
    name: 'Gold',
    assetClass: 'metal',
    exchange: 'COMEX',
    family: 'GC',
    size: 'standard',
    multiplier: '100',
    tick: '0.10',
    partner: 'MGC',
    ratio: 10,
    sourceUrl: 'https://www.cmegroup.com/trading/metals/precious/gold_contract_specifications.html',
  },
  MGC: {
    name: 'Micro Gold',
    assetClass: 'metal',
    exchange: 'COMEX',
    family: 'GC',
    size: 'micro',
    multiplier: '10',
    tick: '0.10',
    partner: 'GC',
    ratio: 10,
    sourceUrl: 'https://www.cmegroup.com/trading/metals/precious/e-micro-gold_contract_specifications.html',
  },
  SI: {
    name: 'Silver',
    assetClass: 'metal',
    exchange: 'COMEX',
    family: 'SI',
    size: 'standard',
    multiplier: '5000',
    tick: '0.005',
    partner: 'SIL',
    ratio: 5,
    sourceUrl: 'https://www.cmegroup.com/trading/metals/precious/silver-futures-and-options.html',
  },
  SIL: {
    name: 'Micro Silver',
    assetClass: 'metal',
    exchange: 'COMEX',
    family: 'SI',
    size: 'micro',
    multiplier: '1000',
    tick: '0.005',
    partner: 'SI',
    ratio: 5,
    sourceUrl: 'https://www.cmegroup.com/markets/metals/precious/silver-micro.contractSpecs.html',
  },
  CL: {
    name: 'WTI Crude Oil',
    assetClass: 'energy',
    exchange: 'NYMEX',
    family: 'CL',
    size: 'standard',
    multiplier: '1000',
    tick: '0.01',
    partner: 'MCL',
    ratio: 10,
    sourceUrl:
      'https://www.cmegroup.com/trading/energy/crude-oil/light-sweet-crude_contractSpecs_futures.html',
  },
  MCL: {
    name: 'Micro WTI Crude Oil',
    assetClass: 'energy',
    exchange: 'NYMEX',
    family: 'CL',
    size: 'micro',
    multiplier: '100',
    tick: '0.01',
    partner: 'CL',
    ratio: 10,
    sourceUrl: 'https://www.cmegroup.com/education/articles-and-reports/micro-wti-crude-oil-futures-faq.html',
  },
  '6E': {
    name: 'Euro FX',
    assetClass: 'currency',
    exchange: 'CME',
    family: '6E',
    size: 'standard',
    multiplier: '125000',
    tick: '0.00005',
    partner: 'M6E',
    ratio: 10,
    sourceUrl: 'https://www.cmegroup.com/trading/fx/g10/euro-fx_contractSpecs_futures.html',
  },
  M6E: {
    name: 'Micro EUR/USD',
    assetClass: 'currency',
    exchange: 'CME',
    family: '6E',
    size: 'micro',
    multiplier: '12500',
    tick: '0.0001',
    partner: '6E',
    ratio: 10,
    sourceUrl: 'https://www.cmegroup.com/markets/microsuite/fx.html',
  },
  '6B': {
    name: 'British Pound',
    assetClass: 'currency',
    exchange: 'CME',
    family: '6B',
    size: 'standard',
    multiplier: '62500',
    tick: '0.0001',
    partner: 'M6B',
    ratio: 10,
    sourceUrl: 'https://www.cmegroup.com/trading/fx/g10/british-pound_contractSpecs_futures.html',
  },
  M6B: {
    name: 'Micro GBP/USD',
    assetClass: 'currency',
    exchange: 'CME',
    family: '6B',
    size: 'micro',
    multiplier: '6250',
    tick: '0.0001',
    partner: '6B',
    ratio: 10,
    sourceUrl: 'https://www.cmegroup.com/markets/microsuite/fx.html',
  },
};

const CALENDAR: Record<
  BuiltInClass,
  { listing: ListingCycleId; rule: LastTradingDayRuleId; limit: PriceLimitRule }
> = {
  'equity-index': { listing: 'quarterly', rule: 'equity-index-third-friday', limit: 'equity-index-7-13-20' },
  metal: { listing: 'gold-bimonthly', rule: 'metal-third-last-business-day', limit: 'none' },
  energy: { listing: 'monthly', rule: 'crude-cl', limit: 'none' },
  currency: { listing: 'quarterly', rule: 'fx-second-business-day-before-third-wednesday', limit: 'none' },
};

/** Per-symbol calendar differences from the asset-class defaults above. */
const CALENDAR_OVERRIDES: Record<string, { listing?: ListingCycleId; rule?: LastTradingDayRuleId }> = {
  SI: { listing: 'silver-active' },
  SIL: { listing: 'silver-active' },
  MCL: { rule: 'crude-mcl' },
};

function builtIn(symbol: string, row: Row): ProductSpec {
  const calendar = CALENDAR[row.assetClass];
  const override = CALENDAR_OVERRIDES[symbol] ?? {};
  return buildProduct({
    symbol,
    name: row.name,
    assetClass: row.assetClass,
    exchange: row.exchange,
    family: row.family,
    size: row.size,
    multiplierUsd: new D(row.multiplier),
    tickPoints: new D(row.tick),
    listing: override.listing ?? calendar.listing,
    lastTradingDayRule: override.rule ?? calendar.rule,
    priceLimitRule: calendar.limit,
    pairing: { partner: row.partner, ratio: row.ratio },
    sourceUrl: row.sourceUrl,
    indexName: row.indexName ?? null,
    smallCap: row.family === 'RTY',
  });
}

/** The 18 built-in products: the eight equity-index contracts first (as in contracts.ts), then the rest. */
export const BUILT_IN_PRODUCTS: readonly ProductSpec[] = [
  ...Object.entries(EQUITY_ROWS),
  ...Object.entries(OTHER_ROWS),
].map(([symbol, row]) => builtIn(symbol, row));

const BUILT_IN_BY_SYMBOL: ReadonlyMap<string, ProductSpec> = new Map(
  BUILT_IN_PRODUCTS.map((spec) => [spec.symbol, spec]),
);

/** True when `symbol` is a built-in product (case-sensitive: symbols are upper case). */
export function isBuiltInSymbol(symbol: string): boolean {
  return BUILT_IN_BY_SYMBOL.has(symbol);
}

/** A lookup over the built-ins plus the trader's custom products. */
export interface ProductRegistry {
  /** Every product: the built-ins first, then the accepted custom products in the order given. */
  readonly products: readonly ProductSpec[];
  /** The product with this symbol, or undefined. */
  readonly get: (symbol: string) => ProductSpec | undefined;
}

/** A custom product the registry refused, with the reason (a sentence for the product's row). */
export interface RejectedProduct {
  readonly symbol: string;
  readonly message: string;
}

export interface BuiltRegistry {
  readonly registry: ProductRegistry;
  readonly rejected: readonly RejectedProduct[];
}

function registryOf(products: readonly ProductSpec[]): ProductRegistry {
  const bySymbol = new Map(products.map((spec) => [spec.symbol, spec]));
  return { products, get: (symbol) => bySymbol.get(symbol) };
}

/** The registry of the built-in products only. */
export const BUILT_IN_REGISTRY: ProductRegistry = registryOf(BUILT_IN_PRODUCTS);

/**
 * The built-ins plus custom products. A custom product may not reuse a built-in symbol (a built-in is
 * never overridden) or the symbol of an earlier custom product; a refused one is listed with its reason
 * and every other product still counts. Pairings are checked when the custom product is parsed
 * (`customProduct.ts`); here only the symbols are.
 */
export function buildRegistry(custom: readonly ProductSpec[]): BuiltRegistry {
  const products: ProductSpec[] = [...BUILT_IN_PRODUCTS];
  const seen = new Set<string>(BUILT_IN_BY_SYMBOL.keys());
  const rejected: RejectedProduct[] = [];
  for (const spec of custom) {
    if (isBuiltInSymbol(spec.symbol)) {
      rejected.push({
        symbol: spec.symbol,
        message: `${spec.symbol} is a built-in contract and cannot be redefined; choose another symbol.`,
      });
    } else if (seen.has(spec.symbol)) {
      rejected.push({
        symbol: spec.symbol,
        message: `${spec.symbol} is defined twice; only the first definition counts.`,
      });
    } else {
      seen.add(spec.symbol);
      products.push(spec);
    }
  }
  return { registry: registryOf(products), rejected };
}

/** A built-in product by symbol, or undefined. */
export function builtInProduct(symbol: string): ProductSpec | undefined {
  return BUILT_IN_BY_SYMBOL.get(symbol);
}

/** A standard and its micro, with whole micros per standard. */
export interface ProductPair {
  readonly standard: ProductSpec;
  readonly micro: ProductSpec;
  readonly ratio: number;
}

/**
 * The standard ↔ micro pair a product belongs to, seen from that product (its own pairing record),
 * or null when it has none or the partner is not in the registry or is not of the other size.
 */
export function pairOf(spec: ProductSpec, registry: ProductRegistry = BUILT_IN_REGISTRY): ProductPair | null {
  if (spec.pairing === null) return null;
  const partner = registry.get(spec.pairing.partner);
  if (partner === undefined || partner.size === spec.size) return null;
  return spec.size === 'standard'
    ? { standard: spec, micro: partner, ratio: spec.pairing.ratio }
    : { standard: partner, micro: spec, ratio: spec.pairing.ratio };
}
