/**
 * Bracket (OCO) with up to three targets: one stop for the whole position and 1–3 limit targets that
 * split it, the way a NinjaTrader ATM template is entered (offsets in ticks from entry).
 *
 * - Quantities: given per target (whole contracts ≥ 1, summing to the position) or split evenly:
 *   floor(position ÷ n) each, the remainder on the LAST target (issue 9).
 * - A target is a price (must lie on the tick grid, on the profit side) or an R multiple:
 *   entry ± R × |entry − stop| (the stop after snapping), snapped to the tick TOWARD entry (less reward
 *   promised, DESIGN.md).
 *   The stop is snapped AWAY from entry (more risk counted). Targets must not come nearer to entry
 *   than the target before them (target 1 is the first to fill, which the breakeven rule relies on).
 * - Risk per contract is the sizer's rule, `riskPerContractUsd` (|entry − stop| × multiplier + slippage
 *   ticks × tick value + 2 × commission per side); risk (USD) = position × risk per contract.
 * - A target is a limit order: it fills at its price, so no slippage is charged on it. P&L if it fills
 *   (USD) = qty × |target − entry| × multiplier − qty × 2 × commission per side.
 * - Reward to risk per target = that P&L per contract ÷ risk per contract (`netRewardToRisk`);
 *   blended R:R = Σ P&L if all fill ÷ risk of the whole position, i.e. the quantity-weighted mean of the
 *   per-target ratios, so it lies between the smallest and the largest of them.
 * - Worst case "stop first": the whole position stopped at the stop (−risk). Outcomes k = 0..n: the
 *   first k targets fill, then the rest is stopped, at the stop, or, with breakeven after target 1 and
 *   k ≥ 1, at entry, still paying stop slippage and commissions (the sizer's rule at zero distance).
 *
 * Everything is exact (Dec): grid prices times multipliers need no rounding; the presenter rounds money
 * with `usdCentsNearest` and ratios with `ratioNearest`. The `Copy bracket` text is left to the presenter:
 * this module returns the typed figures (ticks, prices, quantities) it needs.
 */
import { D, ZERO, type Dec } from '../decimal';
import { netRewardToRisk, riskPerContractUsd, type Side } from '../positionSize';
import { ceilToTick, floorToTick, isOnTickGrid, nearestGridPrices, snapStopAwayFromEntry } from '../tickGrid';
import type { PlanContract } from './planContract';

/**
 * The contract a bracket needs: the Plan figures plus whatever the sizer's `riskPerContractUsd` takes
 * (today the full `ContractSpec`). If that function is widened to a structural type, so is this one.
 */
export type BracketContract = PlanContract & Parameters<typeof riskPerContractUsd>[0];

/** At most this many targets. */
export const MAX_TARGETS = 3;

export type TargetNumber = 1 | 2 | 3;

/** A target as entered: a price, or a multiple of the stop distance. */
export type TargetSpec =
  { readonly kind: 'price'; readonly price: Dec } | { readonly kind: 'r'; readonly multiple: Dec };

export interface BracketInput {
  readonly contract: BracketContract;
  readonly side: Side;
  readonly entry: Dec;
  /** Typed or computed stop; snapped away from entry. */
  readonly stop: Dec;
  /** The sized position, whole contracts ≥ 1. */
  readonly quantity: number;
  /** 1 to 3 targets, nearest first. */
  readonly targets: readonly TargetSpec[];
  /** Contracts per target (same length as `targets`), or null for the even split. */
  readonly quantities: readonly number[] | null;
  readonly slippageTicks: Dec;
  readonly commissionPerSideUsd: Dec;
  /** Move the stop to entry once target 1 has filled. */
  readonly breakevenAfterTarget1: boolean;
}

export type BracketField = 'entry' | 'stop' | 'quantity' | 'targets' | 'quantities' | `target${TargetNumber}`;

/** A message per field; target messages are keyed `target1`…`target3`. */
export type BracketErrors = Partial<Record<BracketField, string>>;

