/**
 * The Contracts section as text: the catalogue of every product in the registry, grouped by asset class
 * (symbol, name, exchange, $ per 1.00 move, tick and $ per tick, the standard ↔ micro pairing with its ratio,
 * the listing cycle and last-trading-day rule in words, the front contract and its last trading day on the
 * injected `today`, the price-limit rule and how the product is stressed, the CME source page), and the note
 * of an accepted custom contract.
 *
 * Dollar amounts here are contract constants, not computed money: they are shown exactly as the registry
 * holds them (at least 2 decimals, more when the value has them: M6B's tick is $0.625, not $0.63), so
 * nothing is rounded. Dates come from listings.ts; nothing here reads the clock.
 */
import { formatIsoDate, weekday, type CalendarDate } from '../calendar';
import type { Dec } from '../decimal';
import { groupThousands, NO_VALUE } from '../format';
import { stressBasisOf, type StressBasis } from '../products/limits';
import {
  ACTIVE_MONTHS,
  frontContract,
  monthCode,
  type LastTradingDayRuleId,
  type ListingCycleId,
} from '../products/listings';
import { pairOf, type AssetClass, type ProductRegistry, type ProductSpec } from '../products/registry';

/** One product of the catalogue, as text. */
export interface CatalogueProductView {
  readonly symbol: string;
  readonly name: string;
  /** "COMEX"; "Your definition" for a custom contract. */
  readonly exchange: string;
  /** "$1,000 per 1.00 move". */
  readonly pointValue: string;
  /** "0.005 = $5.00". */
  readonly tick: string;
  /** "1 SI = 5 SIL"; "None" without a pairing. */
  readonly pairing: string;
  /** "M6E's tick (0.0001) is 2 × 6E's (0.00005)" when the pair's ticks differ; empty otherwise. */
  readonly pairingNote: string;
  /** "Quarterly: Mar, Jun, Sep, Dec (H M U Z)". */
  readonly listing: string;
  /** "Third last business day of the contract month". */
  readonly lastTradingDayRule: string;
  /** "SILH7"; "—" without a calendar or before today is known. */
  readonly frontContract: string;
  /** "2027-03-29 (Mon), in 117 days"; empty without a front contract. */
  readonly frontLastTradingDay: string;
  /** "7/13/20 % of the reference — stress levels", or why the product is stressed with custom moves only. */
  readonly priceLimit: string;
  /** True when the product is stressed with custom moves only (no limit levels). */
  readonly customMovesOnly: boolean;
  /** The CME contract specification page; null for a custom contract. */
  readonly sourceUrl: string | null;
}

/** A group of the catalogue: one asset class. */
export interface CatalogueGroupView {
  readonly assetClass: AssetClass;
  /** "Metals". */
  readonly title: string;
  readonly products: readonly CatalogueProductView[];
}

/** The order and titles of the catalogue's groups. */
const GROUPS: readonly { readonly assetClass: AssetClass; readonly title: string }[] = [
  { assetClass: 'equity-index', title: 'Equity index' },
  { assetClass: 'metal', title: 'Metals' },
  { assetClass: 'energy', title: 'Energy' },
  { assetClass: 'currency', title: 'Currencies' },
  { assetClass: 'custom', title: 'Yours' },
];

const MONTH_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The name of each listing cycle, before its months. */
const LISTING_NAMES: Readonly<Record<ListingCycleId, string>> = {
  quarterly: 'Quarterly',
  monthly: 'Monthly',
  'gold-bimonthly': 'Every other month',
  'silver-active': 'Active months',
};

/** "Quarterly: Mar, Jun, Sep, Dec (H M U Z)"; "Monthly: every month (F–Z)". */
export function listingText(listing: ListingCycleId | null): string {
  if (listing === null) return 'None: a custom contract has no calendar';
  const months = ACTIVE_MONTHS[listing];
  if (months.length === 12) return `${LISTING_NAMES[listing]}: every month (F–Z)`;
  const names = months.map((month) => MONTH_SHORT[month - 1] ?? '').join(', ');
  const codes = months.map(monthCode).join(' ');
  return `${LISTING_NAMES[listing]}: ${names} (${codes})`;
}

const LAST_TRADING_DAY_WORDS: Readonly<Record<LastTradingDayRuleId, string>> = {
  'equity-index-third-friday':
    'Third Friday of the contract month (the day before when it is a holiday), 8:30 a.m. CT',
  'metal-third-last-business-day': 'Third last business day of the contract month',
  'crude-cl':
    '3 business days before the 25th of the month before the contract month (4 when the 25th is not a business day)',
  'crude-mcl': '1 business day before the matching CL contract’s last trading day',
  'fx-second-business-day-before-third-wednesday':
    '2nd business day before the third Wednesday of the contract month, 9:16 a.m. CT',
};

/** The last-trading-day rule in words; "None" for a custom contract. */
export function lastTradingDayRuleText(rule: LastTradingDayRuleId | null): string {
  return rule === null ? 'None: a custom contract has no calendar' : LAST_TRADING_DAY_WORDS[rule];
}

