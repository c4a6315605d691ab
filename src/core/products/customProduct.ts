/**
 * Custom contracts: a product the trader defines from typed texts, checked field by field. A good
 * definition becomes a `ProductSpec` (asset class 'custom', no calendar, no price-limit rule, stressed with
 * custom moves only) plus its margins and commission; every panel can then use it through the registry.
 * The texts are what is saved and shared (like every other input); this module only reads them.
 *
 * Rules (each broken rule is a message on its field; every field is checked, not only the first bad one):
 * - symbol: 1–8 letters or digits (lower case is read as upper case), not a built-in symbol, not the symbol
 *   of another product in the registry given;
 * - name: 1–60 characters;
 * - point value: US dollars per 1.00 price move, > 0; tick: the minimum price step, > 0;
 * - pairing (optional; "pairs with" and "ratio" both empty means none): the partner must be in the registry
 *   and paired the other way round in size: when the partner is a standard this product is its micro,
 *   when the partner is a micro this product is its standard. The ratio is a whole number of micros per
 *   standard, 2 to 1,000, and must equal standard point value ÷ micro point value (one standard is exactly
 *   `ratio` micros of exposure; the mix relies on it);
 * - margins (initial, maintenance, day-trade): each optional (empty = unknown), > 0 when given; maintenance
 *   may not exceed initial;
 * - commission per side: ≥ 0, required (type 0 when there is none).
 * Never throws.
 */
import { type Dec } from '../decimal';
import { groupThousands } from '../format';
import { parseNumberText, type NumberRule, type Parsed } from '../parse';
import {
  BUILT_IN_REGISTRY,
  buildProduct,
  isBuiltInSymbol,
  type ProductRegistry,
  type ProductSize,
  type ProductSpec,
} from './registry';

export interface CustomProductTexts {
  readonly symbol: string;
  readonly name: string;
  readonly pointValue: string;
  readonly tick: string;
  readonly pairsWith: string;
  readonly ratio: string;
  readonly initial: string;
  readonly maintenance: string;
  readonly dayTrade: string;
  readonly commission: string;
}

export type CustomProductField = keyof CustomProductTexts;

/** The order the fields are shown and checked in. */
export const CUSTOM_PRODUCT_FIELDS: readonly CustomProductField[] = [
  'symbol',
  'name',
  'pointValue',
  'tick',
  'pairsWith',
  'ratio',
  'initial',
  'maintenance',
  'dayTrade',
  'commission',
];

export interface CustomProductCosts {
  readonly initialUsd: Dec | null;
  readonly maintenanceUsd: Dec | null;
  readonly dayTradeUsd: Dec | null;
  readonly commissionPerSideUsd: Dec;
}

export interface CustomProduct {
  readonly spec: ProductSpec;
  readonly costs: CustomProductCosts;
}

export type CustomProductErrors = Partial<Record<CustomProductField, string>>;

export type CustomProductParse =
  | { readonly status: 'ok'; readonly product: CustomProduct }
  | { readonly status: 'error'; readonly errors: CustomProductErrors };

const SYMBOL_PATTERN = /^[A-Z0-9]{1,8}$/;
const NAME_MAX = 60;

const POSITIVE_USD: NumberRule = { unit: 'usd', min: '0', minExclusive: true };
const POSITIVE_PLAIN: NumberRule = { unit: 'plain', min: '0', minExclusive: true };
const RATIO_RULE: NumberRule = { unit: 'plain', integer: true, min: '2', max: '1000' };
const COMMISSION_RULE: NumberRule = { unit: 'usd', min: '0' };

/** A number field: the value, null when empty and optional, or a message. */
function numberField(
  text: string,
  rule: NumberRule,
  emptyMessage: string | null,
): { value: Dec | null } | { message: string } {
  const parsed: Parsed<Dec> = parseNumberText(text, rule);
  if (parsed.status === 'ok') return { value: parsed.value };
  if (parsed.status === 'error') return { message: parsed.message };
  return emptyMessage === null ? { value: null } : { message: emptyMessage };
}

/**
 * Parses a custom product definition. `registry` holds the products it may pair with and must not clash
 * with: the built-ins plus the trader's other custom products (not this one, when editing it).
 */
