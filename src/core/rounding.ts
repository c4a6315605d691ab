/**
 * Every rounding RiskDesk applies to a money figure, named by direction and reason. Core computes at full
 * precision; these functions are used where a figure is shown or a whole number is needed. A figure core
 * returns for display is already rounded by one of them, so the presenter never picks a direction.
 */
import { ROUND_CEIL, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, type Dec } from './decimal';

/** Cents, rounded up: costs the trader must cover (risk, margin) are never shown smaller than they are. */
export function usdCentsUp(amount: Dec): Dec {
  return amount.toDecimalPlaces(2, ROUND_CEIL);
}

/** Cents, rounded down: allowances (risk budget, equity left) are never shown larger than they are. */
export function usdCentsDown(amount: Dec): Dec {
  return amount.toDecimalPlaces(2, ROUND_FLOOR);
}

/** Cents, half up: neutral figures (notional, P&L at a given price) that are exact to the cent anyway. */
export function usdCentsNearest(amount: Dec): Dec {
  return amount.toDecimalPlaces(2, ROUND_HALF_UP);
}

/** Whole contracts, rounded down: a size never exceeds what the budget or the margin cap allows. */
export function contractsDown(quantity: Dec): Dec {
  return quantity.toDecimalPlaces(0, ROUND_FLOOR);
}

/** A ratio or percentage to `places` decimals, half up: the figure as shown (leverage, R:R, a share in %). */
export function ratioNearest(ratio: Dec, places: number): Dec {
  return ratio.toDecimalPlaces(places, ROUND_HALF_UP);
}

/** A move toward zero to `places` decimals: the distance to a margin call is never overstated. */
export function towardZero(value: Dec, places: number): Dec {
  return value.toDecimalPlaces(places, ROUND_DOWN);
}

/**
 * The whole number n ≥ 0 for which n × unit is nearest to `amount` (unit > 0); on a tie the smaller n:
 * a hedge or a spread leg is never made bigger than it needs to be. Compared exactly (no rounding of
 * amount ÷ unit decides the answer), so 29 × 10,000 against 10 × 29,000 is an exact match.
 */
export function nearestWholeUnits(amount: Dec, unit: Dec): number {
  if (amount.lte(0)) return 0;
  const below = amount.div(unit).toDecimalPlaces(0, ROUND_FLOOR);
  const candidates = [below.minus(1), below, below.plus(1)].filter((n) => n.gte(0));
  let best = candidates[0] ?? below;
  for (const n of candidates) {
    const gap = amount.minus(n.mul(unit)).abs();
    const bestGap = amount.minus(best.mul(unit)).abs();
    if (gap.lt(bestGap) || (gap.eq(bestGap) && n.lt(best))) best = n;
  }
  return best.toNumber();
}
