/**
 * The tick grid: every futures price is a whole number of ticks. Typed prices must lie on the grid;
 * computed prices snap to it in the direction that is safe for the trader:
 * - a stop moves away from entry (more distance, more risk per contract, fewer contracts),
 * - a price-limit offset rounds down to the tick (CME's rule, FACTS.md).
 * (Targets are typed, never computed, so none is snapped.)
 */
import { ROUND_CEIL, ROUND_FLOOR, type Dec } from './decimal';

/** True when `price` is a whole number of `tick`s. */
export function isOnTickGrid(price: Dec, tick: Dec): boolean {
  return price.mod(tick).isZero();
}

/** Largest grid price ≤ `price` (rounds toward −∞). */
export function floorToTick(price: Dec, tick: Dec): Dec {
  return price.div(tick).toDecimalPlaces(0, ROUND_FLOOR).mul(tick);
}

/** Smallest grid price ≥ `price` (rounds toward +∞). */
export function ceilToTick(price: Dec, tick: Dec): Dec {
  return price.div(tick).toDecimalPlaces(0, ROUND_CEIL).mul(tick);
}

/** The two grid prices around an off-grid price: [below, above]. */
export function nearestGridPrices(price: Dec, tick: Dec): [Dec, Dec] {
  return [floorToTick(price, tick), ceilToTick(price, tick)];
}

/**
 * Snaps a computed stop onto the grid away from entry: down for a long's stop (below entry), up for a
 * short's stop (above entry). A stop already on the grid is unchanged.
 */
export function snapStopAwayFromEntry(stop: Dec, side: 'long' | 'short', tick: Dec): Dec {
  return side === 'long' ? floorToTick(stop, tick) : ceilToTick(stop, tick);
}

/** Ticks → points. */
export function ticksToPoints(ticks: Dec, tick: Dec): Dec {
  return ticks.mul(tick);
}