export function parseCustomProduct(
  texts: CustomProductTexts,
  registry: ProductRegistry = BUILT_IN_REGISTRY,
): CustomProductParse {
  const errors: CustomProductErrors = {};

  const symbol = texts.symbol.trim().toUpperCase();
  if (symbol === '') errors.symbol = 'Enter a symbol: 1–8 letters or digits.';
  else if (!SYMBOL_PATTERN.test(symbol))
    errors.symbol = `"${texts.symbol.trim()}": use 1–8 letters or digits.`;
  else if (isBuiltInSymbol(symbol)) {
    errors.symbol = `${symbol} is a built-in contract and cannot be redefined; choose another symbol.`;
  } else if (registry.get(symbol) !== undefined) errors.symbol = `${symbol} is already defined.`;

  const name = texts.name.trim();
  if (name === '') errors.name = 'Enter a name.';
  else if (name.length > NAME_MAX) errors.name = `Use at most ${NAME_MAX} characters.`;

  const pointValue = numberField(texts.pointValue, POSITIVE_USD, 'Enter the point value ($ per 1.00 move).');
  if ('message' in pointValue) errors.pointValue = pointValue.message;
  const tick = numberField(texts.tick, POSITIVE_PLAIN, 'Enter the tick (the minimum price step).');
  if ('message' in tick) errors.tick = tick.message;

  const initial = numberField(texts.initial, POSITIVE_USD, null);
  if ('message' in initial) errors.initial = initial.message;
  const maintenance = numberField(texts.maintenance, POSITIVE_USD, null);
  if ('message' in maintenance) errors.maintenance = maintenance.message;
  else if (
    maintenance.value !== null &&
    'value' in initial &&
    initial.value !== null &&
    maintenance.value.gt(initial.value)
  ) {
    errors.maintenance = `The maintenance margin cannot exceed the initial margin ($${groupThousands(initial.value.toFixed())}).`;
  }
  const dayTrade = numberField(texts.dayTrade, POSITIVE_USD, null);
  if ('message' in dayTrade) errors.dayTrade = dayTrade.message;
  const commission = numberField(
    texts.commission,
    COMMISSION_RULE,
    'Enter the commission per side in $ (0 if none).',
  );
  if ('message' in commission) errors.commission = commission.message;

  // Pairing: both fields empty means none; otherwise both must be good.
  const partnerSymbol = texts.pairsWith.trim().toUpperCase();
  const ratioText = texts.ratio.trim();
  let size: ProductSize = 'standard';
  let pairing: { partner: string; ratio: number } | null = null;
  let family = symbol;
  if (partnerSymbol !== '' || ratioText !== '') {
    const partner = partnerSymbol === '' ? undefined : registry.get(partnerSymbol);
    if (partnerSymbol === '')
      errors.pairsWith = 'Enter the contract this one pairs with, or clear the ratio.';
    else if (partner === undefined) errors.pairsWith = `${partnerSymbol} is not a known contract.`;
    else if (partnerSymbol === symbol) errors.pairsWith = 'A contract cannot pair with itself.';
    const ratio = numberField(
      texts.ratio,
      RATIO_RULE,
      'Enter how many micros make one standard (2 to 1,000).',
    );
    if ('message' in ratio) errors.ratio = ratio.message;
    if (partner !== undefined && partnerSymbol !== symbol) {
      size = partner.size === 'standard' ? 'micro' : 'standard';
      family = size === 'micro' ? partner.family : symbol;
      const own = 'value' in pointValue ? pointValue.value : null;
      const whole = 'value' in ratio ? ratio.value : null;
      if (own !== null && whole !== null) {
        const [standardValue, microValue] =
          size === 'micro' ? [partner.multiplierUsd, own] : [own, partner.multiplierUsd];
        const implied = standardValue.div(microValue);
        if (!implied.eq(whole)) {
          errors.ratio =
            `${whole.toFixed()} micros per standard does not match the point values: ` +
            `$${groupThousands(standardValue.toFixed())} ÷ $${groupThousands(microValue.toFixed())} = ${implied.toSignificantDigits(6).toFixed()}.`;
        } else {
          pairing = { partner: partner.symbol, ratio: whole.toNumber() };
        }
      }
    }
  }

  const hasErrors = CUSTOM_PRODUCT_FIELDS.some((field) => errors[field] !== undefined);
  if (
    hasErrors ||
    !('value' in pointValue) ||
    pointValue.value === null ||
    !('value' in tick) ||
    tick.value === null ||
    !('value' in commission) ||
    commission.value === null ||
    !('value' in initial) ||
    !('value' in maintenance) ||
    !('value' in dayTrade)
  ) {
    return { status: 'error', errors };
  }

  const spec = buildProduct({
    symbol,
    name,
    assetClass: 'custom',
    exchange: null,
    family,
    size,
    multiplierUsd: pointValue.value,
    tickPoints: tick.value,
    listing: null,
    lastTradingDayRule: null,
    priceLimitRule: 'none',
    pairing,
    sourceUrl: null,
    indexName: null,
    smallCap: false,
  });
  return {
    status: 'ok',
    product: {
      spec,
      costs: {
        initialUsd: initial.value,
        maintenanceUsd: maintenance.value,
        dayTradeUsd: dayTrade.value,
        commissionPerSideUsd: commission.value,
      },
    },
  };
}
