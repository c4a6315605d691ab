/**
 * Issue 7's trade ticket and price ladder through the whole desk: the worked example of the sizer
 * (M2K long, entry 2,000.0, stop 1,990.0, target 2,030.0, default costs).
 */
import { describe, expect, it } from 'vitest';
import { bookRow as row, deskWith } from '../support/desk';

const TRADE = { entry: '2000.0', stopPrice: '1990.0', target: '2030.0' } as const;

describe('the trade ticket', () => {
  it('gives the front month, quantity, stop and target in ticks and the risk', () => {
    // 4 M2K; risk 4 × $51.74 = $206.96; stop 10 points = 100 ticks below, target 30 points = 300 above.
    expect(deskWith(TRADE).outputs.ticket).toBe(
      'BUY 4 M2KZ6 @ 2,000.0 · stop 1,990.0 (−100 ticks) · target 2,030.0 (+300 ticks) · risk $206.96',
    );
  });

  it('names both legs of a mix, each with its own front month', () => {
    // RTY 10 × $50 + $5 slippage + 2 × $2.25 = $509.50; 9 M2K × $51.74 = $465.66; together $975.16.
    expect(deskWith({ ...TRADE, equity: '100,000', mix: 'true' }).outputs.ticket).toBe(
      'BUY 1 RTYZ6 + 9 M2KZ6 @ 2,000.0 · stop 1,990.0 (−100 ticks) · target 2,030.0 (+300 ticks) · risk $975.16',
    );
  });

  it('is empty while nothing is sized', () => {
    expect(deskWith({ entry: '2000.0' }).outputs.ticket).toBe('');
  });
});

describe('the price ladder', () => {
  it('puts target, entry and stop on one scale with the reward and the risk beside them', () => {
    // Reward 4 × (30 × $5 − 2 × $0.62) = 4 × $148.76 = $595.04.
    expect(deskWith(TRADE).view.ladder.map((r) => [r.label, r.price, r.amount, r.position])).toEqual([
      ['Target', '2,030.0', 'reward $595.04', 0],
      ['Entry', '2,000.0', '', 0.75],
      ['Stop', '1,990.0', 'risk $206.96', 1],
    ]);
  });

  it('adds the limit-down levels once the family’s mark is known', () => {
    const { view } = deskWith({ ...TRADE, 'stress.RTY.reference': '2000.0', 'stress.RTY.cash': '1995.37' }, [
      row('p1', 'M2K', 'long', '1', '2000.0'),
    ]);
    expect(view.ladder.map((r) => `${r.label} ${r.price}`)).toEqual([
      'Target 2,030.0',
      'Entry 2,000.0',
      'Stop 1,990.0',
      '−7 % limit 1,860.4',
      '−13 % limit 1,740.7',
      '−20 % limit 1,601.0',
    ]);
  });
});
