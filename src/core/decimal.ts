/**
 * The one configured Decimal constructor. Every price, money amount and ratio in core is a `Dec` built
 * from a string (or an integer), never from a float that has already lost digits.
 *
 * Precision 40 significant digits covers any account size times any multiplier without rounding;
 * explicit roundings live in named functions (see `rounding.ts`), never in the constructor.
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -20,
  toExpPos: 40,
});

export type Dec = InstanceType<typeof D>;

export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);

/** Rounding modes re-exported so that nothing outside this file imports decimal.js. */
export const ROUND_DOWN = Decimal.ROUND_DOWN;
export const ROUND_CEIL = Decimal.ROUND_CEIL;
export const ROUND_FLOOR = Decimal.ROUND_FLOOR;
export const ROUND_HALF_UP = Decimal.ROUND_HALF_UP;

/** Converts to a float for a chart; a non-finite result (never expected) becomes null so charts skip it. */
export function decToChartNumber(value: Dec): number | null {
  const n = value.toNumber();
  return Number.isFinite(n) ? n : null;
}