/** How a product is stressed, in words. */
export function priceLimitText(basis: StressBasis): string {
  if (basis.kind === 'limit-levels') return '7/13/20 % of the reference — stress levels';
  switch (basis.reason) {
    case 'dynamic-circuit-breakers':
      return 'No daily price limits (dynamic circuit breakers): stressed with custom moves only';
    case 'no-price-limits':
      return 'No price limits: custom moves only';
    case 'custom-product':
      return 'No limit rule (custom contract): custom moves only';
  }
}

/**
 * A contract constant in dollars, exactly: "$1,000", "$0.50", "$0.625". Whole amounts without cents,
 * others with at least 2 decimals and every decimal the value has (nothing is rounded).
 */
export function exactUsd(amount: Dec): string {
  return amount.isInteger() ? usdWithPlaces(amount, 0) : usdWithPlaces(amount, 2);
}

/** "$" and the amount with at least `places` decimals and every decimal it has, grouped. */
function usdWithPlaces(amount: Dec, places: number): string {
  return `$${groupThousands(amount.toFixed(Math.max(places, amount.decimalPlaces())))}`;
}

/** A tick with its dollar value: "0.005 = $5.00", "0.0001 = $0.625" (the tick value always with cents). */
export function tickText(spec: ProductSpec): string {
  return `${spec.tickPoints.toFixed(spec.priceDecimals)} = ${usdWithPlaces(spec.tickValueUsd, 2)}`;
}

/** "1 SI = 5 SIL" and, when the two ticks differ, what the difference is. */
function pairingTexts(spec: ProductSpec, registry: ProductRegistry): { pairing: string; note: string } {
  const pair = pairOf(spec, registry);
  if (pair === null) return { pairing: 'None', note: '' };
  const { standard, micro, ratio } = pair;
  const pairing = `1 ${standard.symbol} = ${ratio} ${micro.symbol}`;
  if (standard.tickPoints.eq(micro.tickPoints)) return { pairing, note: '' };
  const [wider, finer] = micro.tickPoints.gt(standard.tickPoints) ? [micro, standard] : [standard, micro];
  const times = wider.tickPoints.div(finer.tickPoints).toSignificantDigits(6).toFixed();
  const tick = (p: ProductSpec) => p.tickPoints.toFixed(p.priceDecimals);
  return {
    pairing,
    note: `Ticks differ: ${wider.symbol}’s ${tick(wider)} is ${times} × ${finer.symbol}’s ${tick(finer)}`,
  };
}

/**
 * "2027-03-29 (Mon), in 117 days". A front contract is at least a few days from its last trading day (it
 * rolls before), so the count is never "today".
 */
function lastTradingDayText(date: CalendarDate, daysToExpiry: number): string {
  const days = `${daysToExpiry} day${daysToExpiry === 1 ? '' : 's'}`;
  return `${formatIsoDate(date)} (${WEEKDAY_SHORT[weekday(date)] ?? ''}), in ${days}`;
}

/** One product of the catalogue; its front contract on `today` (none before the app knows today). */
export function presentCatalogueProduct(
  spec: ProductSpec,
  registry: ProductRegistry,
  today: CalendarDate | null,
): CatalogueProductView {
  const front = today === null ? null : frontContract(spec, today);
  const { pairing, note } = pairingTexts(spec, registry);
  const basis = stressBasisOf(spec);
  return {
    symbol: spec.symbol,
    name: spec.name,
    exchange: spec.exchange ?? 'Your definition',
    pointValue: `${exactUsd(spec.multiplierUsd)} per 1.00 move`,
    tick: tickText(spec),
    pairing,
    pairingNote: note,
    listing: listingText(spec.listing),
    lastTradingDayRule: lastTradingDayRuleText(spec.lastTradingDayRule),
    frontContract: front?.code ?? NO_VALUE,
    frontLastTradingDay: front === null ? '' : lastTradingDayText(front.lastTradingDay, front.daysToExpiry),
    priceLimit: priceLimitText(basis),
    customMovesOnly: basis.kind === 'custom-moves-only',
    sourceUrl: spec.sourceUrl,
  };
}

/** Every product of the registry as text, grouped by asset class in a fixed order; empty groups left out. */
export function presentCatalogue(
  registry: ProductRegistry,
  today: CalendarDate | null,
): readonly CatalogueGroupView[] {
  return GROUPS.map(({ assetClass, title }) => ({
    assetClass,
    title,
    products: registry.products
      .filter((spec) => spec.assetClass === assetClass)
      .map((spec) => presentCatalogueProduct(spec, registry, today)),
  })).filter((group) => group.products.length > 0);
}

/** What an accepted custom contract's row says: "Usable in every contract picker: tick 0.25 = $1.25". */
export function customProductNote(spec: ProductSpec): string {
  return `Usable in every contract picker: tick ${tickText(spec)}.`;
}
