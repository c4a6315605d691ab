/** The order ticket as text, for `Copy ticket`: one line a trader pastes into a journal or order notes. */
import type { ProductSpec } from '../products/registry';
import { formatPrice, formatUsd } from '../format';
import type { TradeTicket } from '../ticket';
import { signedTicks } from './words';

/**
 * The ticket as text to paste into a journal or a broker's order notes:
 * "BUY 4 M2KZ6 @ 2,000.0 · stop 1,990.0 (−100 ticks) · target 2,030.0 (+300 ticks) · risk $206.96".
 */
export function ticketText(ticket: TradeTicket, spec: ProductSpec): string {
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
