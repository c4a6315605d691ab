/**
 * Position sizing (DESIGN.md, "Conventions the numbers follow").
 *
 * - Risk per contract (USD) = |entry − stop| × multiplier + slippage ticks × tick value + 2 × commission per side.
 * - Risk budget (USD) = min(equity × risk % (or a fixed amount), max open risk − the book's open risk, what
 *   is left of the daily loss limit). What is left = limit − today's realized loss; a winning day does not
 *   extend the allowance. Room under the max open risk is never negative.
 * - Margin cap (USD) = max margin use % × equity − the margin the book already uses (never negative).
 * - Contracts = min(floor(budget ÷ risk per contract), floor(cap ÷ margin per contract)): rounds down.
 * - Standard + micro mix: the integer pair (standards, micros) that maximises exposure
 *   ratio·standards + micros (the pairing's own ratio: 10 for ES/MES, 5 for SI/SIL) within the budget and
 *   the cap; ties go to fewer contracts (more standards).
 */
import { ZERO, HUNDRED, type Dec } from './decimal';
import { microUnitsToContracts, sizeMixGeneral } from './products/mix';
import type { ProductPair, ProductSpec } from './products/registry';
import { contractsDown } from './rounding';

export type Side = 'long' | 'short';
export type BindingLimit = 'risk' | 'margin' | 'daily loss' | 'open risk';

/** Dollar risk of one contract stopped out: distance × multiplier + slippage on the stop fill + round-trip commission. */
export function riskPerContractUsd(
  spec: ProductSpec,
  entry: Dec,
  stop: Dec,
  slippageTicks: Dec,
  commissionPerSideUsd: Dec,
): Dec {
  return entry
    .minus(stop)
    .abs()
    .mul(spec.multiplierUsd)
    .plus(slippageTicks.mul(spec.tickValueUsd))
    .plus(commissionPerSideUsd.mul(2));
}

export type RiskAmount =
  { readonly kind: 'percent'; readonly percent: Dec } | { readonly kind: 'usd'; readonly usd: Dec };

export interface DailyLoss {
  /** The day's loss limit in USD (positive). */
  readonly limitUsd: Dec;
  /** Today's realized P&L in USD (negative for a loss). */
  readonly realizedPnlUsd: Dec;
}

/** The account's cap on the risk of all open positions together. */
export interface OpenRiskCap {
  /** Max open risk in USD (equity × max open risk %). */
  readonly maxUsd: Dec;
  /** The book's open risk now. */
  readonly usedUsd: Dec;
}

export type BudgetSource = 'risk' | 'open risk' | 'daily loss';

export interface RiskBudget {
  readonly budgetUsd: Dec;
  /** What the risk setting alone allows. */
  readonly fromRiskUsd: Dec;
  /** Room left under the max open risk, when one is set (never negative). */
  readonly openRoomUsd: Dec | null;
  /** What is left of the daily loss limit, when one is set. */
  readonly dailyLeftUsd: Dec | null;
  /** The smallest of the three; on a tie the risk setting, then the open risk. */
  readonly source: BudgetSource;
}

/** What is left of the daily loss limit after today's realized P&L; never negative, never above the limit. */
export function dailyLossLeftUsd(daily: DailyLoss): Dec {
  const lossSoFar = daily.realizedPnlUsd.isNegative() ? daily.realizedPnlUsd.neg() : ZERO;
  const left = daily.limitUsd.minus(lossSoFar);
  return left.isNegative() ? ZERO : left;
}

/**
 * The risk budget for one trade: equity × risk % (or fixed USD), capped by the room under the max open
 * risk and by the daily loss allowance.
 */
export function riskBudget(
  equityUsd: Dec,
  risk: RiskAmount,
  daily: DailyLoss | null,
  openRisk: OpenRiskCap | null = null,
): RiskBudget {
  const fromRiskUsd = risk.kind === 'percent' ? equityUsd.mul(risk.percent).div(HUNDRED) : risk.usd;
  const dailyLeftUsd = daily === null ? null : dailyLossLeftUsd(daily);
  const openRoomUsd = openRisk === null ? null : atLeastZero(openRisk.maxUsd.minus(openRisk.usedUsd));
  let budget: RiskBudget = { budgetUsd: fromRiskUsd, fromRiskUsd, openRoomUsd, dailyLeftUsd, source: 'risk' };
  if (openRoomUsd !== null && openRoomUsd.lt(budget.budgetUsd)) {
    budget = { ...budget, budgetUsd: openRoomUsd, source: 'open risk' };
  }
  if (dailyLeftUsd !== null && dailyLeftUsd.lt(budget.budgetUsd)) {
    budget = { ...budget, budgetUsd: dailyLeftUsd, source: 'daily loss' };
  }
  return budget;
}

