/**
 * Position sizing (DESIGN.md, "Conventions the numbers follow").
 *
 * - Risk per contract (USD) = |entry − stop| × multiplier + slippage ticks × tick value + 2 × commission per side.
 * - Risk budget (USD) = min(equity × risk % (or a fixed amount), max open risk − the book's open risk, what
 *   is left of the daily loss limit). What is left = limit − today's realized loss; a winning day does not
 *   extend the allowance. Room under the max open risk is never negative.
 * - Margin cap (USD) = max margin use % × equity − the margin the book already uses (never negative).
 * - Contracts = min(floor(budget ÷ risk per contract), floor(cap ÷ margin per contract)): rounds down.
 * - Mini + micro mix: the integer pair (minis, micros) that maximises exposure 10·minis + micros within the
 *   budget and the cap; ties go to fewer contracts (more minis).
 */
import { D, ZERO, HUNDRED, type Dec } from './decimal';
import { familyPair, type ContractSpec, type FamilyRoot } from './contracts';
import { contractsDown } from './rounding';

export type Side = 'long' | 'short';
export type BindingLimit = 'risk' | 'margin' | 'daily loss' | 'open risk';

/** Dollar risk of one contract stopped out: distance × multiplier + slippage on the stop fill + round-trip commission. */
export function riskPerContractUsd(
  spec: ContractSpec,
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
  readonly spec: ContractSpec;
  readonly riskUsd: Dec;
  readonly marginUsd: Dec;
}

export interface SizedLeg {
  readonly spec: ContractSpec;
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

/** Micros that fit beside `minis` minis, or -1 when the minis alone do not fit. */
function microsBeside(
  minis: number,
  mini: ContractCost,
  micro: ContractCost,
  budgetUsd: Dec,
  capUsd: Dec | null,
): number {
  const n = new D(minis);
  const byRisk = budgetUsd.minus(n.mul(mini.riskUsd));
  if (byRisk.isNegative()) return -1;
  const risk = wholeUnits(byRisk, micro.riskUsd);
  if (capUsd === null) return risk;
  const byMargin = capUsd.minus(n.mul(mini.marginUsd));
  if (byMargin.isNegative()) return -1;
  return Math.min(risk, wholeUnits(byMargin, micro.marginUsd));
}

/**
 * The exact best mini + micro pair. Exposure in micro units, g(a) = 10a + min((B − a·rM)/rm, (C − a·mM)/mm),
 * is concave in the number of minis a, and the integer exposure is floor(g(a)); so the best exposure is at
 * an integer next to one of g's corners (0, the kink, the last feasible a), and the minis that reach it form
 * an interval whose right end (fewest contracts) a binary search finds. O(log n) decimal operations.
 */
function bestMix(
  mini: ContractCost,
  micro: ContractCost,
  budgetUsd: Dec,
  capUsd: Dec | null,
): { minis: number; micros: number } {
  const maxMinis = Math.min(
    wholeUnits(budgetUsd, mini.riskUsd),
    capUsd === null ? Number.MAX_SAFE_INTEGER : wholeUnits(capUsd, mini.marginUsd),
  );
  const exposure = (a: number) => 10 * a + microsBeside(a, mini, micro, budgetUsd, capUsd);
  const candidates = new Set([0, maxMinis]);
  if (capUsd !== null) {
    const slopeGap = mini.marginUsd.div(micro.marginUsd).minus(mini.riskUsd.div(micro.riskUsd));
    if (!slopeGap.isZero()) {
      const kink = capUsd.div(micro.marginUsd).minus(budgetUsd.div(micro.riskUsd)).div(slopeGap);
      for (const a of [kink.floor(), kink.ceil()]) {
        if (a.gte(0) && a.lte(maxMinis)) candidates.add(a.toNumber());
      }
    }
  }
  let best = 0;
  let bestExposure = exposure(0);
  for (const a of candidates) {
    const e = exposure(a);
    if (e > bestExposure || (e === bestExposure && a > best)) {
      best = a;
      bestExposure = e;
    }
  }
  let low = best;
  let high = maxMinis;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (exposure(mid) >= bestExposure) low = mid;
    else high = mid - 1;
  }
  return { minis: low, micros: microsBeside(low, mini, micro, budgetUsd, capUsd) };
}

/**
 * The mini + micro pair with the most exposure within the budget and the margin cap (ties → fewer contracts).
 * `mini` and `micro` are a 10 : 1 family pair; all costs must be > 0.
 */
export function sizeMix(
  mini: ContractCost,
  micro: ContractCost,
  budgetUsd: Dec,
  capUsd: Dec,
  budgetSource: BudgetSource,
): SizeResult {
  const chosen = bestMix(mini, micro, budgetUsd, capUsd);
  const unconstrained = bestMix(mini, micro, budgetUsd, null);
  const marginBinds = 10 * chosen.minis + chosen.micros < 10 * unconstrained.minis + unconstrained.micros;
  return {
    legs: [
      { spec: mini.spec, count: chosen.minis },
      { spec: micro.spec, count: chosen.micros },
    ],
    binding: marginBinds ? 'margin' : budgetSource,
  };
}

/** Σ count × per-contract figure over the legs. */
export function sumOverLegs(legs: readonly SizedLeg[], perContract: (spec: ContractSpec) => Dec): Dec {
  return legs.reduce((sum, leg) => sum.plus(perContract(leg.spec).mul(leg.count)), ZERO);
}

/** A number of micro units as the fewest contracts: E-minis (10 units each) + micros. */
export function microUnitsToLegs(family: FamilyRoot, units: number): SizedLeg[] {
  const { mini, micro } = familyPair(family);
  return [
    { spec: mini, count: Math.floor(units / 10) },
    { spec: micro, count: units % 10 },
  ];
}

/** Notional (USD) = price × multiplier × contracts. */
export function notionalUsd(price: Dec, spec: ContractSpec, contracts: Dec): Dec {
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
  spec: ContractSpec,
  entry: Dec,
  target: Dec,
  commissionPerSideUsd: Dec,
  riskUsd: Dec,
): Dec {
  return target.minus(entry).abs().mul(spec.multiplierUsd).minus(commissionPerSideUsd.mul(2)).div(riskUsd);
}
