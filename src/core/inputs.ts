/**
 * Every input RiskDesk keeps: its key, its default text and the rule that parses it. The store holds the
 * raw texts exactly as typed; core parses them on every recompute. Choice inputs (selects, radios,
 * checkboxes) are texts too, so one record saves, restores and shares everything.
 */
import {
  CONTRACT_SYMBOLS,
  FAMILY_ROOTS,
  INDEX_FAMILIES,
  type ContractSymbol,
  type FamilyRoot,
} from './contracts';
import { DEFAULT_CONTRACT_COSTS, type ContractCostTexts } from './margins';
import type { NumberRule } from './parse';

export const SIDES = ['long', 'short'] as const;
export const STOP_METHODS = ['price', 'ticks', 'atr'] as const;
export const RISK_MODES = ['percent', 'usd'] as const;
export const MARGIN_BASES = ['initial', 'maintenance', 'dayTrade'] as const;
export const SPREAD_METHODS = ['notional', 'beta', 'volatility'] as const;
const BOOLEANS = ['true', 'false'] as const;
export type StopMethod = (typeof STOP_METHODS)[number];
export type MarginBasis = (typeof MARGIN_BASES)[number];
export type RiskMode = (typeof RISK_MODES)[number];
export type SpreadMethod = (typeof SPREAD_METHODS)[number];

export type CostField = keyof ContractCostTexts;
export type CostKey = `${ContractSymbol}.${CostField}`;

export const SIZER_DEFAULTS = {
  equity: '25,000',
  riskMode: 'percent',
  riskPerTrade: '1',
  maxMarginPct: '20',
  maxOpenRiskPct: '',
  dailyLossLimit: '',
  realizedPnl: '',
  symbol: 'M2K',
  side: 'long',
  stopMethod: 'price',
  entry: '',
  stopPrice: '',
  stopTicks: '',
  atr: '',
  atrMultiplier: '2.5',
  atrPeriod: '14',
  target: '',
  slippageTicks: '1',
  mix: 'false',
  marginBasis: 'initial',
} as const;

export const SPREAD_DEFAULTS = {
  spreadLongLeg: 'M2K',
  spreadShortLeg: 'MES',
  spreadLongPrice: '',
  spreadShortPrice: '',
  spreadLongQty: '1',
  spreadMethod: 'notional',
  spreadBeta: '1',
  spreadLongAtr: '',
  spreadShortAtr: '',
  spreadMaxPerLeg: '30',
  spreadMixShort: 'false',
  spreadSmallMove: '',
  spreadLargeMove: '',
} as const;

export const HEDGE_DEFAULTS = {
  hedgeValue: '',
  hedgeBeta: '1',
  hedgeEtfLeverage: '1',
  hedgeRatioPct: '50',
  hedgeSymbol: 'ES',
  hedgePrice: '',
} as const;

/**
 * The Calendar section (issue 10) and its hooks into the sizer: the holding period and the event ATR
 * multiplier it offers, the planned entry time and the ETH settings, the Next events list and the month view.
 * `ethSlippageTicks` empty = the same as `slippageTicks`; `calendarMonth` empty = the month of today;
 * `Next events` looks two years ahead by default, so that from any day of 2026 both published FOMC years show.
 */
export const CALENDAR_DEFAULTS = {
  holdingDays: '',
  eventAtrMultiplier: '3.0',
  plannedEntryTime: '',
  ethSlippageTicks: '',
  ethMarginBasis: 'initial',
  eventsLookAhead: '730',
  eventsProducts: 'held',
  calendarMonth: '',
} as const;
/** How far `Next events` looks ahead, in calendar days. */
export const EVENTS_LOOK_AHEAD_DAYS = ['30', '90', '365', '730'] as const;
/** Whose rolls and last trading days the lists show: the sizer's and the book's products, or every product. */
export const EVENTS_PRODUCT_SCOPES = ['held', 'all'] as const;
export type CalendarKey = keyof typeof CALENDAR_DEFAULTS;

export const STRESS_DEFAULTS = {
  stressCustomMove: '-10',
} as const;