export interface BracketLeg {
  readonly target: TargetNumber;
  /** The target price on the grid. */
  readonly price: Dec;
  /** True when an R target was moved onto the grid (toward entry). */
  readonly snapped: boolean;
  /** Whole ticks from entry in the trade's favour (positive). */
  readonly ticksFromEntry: number;
  readonly quantity: number;
  /** Per contract, after costs: (|target − entry| × multiplier − 2 × commission) ÷ risk per contract. */
  readonly rewardToRisk: Dec;
  /** USD if this target fills: qty × |target − entry| × multiplier − qty × 2 × commission per side. */
  readonly pnlIfFilledUsd: Dec;
  /** USD if this target's contracts are stopped first: −qty × risk per contract (≤ 0). */
  readonly stopFirstUsd: Dec;
}

/** The first `targetsFilled` targets fill, then the rest of the position is stopped. */
export interface BracketOutcome {
  readonly targetsFilled: number;
  /** Where the rest was stopped: at the stop, at entry (breakeven), or nothing was left. */
  readonly restStoppedAt: 'stop' | 'breakeven' | 'none';
  /** Total P&L of the position after costs, USD. */
  readonly pnlUsd: Dec;
}

export interface Bracket {
  readonly side: Side;
  readonly entry: Dec;
  /** The stop on the grid (snapped away from entry). */
  readonly stop: Dec;
  readonly stopSnapped: boolean;
  /** Whole ticks from entry in the trade's favour: negative (e.g. −100). */
  readonly stopTicksFromEntry: number;
  readonly quantity: number;
  readonly riskPerContractUsd: Dec;
  /** The whole position stopped: quantity × risk per contract (≥ 0). */
  readonly riskUsd: Dec;
  readonly legs: readonly BracketLeg[];
  /** Σ P&L if every target fills. */
  readonly rewardIfAllFillUsd: Dec;
  /** rewardIfAllFillUsd ÷ riskUsd. */
  readonly blendedRewardToRisk: Dec;
  /** Worst case, stop first: −riskUsd. */
  readonly stopFirstUsd: Dec;
  readonly breakevenAfterTarget1: boolean;
  /** k = 0 … number of targets; k = 0 is the stop first, the last one every target filled. */
  readonly outcomes: readonly BracketOutcome[];
}

export type BracketResult =
  | { readonly status: 'ok'; readonly bracket: Bracket }
  | { readonly status: 'error'; readonly errors: BracketErrors };

/**
 * The even split of `total` contracts over `parts` targets: floor(total ÷ parts) each, the remainder on
 * the last target (7 over 3 → 2, 2, 3). Null when there are fewer contracts than targets, or when an
 * argument is not a whole number in range (parts 1–3, total ≥ 1).
 */
export function splitQuantity(total: number, parts: number): readonly number[] | null {
  if (!Number.isSafeInteger(total) || !Number.isInteger(parts)) return null;
  if (parts < 1 || parts > MAX_TARGETS || total < parts) return null;
  const each = Math.floor(total / parts);
  const split = Array.from({ length: parts }, () => each);
  split[parts - 1] = total - each * (parts - 1);
  return split;
}

/**
 * Checks quantities typed per target: whole numbers ≥ 1, one per target, adding up to the position.
 * Returns the quantities or a message for the quantities field.
 */
export function checkQuantities(
  quantities: readonly number[],
  total: number,
  targets: number,
):
  | { readonly status: 'ok'; readonly quantities: readonly number[] }
  | {
      readonly status: 'error';
      readonly message: string;
    } {
  if (quantities.length !== targets) {
    return { status: 'error', message: `Give a quantity for each of the ${targets} targets.` };
  }
  const bad = quantities.findIndex((q) => !Number.isSafeInteger(q) || q < 1);
  if (bad >= 0) {
    return { status: 'error', message: `Target ${bad + 1} needs a whole number of contracts, at least 1.` };
  }
  const sum = quantities.reduce((a, q) => a + q, 0);
  if (sum !== total) {
    return {
      status: 'error',
      message: `The target quantities add up to ${sum}; the position is ${total} contract${total === 1 ? '' : 's'}.`,
    };
  }
  return { status: 'ok', quantities };
}

