/**
 * The sized trade as an order ticket (`Copy ticket`): contract month, side, quantity, entry, stop and
 * target, the stop and target as tick offsets from entry (the way bracket orders are entered in
 * NinjaTrader ATM templates and most order tickets), and the dollar risk. Prices are on the contract's
 * grid already (the stop snapped away from entry by the sizer), so the offsets are whole ticks.
 */
import type { ProductSpec } from './products/registry';
import type { Dec } from './decimal';
import type { Side } from './positionSize';

export interface TicketLeg {
  /** Front-month code, e.g. "M2KZ6". */
  readonly code: string;
  readonly count: number;
}

export interface TradeTicket {
  readonly side: Side;
  readonly legs: readonly TicketLeg[];
  readonly entry: Dec;
  readonly stop: Dec;
  readonly target: Dec | null;
  /** Signed ticks from entry: −100 for a long's stop 10 points below on a 0.1 tick. */
  readonly stopTicks: number;
  readonly targetTicks: number | null;
  /** The whole position's risk to the stop, as the sizer shows it (rounded up to the cent). */
  readonly riskUsd: Dec;
}

/** Signed whole ticks from `entry` to `price` (both on the grid). */
export function ticksFrom(entry: Dec, price: Dec, tick: Dec): number {
  return price.minus(entry).div(tick).toNumber();
}

/** The ticket of a sized position. */
export function tradeTicket(
  spec: ProductSpec,
  position: {
    readonly side: Side;
    readonly legs: readonly TicketLeg[];
    readonly entry: Dec;
    readonly stop: Dec;
    readonly target: Dec | null;
  },
  riskUsd: Dec,
): TradeTicket {
  const { side, legs, entry, stop, target } = position;
  return {
    side,
    legs,
    entry,
    stop,
    target,
    stopTicks: ticksFrom(entry, stop, spec.tickPoints),
    targetTicks: target === null ? null : ticksFrom(entry, target, spec.tickPoints),
    riskUsd,
  };
}