/** The Plan section (issue 9): bracket targets, the edge (Kelly), Monte Carlo, the circuit breaker, ETFs. */
export const PLAN_DEFAULTS = {
  planTarget1: '1R',
  planTarget2: '2R',
  planTarget3: '3R',
  planQty1: '',
  planQty2: '',
  planQty3: '',
  planBreakeven: 'false',
  planEdgeSource: 'summary',
  planEdgeUnit: 'usd',
  planWinRate: '',
  planAvgWin: '',
  planAvgLoss: '',
  planResults: '',
  planSeed: '1',
  planPaths: '10000',
  planTrades: '200',
  planPauseLosses: '3',
  planPauseMinutes: '20',
  planEtfPrice: '',
  planEtfLeverage: '1',
  planEtfMode: 'usd',
  planEtfAmount: '',
  planEtfFamily: 'RTY',
  planEtfFuturesPrice: '',
} as const;
export const EDGE_SOURCES = ['summary', 'list'] as const;
export const EDGE_UNITS = ['usd', 'r'] as const;
export const ETF_LEVERAGES = ['1', '2', '3'] as const;
export const ETF_MODES = ['usd', 'shares'] as const;
export type PlanKey = keyof typeof PLAN_DEFAULTS;

/**
 * The Portfolio section (issue 8): its own risk per trade and per-asset margin cap (the sizer's equity is
 * shared), the margin basis (day-trade: the worked plan fits on it), slippage per stop fill (0: the
 * worked plan's), and the scaling plan's milestones.
 */
export const PORTFOLIO_DEFAULTS = {
  portfolioRiskPct: '1.5',
  portfolioMaxMarginPct: '20',
  portfolioMarginBasis: 'dayTrade',
  portfolioSlippageTicks: '0',
  portfolioMilestones: '5,000 · 7,500 · 10,000 · 15,000 · 20,000 · 25,000 · 30,000',
} as const;
export type PortfolioKey = keyof typeof PORTFOLIO_DEFAULTS;

export const STRESS_FIELDS = ['reference', 'cash', 'customMove'] as const;
export type StressField = (typeof STRESS_FIELDS)[number];
export type StressKey = `stress.${FamilyRoot}.${StressField}`;

/** The key of a family's stress input: stressKey('RTY', 'reference') → "stress.RTY.reference". */
export function stressKey(family: FamilyRoot, field: StressField): StressKey {
  return `stress.${family}.${field}`;
}

export type SizerKey = keyof typeof SIZER_DEFAULTS;
export type SpreadKey = keyof typeof SPREAD_DEFAULTS;
export type HedgeKey = keyof typeof HEDGE_DEFAULTS;
export type InputKey =
  | SizerKey
  | CostKey
  | SpreadKey
  | HedgeKey
  | keyof typeof STRESS_DEFAULTS
  | StressKey
  | PlanKey
  | CalendarKey
  | PortfolioKey;
export type Inputs = Readonly<Record<InputKey, string>>;

export const COST_FIELDS: readonly CostField[] = ['initial', 'maintenance', 'dayTrade', 'commission'];

/** The key of one contract's cost field: costKey('M2K', 'initial') → "M2K.initial". */
export function costKey(symbol: ContractSymbol, field: CostField): CostKey {
  return `${symbol}.${field}`;
}

function defaultCostInputs(): Record<CostKey, string> {
  const entries = CONTRACT_SYMBOLS.flatMap((symbol) =>
    COST_FIELDS.map((field) => [costKey(symbol, field), DEFAULT_CONTRACT_COSTS[symbol][field]] as const),
  );
  return Object.fromEntries(entries) as Record<CostKey, string>;
}

function defaultStressInputs(): Record<StressKey, string> {
  const entries = FAMILY_ROOTS.flatMap((family) =>
    STRESS_FIELDS.map((field) => [stressKey(family, field), ''] as const),
  );
  return Object.fromEntries(entries) as Record<StressKey, string>;
}

export const DEFAULT_INPUTS: Inputs = {
  ...SIZER_DEFAULTS,
  ...defaultCostInputs(),
  ...SPREAD_DEFAULTS,
  ...HEDGE_DEFAULTS,
  ...STRESS_DEFAULTS,
  ...defaultStressInputs(),
  ...PLAN_DEFAULTS,
  ...CALENDAR_DEFAULTS,
  ...PORTFOLIO_DEFAULTS,
};

