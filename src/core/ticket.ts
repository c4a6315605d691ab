/**
 * The sized trade as an order ticket (`Copy ticket`): contract month, side, quantity, entry, stop and
 * target, the stop and target as tick offsets from entry (the way bracket orders are entered in
 * NinjaTrader ATM templates and most order tickets), and the dollar risk. Prices are on the contract's
 * grid already (the stop snapped away from entry by the sizer), so the offsets are whole ticks.
 */
import type { ContractSpec } from './contracts';
import type { Dec } from './decimal';
import { formatPrice, formatUsd } from './format';
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
  spec: ContractSpec,
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

function signedTicks(ticks: number): string {
  return `${ticks > 0 ? '+' : ticks < 0 ? '−' : ''}${Math.abs(ticks).toLocaleString('en-US')} ticks`;
}

/**
 * The ticket as text to paste into a journal or a broker's order notes:
 * "BUY 4 M2KZ6 @ 2,000.0 · stop 1,990.0 (−100 ticks) · target 2,030.0 (+300 ticks) · risk $206.96".
 */
export function ticketText(ticket: TradeTicket, spec: ContractSpec): string {
  const verb = ticket.side === 'long' ? 'BUY' : 'SELL';
  const legs = ticket.legs.map((leg) => `${leg.count} ${leg.code}`).join(' + ');
  const parts = [
    `${verb} ${legs} @ ${formatPrice(ticket.entry, spec)}`,
    `stop ${formatPrice(ticket.stop, spec)} (${signedTicks(ticket.stopTicks)})`,
  ];
  if (ticket.target !== null && ticket.targetTicks !== null) {
    parts.push(`target ${formatPrice(ticket.target, spec)} (${signedTicks(ticket.targetTicks)})`);
  }
  parts.push(`risk ${formatUsd(ticket.riskUsd)}`);
  return parts.join(' · ');
}
