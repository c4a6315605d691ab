/**
 * The trade sizer: from the account strip, the contract, entry and stop (a price, a tick distance or
 * k × ATR), costs and margins to the position and what it risks, costs in margin and leverages.
 * Formulas in positionSize.ts; every figure is for the whole position unless its name says per contract.
 */
import type { AccountLimits } from './account';
import { costFieldName } from './book';
import { CONTRACTS, type ContractSpec, familyPair } from './contracts';
import { HUNDRED, ONE, ROUND_DOWN, ZERO, type Dec } from './decimal';
import { formatIsoDate, frontMonth, type CalendarDate } from './calendar';
import { fieldReader, type FieldReader } from './fields';
import { formatContracts, formatPrice, formatRatio, formatUsd, NO_VALUE } from './format';
import {
  costKey,
  RISK_MODES,
  RULES,
  SIDES,
  STOP_METHODS,
  type InputKey,
  type MarginBasis,
  type RiskMode,
  type StopMethod,
} from './inputs';
import {
  leverageRatio,
  marginCapUsd,
  netRewardToRisk,
  notionalUsd,
  rewardToRisk,
  riskPerContractUsd,
  sizeMix,
  sizeSingle,
  sumOverLegs,
  type ContractCost,
  type Side,
  type SizedLeg,
} from './positionSize';
import { usdCentsDown, usdCentsNearest, usdCentsUp } from './rounding';
import { snapStopAwayFromEntry, ticksToPoints } from './tickGrid';

/** A type (not an interface) so that it is a plain record of strings. */
export type SizerOutputs = {
  contracts: string;
  totalRisk: string;
  riskPerContract: string;
  stopAt: string;
  targetAt: string;
  rewardToRisk: string;
  netRewardToRisk: string;
  notional: string;
  accountLeverage: string;
  marginLeverage: string;
  marginRequired: string;
  bindingLimit: string;
  frontMonth: string;
  lastTradingDay: string;
  rollDate: string;
  /** "27 days to expiry". */
  expiryNote: string;
  /** A sentence explaining the size when nothing fits, or what binds; empty when there is nothing to say. */
  sizingNote: string;
};

/** The sized position, for "Add to book". */
export interface SizedPosition {
  readonly side: Side;
  readonly entry: Dec;
  readonly stop: Dec;
  readonly legs: readonly SizedLeg[];
}

export interface SizerResult {
  readonly outputs: SizerOutputs;
  readonly position: SizedPosition | null;
}

export interface SizerEnv {
  /** Today on the trader's calendar; null until the app has read its clock (calendar figures show "—"). */
  readonly today: CalendarDate | null;
}

const EMPTY_OUTPUTS: SizerOutputs = {
  contracts: NO_VALUE,
  totalRisk: NO_VALUE,
  riskPerContract: NO_VALUE,
  stopAt: NO_VALUE,
  targetAt: NO_VALUE,
  rewardToRisk: NO_VALUE,
  netRewardToRisk: NO_VALUE,
  notional: NO_VALUE,
  accountLeverage: NO_VALUE,
  marginLeverage: NO_VALUE,
  marginRequired: NO_VALUE,
  bindingLimit: NO_VALUE,
  frontMonth: NO_VALUE,
  lastTradingDay: NO_VALUE,
  rollDate: NO_VALUE,
  expiryNote: '',
  sizingNote: '',
};

/**
 * The risk-per-trade text in the other unit, so that switching between % of equity and fixed dollars keeps
 * the same budget: % → $ rounds down to the cent, $ → % down to 4 decimals (never a larger budget).
 * Null when equity or the current risk text is not a valid number (the text is then left as typed).
 */
export function convertRiskText(texts: Readonly<Record<InputKey, string>>, toMode: RiskMode): string | null {
  const read = fieldReader(texts);
  const equity = read.number('equity', RULES.equity);
  const fromMode = read.choice('riskMode', RISK_MODES);
  if (equity === null || fromMode === null || fromMode === toMode) return null;
  const risk = read.number('riskPerTrade', fromMode === 'percent' ? RULES.riskPercent : RULES.riskUsd);
  if (risk === null) return null;
  return toMode === 'usd'
    ? usdCentsDown(equity.mul(risk).div(HUNDRED)).toString()
    : risk.div(equity).mul(HUNDRED).toDecimalPlaces(4, ROUND_DOWN).toString();
}

