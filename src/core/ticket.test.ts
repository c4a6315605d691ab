import { describe, expect, it } from 'vitest';
import { CONTRACTS } from './contracts';
import { D } from './decimal';
import { ticketText } from './present/presentTicket';
import { tradeTicket } from './ticket';

describe('the trade ticket', () => {
  it('gives stop and target in ticks from entry (M2K long 4 @ 2,000.0, stop 1,990.0, target 2,030.0)', () => {
    const ticket = tradeTicket(
      CONTRACTS.M2K,
      {
        side: 'long',
        legs: [{ code: 'M2KZ6', count: 4 }],
        entry: new D('2000.0'),
        stop: new D('1990.0'),
        target: new D('2030.0'),
      },
      new D('206.96'),
    );
    // (1,990.0 − 2,000.0) ÷ 0.1 = −100; (2,030.0 − 2,000.0) ÷ 0.1 = +300
    expect(ticket.stopTicks).toBe(-100);
    expect(ticket.targetTicks).toBe(300);
    expect(ticketText(ticket, CONTRACTS.M2K)).toBe(
      'BUY 4 M2KZ6 @ 2,000.0 · stop 1,990.0 (−100 ticks) · target 2,030.0 (+300 ticks) · risk $206.96',
    );
  });

  it('mirrors a short, names each leg of a mix, and leaves out a missing target', () => {
    const ticket = tradeTicket(
      CONTRACTS.ES,
      {
        side: 'short',
        legs: [
          { code: 'ESZ6', count: 1 },
          { code: 'MESZ6', count: 3 },
        ],
        entry: new D('5800.00'),
        stop: new D('5812.50'),
        target: null,
      },
      new D('828.75'),
    );
    // (5,812.50 − 5,800.00) ÷ 0.25 = +50
    expect(ticket.stopTicks).toBe(50);
    expect(ticketText(ticket, CONTRACTS.ES)).toBe(
      'SELL 1 ESZ6 + 3 MESZ6 @ 5,800.00 · stop 5,812.50 (+50 ticks) · risk $828.75',
    );
  });
});