/**
 * Snaps a computed target onto the grid toward entry: down for a long's target (above entry), up for a
 * short's (below entry). Toward entry promises less reward, never more (DESIGN.md, tick grid).
 */
export function snapTargetTowardEntry(target: Dec, side: Side, tick: Dec): Dec {
  return side === 'long' ? floorToTick(target, tick) : ceilToTick(target, tick);
}

/** +1 for a long, −1 for a short: multiplies a price move into the trade's favour. */
function favour(side: Side): number {
  return side === 'long' ? 1 : -1;
}

/** A price written with as many decimals as the tick has (0.1 → 2010.0, 0.25 → 5800.25). */
function priceText(price: Dec, tick: Dec): string {
  return price.toFixed(tick.decimalPlaces());
}

/** Whole ticks from entry to `price` in the trade's favour; exact because both lie on the grid. */
function ticksInFavour(price: Dec, entry: Dec, side: Side, tick: Dec): number {
  return price.minus(entry).mul(favour(side)).div(tick).toNumber();
}

function resolveTarget(
  spec: TargetSpec,
  input: BracketInput,
  stop: Dec,
): { price: Dec; snapped: boolean } | { message: string } {
  const { side, entry, contract } = input;
  const tick = contract.tickPoints;
  if (spec.kind === 'r') {
    if (!spec.multiple.isFinite() || spec.multiple.lte(0)) {
      return { message: 'Enter an R multiple greater than 0.' };
    }
    const raw = entry.plus(entry.minus(stop).abs().mul(spec.multiple).mul(favour(side)));
    const price = snapTargetTowardEntry(raw, side, tick);
    if (price.eq(entry)) {
      return { message: `${spec.multiple.toString()} R is less than one tick from entry.` };
    }
    return { price, snapped: !price.eq(raw) };
  }
  const price = spec.price;
  if (!isOnTickGrid(price, tick)) {
    const [below, above] = nearestGridPrices(price, tick);
    return {
      message: `${price.toString()} is not on the ${contract.symbol} tick grid: use ${priceText(below, tick)} or ${priceText(above, tick)}.`,
    };
  }
  const inFavour = price.minus(entry).mul(favour(side));
  if (inFavour.lte(0)) {
    return {
      message: `A ${side} target must be ${side === 'long' ? 'above' : 'below'} entry (${priceText(entry, tick)}).`,
    };
  }
  return { price, snapped: false };
}