/** Zero for a negative amount: an allowance already used up leaves nothing, not a negative budget. */
function atLeastZero(amount: Dec): Dec {
  return amount.isNegative() ? ZERO : amount;
}

/** Equity × a percentage: the max margin use, the max open risk. */
export function percentOfUsd(equityUsd: Dec, percent: Dec): Dec {
  return equityUsd.mul(percent).div(HUNDRED);
}

/**
 * The most margin (on the chosen basis) a new position may use: equity × max margin use % less what the
 * book already uses, never negative.
 */
export function marginCapUsd(equityUsd: Dec, maxMarginPercent: Dec, bookMarginUsd: Dec = ZERO): Dec {
  return atLeastZero(percentOfUsd(equityUsd, maxMarginPercent).minus(bookMarginUsd));
}

/** One contract's cost to hold: its risk if stopped and its margin. */
export interface ContractCost {
  readonly spec: ProductSpec;
  readonly riskUsd: Dec;
  readonly marginUsd: Dec;
}

export interface SizedLeg {
  readonly spec: ProductSpec;
  readonly count: number;
}

export interface SizeResult {
  /** The legs of the position (one leg, or mini then micro). */
  readonly legs: readonly SizedLeg[];
  /** Which limit decides the size. */
  readonly binding: BindingLimit;
}

/** floor(amount ÷ cost) as a whole number ≥ 0 (cost > 0). */
function wholeUnits(amountUsd: Dec, costUsd: Dec): number {
  if (amountUsd.isNegative()) return 0;
  return contractsDown(amountUsd.div(costUsd)).toNumber();
}

/** Contracts of one symbol within the budget and the margin cap. Costs must be > 0. */
export function sizeSingle(
  cost: ContractCost,
  budgetUsd: Dec,
  capUsd: Dec,
  budgetSource: BudgetSource,
): SizeResult {
  const byRisk = wholeUnits(budgetUsd, cost.riskUsd);
  const byMargin = wholeUnits(capUsd, cost.marginUsd);
  return {
    legs: [{ spec: cost.spec, count: Math.min(byRisk, byMargin) }],
    binding: byMargin < byRisk ? 'margin' : budgetSource,
  };
}

/**
 * The standard + micro pair with the most exposure within the budget and the margin cap (ties → fewer
 * contracts), for the pairing's own ratio (products/mix.ts, exact); all costs must be > 0.
 */
export function sizeMix(
  pair: ProductPair,
  standard: ContractCost,
  micro: ContractCost,
  budgetUsd: Dec,
  capUsd: Dec,
  budgetSource: BudgetSource,
): SizeResult {
  const mix = sizeMixGeneral(standard, micro, pair.ratio, budgetUsd, capUsd);
  return {
    legs: [
      { spec: standard.spec, count: mix.standard },
      { spec: micro.spec, count: mix.micro },
    ],
    binding: mix.binding === 'margin' ? 'margin' : budgetSource,
  };
}

/** Σ count × per-contract figure over the legs. */
export function sumOverLegs(legs: readonly SizedLeg[], perContract: (spec: ProductSpec) => Dec): Dec {
  return legs.reduce((sum, leg) => sum.plus(perContract(leg.spec).mul(leg.count)), ZERO);
}

/** A number of micro units as the fewest contracts: standards (`ratio` units each) + micros. */
export function microUnitsToLegs(pair: ProductPair, units: number): SizedLeg[] {
  const { standard, micro } = microUnitsToContracts(units, pair.ratio);
  return [
    { spec: pair.standard, count: standard },
    { spec: pair.micro, count: micro },
  ];
}

/** Notional (USD) = price × multiplier × contracts. */
export function notionalUsd(price: Dec, spec: ProductSpec, contracts: Dec): Dec {
  return price.mul(spec.multiplierUsd).mul(contracts);
}

/** Leverage as a ratio x : 1 (notional ÷ base); null when the base is zero. */
export function leverageRatio(notional: Dec, base: Dec): Dec | null {
  return base.isZero() ? null : notional.div(base);
}

/** Reward-to-risk in points: |target − entry| ÷ |entry − stop|. */
export function rewardToRisk(entry: Dec, stop: Dec, target: Dec): Dec {
  return target.minus(entry).abs().div(entry.minus(stop).abs());
}

/** Reward-to-risk after costs: (reward × multiplier − round-trip commission) ÷ risk per contract. */
export function netRewardToRisk(
  spec: ProductSpec,
  entry: Dec,
  target: Dec,
  commissionPerSideUsd: Dec,
  riskUsd: Dec,
): Dec {
  return target.minus(entry).abs().mul(spec.multiplierUsd).minus(commissionPerSideUsd.mul(2)).div(riskUsd);
}