/** The stop price from the chosen method, validated (on the grid, on the loss side, above zero). */
function readStop(
  read: FieldReader<InputKey>,
  method: StopMethod,
  side: Side,
  entry: Dec | null,
  spec: ContractSpec,
): Dec | null {
  const sideWord = side === 'long' ? 'below' : 'above';
  if (method === 'price') {
    const stop = read.price('stopPrice', RULES.price, spec);
    if (stop === null || entry === null) return null;
    if (stop.eq(entry)) {
      read.fail('stopPrice', 'The stop equals the entry price: there is no distance to risk.');
      return null;
    }
    if (side === 'long' ? stop.gt(entry) : stop.lt(entry)) {
      read.fail(
        'stopPrice',
        `For a ${side}, the stop must be ${sideWord} the entry price (${formatPrice(entry, spec)}).`,
      );
      return null;
    }
    return stop;
  }
  if (method === 'ticks') {
    const ticks = read.number('stopTicks', RULES.stopTicks);
    if (ticks === null || entry === null) return null;
    const distance = ticksToPoints(ticks, spec.tickPoints);
    const stop = side === 'long' ? entry.minus(distance) : entry.plus(distance);
    if (stop.lte(0)) {
      read.fail(
        'stopTicks',
        `A stop ${ticks.toString()} ticks ${sideWord} ${formatPrice(entry, spec)} would be at or below zero.`,
      );
      return null;
    }
    return stop;
  }
  const atr = read.number('atr', RULES.atr);
  const multiplier = read.number('atrMultiplier', RULES.atrMultiplier);
  if (atr === null || multiplier === null || entry === null) return null;
  const distance = atr.mul(multiplier);
  const raw = side === 'long' ? entry.minus(distance) : entry.plus(distance);
  const stop = snapStopAwayFromEntry(raw, side, spec.tickPoints);
  // An ATR far below one tick can vanish in the arithmetic: the stop then sits on the entry.
  if (stop.eq(entry)) {
    read.fail(
      'atr',
      `${multiplier.toString()} × this ATR puts the stop on the entry: the stop equals the entry.`,
    );
    return null;
  }
  if (stop.lte(0)) {
    read.fail(
      'atr',
      `${multiplier.toString()} × ATR ${sideWord} ${formatPrice(entry, spec)} would put the stop at or below zero.`,
    );
    return null;
  }
  return stop;
}

/** "RTY $759.50 · M2K $76.74": one figure per leg of a mini + micro mix. */
function perLeg(costs: readonly ContractCost[], figure: (cost: ContractCost) => string): string {
  return costs.map((cost) => `${cost.spec.symbol} ${figure(cost)}`).join(' · ');
}

/** Why a contract's cost field has no value, in words for the sizer's note ("M2K commission is empty"). */
function costProblems(
  read: FieldReader<InputKey>,
  held: readonly ContractSpec[],
  basis: MarginBasis,
): string[] {
  const problems: string[] = [];
  for (const s of held) {
    for (const [field, rule] of [
      [basis, RULES.margin],
      ['commission', RULES.commission],
    ] as const) {
      const problem = read.problem(costKey(s.symbol, field), rule);
      if (problem !== null) problems.push(`${costFieldName(s.symbol, field)} ${problem}`);
    }
  }
  return problems;
}