/** Computes the bracket, or a message per field when an input does not make a bracket. */
export function computeBracket(input: BracketInput): BracketResult {
  const { contract, side, entry, quantity, targets } = input;
  const tick = contract.tickPoints;
  const errors: BracketErrors = {};

  if (!entry.isFinite() || entry.lte(0)) errors.entry = 'Enter an entry price greater than 0.';
  else if (!isOnTickGrid(entry, tick)) {
    const [below, above] = nearestGridPrices(entry, tick);
    errors.entry = `${entry.toString()} is not on the ${contract.symbol} tick grid: use ${priceText(below, tick)} or ${priceText(above, tick)}.`;
  }
  const stop = snapStopAwayFromEntry(input.stop, side, tick);
  if (errors.entry === undefined) {
    if (!input.stop.isFinite() || stop.lte(0)) errors.stop = 'Enter a stop price greater than 0.';
    else if (stop.minus(entry).mul(favour(side)).gte(0)) {
      errors.stop = `A ${side} stop must be ${side === 'long' ? 'below' : 'above'} entry (${priceText(entry, tick)}).`;
    }
  }
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    errors.quantity = 'The position must be a whole number of contracts, at least 1.';
  }
  if (targets.length < 1 || targets.length > MAX_TARGETS) {
    errors.targets = `Enter 1 to ${MAX_TARGETS} targets.`;
  }
  if (Object.keys(errors).length > 0) return { status: 'error', errors };

  let quantities: readonly number[];
  if (input.quantities === null) {
    const split = splitQuantity(quantity, targets.length);
    if (split === null) {
      return {
        status: 'error',
        errors: {
          quantities: `${quantity} contract${quantity === 1 ? '' : 's'} cannot be split over ${targets.length} targets.`,
        },
      };
    }
    quantities = split;
  } else {
    const checked = checkQuantities(input.quantities, quantity, targets.length);
    if (checked.status === 'error') return { status: 'error', errors: { quantities: checked.message } };
    quantities = checked.quantities;
  }

  const prices: { price: Dec; snapped: boolean }[] = [];
  targets.forEach((spec, i) => {
    const key: BracketField = `target${(i + 1) as TargetNumber}`;
    const resolved = resolveTarget(spec, input, stop);
    if ('message' in resolved) {
      errors[key] = resolved.message;
      return;
    }
    const previous = prices[prices.length - 1];
    if (previous !== undefined && prices.length === i) {
      const nearer = resolved.price.minus(previous.price).mul(favour(side)).lt(0);
      if (nearer) {
        errors[key] =
          `Target ${i + 1} (${priceText(resolved.price, tick)}) is nearer to entry than target ${i} (${priceText(previous.price, tick)}).`;
      }
    }
    prices.push(resolved);
  });
  if (Object.keys(errors).length > 0) return { status: 'error', errors };

  const { slippageTicks, commissionPerSideUsd } = input;
  const perContractRisk = riskPerContractUsd(contract, entry, stop, slippageTicks, commissionPerSideUsd);
  const perContractAtEntry = riskPerContractUsd(contract, entry, entry, slippageTicks, commissionPerSideUsd);
  const riskUsd = perContractRisk.mul(quantity);

  const legs: BracketLeg[] = [];
  // Targets number at most MAX_TARGETS (checked above), so i + 1 is a TargetNumber.
  prices.forEach(({ price, snapped }, i) => {
    const qty = quantities[i] ?? 0;
    const rewardToRisk = netRewardToRisk(contract, entry, price, commissionPerSideUsd, perContractRisk);
    legs.push({
      target: (i + 1) as TargetNumber,
      price,
      snapped,
      ticksFromEntry: ticksInFavour(price, entry, side, tick),
      quantity: qty,
      rewardToRisk,
      pnlIfFilledUsd: price
        .minus(entry)
        .abs()
        .mul(contract.multiplierUsd)
        .minus(commissionPerSideUsd.mul(2))
        .mul(qty),
      stopFirstUsd: perContractRisk.mul(qty).neg(),
    });
  });

  const rewardIfAllFillUsd = legs.reduce((sum, leg) => sum.plus(leg.pnlIfFilledUsd), ZERO);
  const outcomes: BracketOutcome[] = [];
  let filledPnl = ZERO;
  let filledQty = 0;
  for (let k = 0; k <= legs.length; k++) {
    const leg = k > 0 ? legs[k - 1] : undefined;
    if (leg !== undefined) {
      filledPnl = filledPnl.plus(leg.pnlIfFilledUsd);
      filledQty += leg.quantity;
    }
    const rest = quantity - filledQty;
    const atBreakeven = input.breakevenAfterTarget1 && k >= 1;
    const restStoppedAt = rest === 0 ? 'none' : atBreakeven ? 'breakeven' : 'stop';
    const restLoss = new D(rest).mul(atBreakeven ? perContractAtEntry : perContractRisk);
    outcomes.push({ targetsFilled: k, restStoppedAt, pnlUsd: filledPnl.minus(restLoss) });
  }

  return {
    status: 'ok',
    bracket: {
      side,
      entry,
      stop,
      stopSnapped: !stop.eq(input.stop),
      stopTicksFromEntry: ticksInFavour(stop, entry, side, tick),
      quantity,
      riskPerContractUsd: perContractRisk,
      riskUsd,
      legs,
      rewardIfAllFillUsd,
      blendedRewardToRisk: rewardIfAllFillUsd.div(riskUsd),
      stopFirstUsd: riskUsd.neg(),
      breakevenAfterTarget1: input.breakevenAfterTarget1,
      outcomes,
    },
  };
}