/** The values a choice input (select, radios, checkbox) can hold; any other text is not a valid save. */
const CHOICES: Partial<Readonly<Record<InputKey, readonly string[]>>> = {
  riskMode: RISK_MODES,
  side: SIDES,
  stopMethod: STOP_METHODS,
  mix: BOOLEANS,
  marginBasis: MARGIN_BASES,
  spreadMethod: SPREAD_METHODS,
  spreadMixShort: BOOLEANS,
  planBreakeven: BOOLEANS,
  planEdgeSource: EDGE_SOURCES,
  planEdgeUnit: EDGE_UNITS,
  planEtfLeverage: ETF_LEVERAGES,
  planEtfMode: ETF_MODES,
  planEtfFamily: INDEX_FAMILIES,
  ethMarginBasis: MARGIN_BASES,
  eventsLookAhead: EVENTS_LOOK_AHEAD_DAYS,
  eventsProducts: EVENTS_PRODUCT_SCOPES,
  portfolioMarginBasis: MARGIN_BASES,
};

/**
 * Fields that name a contract: a built-in or one of the trader's custom contracts (whether it exists is
 * checked against the desk's registry when computing, with a message at the field).
 */
const CONTRACT_KEYS: ReadonlySet<InputKey> = new Set<InputKey>([
  'symbol',
  'spreadLongLeg',
  'spreadShortLeg',
  'hedgeSymbol',
]);
/** What a contract symbol may look like (the custom-contract rule: 1–8 upper-case letters or digits). */
const SYMBOL_TEXT = /^[A-Z0-9]{1,8}$/;

/**
 * True when `text` can be kept for `key`: every text for a typed field, one of the options for a choice,
 * a symbol-shaped text for a contract field.
 */
export function isValidInputText(key: InputKey, text: string): boolean {
  if (CONTRACT_KEYS.has(key)) return SYMBOL_TEXT.test(text);
  const choices = CHOICES[key];
  return choices === undefined || choices.includes(text);
}

/** True for a key RiskDesk knows (used when reading saved state and share links). */
export function isInputKey(key: string): key is InputKey {
  return Object.hasOwn(DEFAULT_INPUTS, key);
}

const MAX_USD = '1000000000';

export const RULES = {
  equity: { unit: 'usd', min: '0', minExclusive: true, max: MAX_USD },
  riskPercent: { unit: 'percent', min: '0', minExclusive: true, max: '100' },
  riskUsd: { unit: 'usd', min: '0', minExclusive: true, max: MAX_USD },
  maxMarginPct: { unit: 'percent', min: '0', minExclusive: true, max: '100' },
  maxOpenRiskPct: { unit: 'percent', min: '0', minExclusive: true, max: '100' },
  dailyLossLimit: { unit: 'usd', min: '0', minExclusive: true, max: MAX_USD },
  realizedPnl: { unit: 'usd', min: `-${MAX_USD}`, max: MAX_USD },
  price: { unit: 'plain', min: '0', minExclusive: true, max: '1000000' },
  stopTicks: { unit: 'plain', min: '1', max: '100000', integer: true },
  atr: { unit: 'plain', min: '0', minExclusive: true, max: '100000' },
  atrMultiplier: { unit: 'plain', min: '0', minExclusive: true, max: '20' },
  atrPeriod: { unit: 'plain', min: '1', max: '1000', integer: true },
  slippageTicks: { unit: 'plain', min: '0', max: '1000', integer: true },
  margin: { unit: 'usd', min: '0', minExclusive: true, max: '10000000' },
  commission: { unit: 'usd', min: '0', max: '1000' },
  quantity: { unit: 'plain', min: '1', max: '100000', integer: true },
  beta: { unit: 'plain', min: '0', minExclusive: true, max: '10' },
  legAtr: { unit: 'plain', min: '0', minExclusive: true, max: '100000' },
  maxPerLeg: { unit: 'plain', min: '1', max: '1000', integer: true },
  movePercent: { unit: 'percent', min: '-100', max: '100' },
  portfolioUsd: { unit: 'usd', min: '0', minExclusive: true, max: '100000000000' },
  etfLeverage: { unit: 'plain', min: '0', minExclusive: true, max: '5' },
  hedgeRatioPct: { unit: 'percent', min: '0', minExclusive: true, max: '200' },
  cashIndex: { unit: 'plain', min: '0', minExclusive: true, max: '1000000' },
  holdingDays: { unit: 'plain', min: '0', max: '365', integer: true },
  eventAtrMultiplier: { unit: 'plain', min: '0', minExclusive: true, max: '10' },
} as const satisfies Record<string, NumberRule>;