/** Computes the sizer panel's figures. Never throws; fields with problems get messages via `read`. */
export function computeSizer(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  limits: AccountLimits,
  env: SizerEnv,
): SizerResult {
  const outputs: SizerOutputs = { ...EMPTY_OUTPUTS };
  // Until a trade is sized, the binding limit is the one that sets the risk budget.
  if (limits.budget !== null) outputs.bindingLimit = limits.budget.source;
  const none = { outputs, position: null };
  const symbol = read.symbol('symbol');
  const side = read.choice('side', SIDES);
  const method = read.choice('stopMethod', STOP_METHODS);
  const { basis } = limits;
  if (symbol === null || side === null || method === null || basis === null) return none;
  const spec = CONTRACTS[symbol];
  const mix = texts.mix === 'true';
  const { mini, micro } = familyPair(spec.family);
  const held = mix ? [mini, micro] : [spec];

  const { today } = env;
  if (today !== null) {
    const fronts = held.map((s) => frontMonth(s.symbol, today));
    const [front] = fronts;
    if (front !== undefined) {
      outputs.frontMonth = fronts.map((f) => f.code).join(' · ');
      outputs.lastTradingDay = formatIsoDate(front.lastTradingDay);
      outputs.rollDate = formatIsoDate(front.rollDate);
      outputs.expiryNote =
        front.daysToExpiry === 0
          ? 'expires today'
          : `${front.daysToExpiry} day${front.daysToExpiry === 1 ? '' : 's'} to expiry`;
    }
  }

  const entry = read.price('entry', RULES.price, spec);
  const stop = readStop(read, method, side, entry, spec);
  const slippageTicks = read.numberOr('slippageTicks', RULES.slippageTicks, ZERO);
  if (stop !== null) outputs.stopAt = formatPrice(stop, spec);
  const target = readTarget(read, side, entry, spec);
  if (target !== null) outputs.targetAt = formatPrice(target, spec);
  if (entry === null || stop === null) return none;
  if (target !== null) outputs.rewardToRisk = formatRatio(rewardToRisk(entry, stop, target));
  if (slippageTicks === null) return none;

  const problems = costProblems(read, held, basis);
  if (problems.length > 0) {
    outputs.sizingNote = `No size: ${problems.join('; ')}.`;
    return none;
  }
  const costs: ContractCost[] = held.map((s) => {
    const commission = read.number(costKey(s.symbol, 'commission'), RULES.commission) ?? ZERO;
    const margin = read.number(costKey(s.symbol, basis), RULES.margin) ?? ZERO;
    return {
      spec: s,
      riskUsd: riskPerContractUsd(s, entry, stop, slippageTicks, commission),
      marginUsd: margin,
    };
  });
  const selectedCost = costs.find((c) => c.spec.symbol === symbol);
  if (selectedCost === undefined) return none;
  outputs.riskPerContract = perLeg(costs, (c) => formatUsd(usdCentsUp(c.riskUsd)));
  if (costs.length === 1) outputs.riskPerContract = formatUsd(usdCentsUp(selectedCost.riskUsd));
  if (target !== null) {
    const commission = read.number(costKey(symbol, 'commission'), RULES.commission) ?? ZERO;
    outputs.netRewardToRisk = formatRatio(
      netRewardToRisk(spec, entry, target, commission, selectedCost.riskUsd),
    );
  }

  const { budget, bookMarginUsd, bookMarginProblems } = limits;
  const { equityUsd, maxMarginPercent } = limits.values;
  if (bookMarginUsd === null) {
    if (bookMarginProblems.length > 0) {
      outputs.sizingNote = `No size: the book's margin needs ${bookMarginProblems.join('; ')}.`;
    }
    return none;
  }
  if (equityUsd === null || budget === null || maxMarginPercent === null) return none;
  const capUsd = marginCapUsd(equityUsd, maxMarginPercent, bookMarginUsd);
  const [first, second] = costs;
  const size =
    first !== undefined && second !== undefined
      ? sizeMix(first, second, budget.budgetUsd, capUsd, budget.source)
      : sizeSingle(selectedCost, budget.budgetUsd, capUsd, budget.source);

  const costOf = (s: ContractSpec) => costs.find((c) => c.spec === s);
  const riskOf = (s: ContractSpec) => costOf(s)?.riskUsd ?? ZERO;
  const marginOfSpec = (s: ContractSpec) => costOf(s)?.marginUsd ?? ZERO;
  const notional = sumOverLegs(size.legs, (s) => notionalUsd(entry, s, ONE));
  const marginRequired = sumOverLegs(size.legs, marginOfSpec);
  const totalRisk = sumOverLegs(size.legs, riskOf);

  outputs.contracts = formatContracts(
    size.legs.map((leg) => ({ count: leg.count, symbol: leg.spec.symbol })),
    symbol,
  );
  outputs.totalRisk = formatUsd(usdCentsUp(totalRisk));
  outputs.notional = formatUsd(usdCentsNearest(notional));
  outputs.marginRequired = formatUsd(usdCentsUp(marginRequired));
  const accountLeverage = leverageRatio(notional, equityUsd);
  outputs.accountLeverage = accountLeverage === null ? NO_VALUE : formatRatio(accountLeverage);
  const marginLeverage = leverageRatio(notional, marginRequired);
  outputs.marginLeverage = marginLeverage === null ? NO_VALUE : formatRatio(marginLeverage);
  outputs.bindingLimit = size.binding;
  outputs.sizingNote = sizingNote(
    size.legs,
    size.binding,
    budget.budgetUsd,
    capUsd,
    selectedCost,
    bookMarginUsd,
  );
  return { outputs, position: { side, entry, stop, legs: size.legs.filter((leg) => leg.count > 0) } };
}

function readTarget(
  read: FieldReader<InputKey>,
  side: Side,
  entry: Dec | null,
  spec: ContractSpec,
): Dec | null {
  const target = read.price('target', RULES.price, spec);
  if (target === null || entry === null) return null;
  if (side === 'long' ? target.lte(entry) : target.gte(entry)) {
    read.fail(
      'target',
      `For a ${side}, the target must be ${side === 'long' ? 'above' : 'below'} the entry price (${formatPrice(entry, spec)}).`,
    );
    return null;
  }
  return target;
}

function sizingNote(
  legs: readonly SizedLeg[],
  binding: string,
  budgetUsd: Dec,
  capUsd: Dec,
  selected: ContractCost,
  bookMarginUsd: Dec,
): string {
  const total = legs.reduce((n, leg) => n + leg.count, 0);
  const book = bookMarginUsd.isZero()
    ? ''
    : `The book already uses ${formatUsd(usdCentsUp(bookMarginUsd))} of margin; ${formatUsd(usdCentsDown(capUsd))} is left under the cap.`;
  if (total > 0) return book;
  let why: string;
  if (budgetUsd.isZero()) {
    why =
      binding === 'open risk'
        ? 'The max open risk is used up by the book: no new risk.'
        : binding === 'daily loss'
          ? 'The daily loss limit is used up: no new risk today.'
          : 'The risk budget is zero.';
  } else if (binding === 'margin') {
    why = `One ${selected.spec.symbol} needs ${formatUsd(usdCentsUp(selected.marginUsd))} of margin; ${formatUsd(usdCentsDown(capUsd))} is left under the cap.`;
    return book === '' ? why : `${why} The book already uses ${formatUsd(usdCentsUp(bookMarginUsd))}.`;
  } else {
    why = `One ${selected.spec.symbol} risks ${formatUsd(usdCentsUp(selected.riskUsd))}, more than the ${formatUsd(usdCentsDown(budgetUsd))} budget.`;
  }
  return book === '' ? why : `${why} ${book}`;
}
