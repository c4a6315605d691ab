/**
 * The worked examples of issue 6 ("the account as a whole"), run through the whole desk computation and
 * compared as the trader sees them.
 */
import { describe, expect, it } from 'vitest';
import { bookRow as row, deskWith } from '../support/desk';

const NO_COSTS = {
  slippageTicks: '0',
  'M2K.commission': '0',
  'RTY.commission': '0',
} as const;

describe('stress from the mark', () => {
  it('a limit-down move on an outright long is a loss from the mark, not a gain from an old entry', () => {
    const { stress } = deskWith({ equity: '25,000', 'stress.RTY.reference': '2385.0' }, [
      row('p1', 'M2K', 'long', '10', '2000.0'),
    ]);
    // 7 % limit = 2,385.0 − floor_to_tick(0.07 × 2,385.0 = 166.95) = 2,385.0 − 166.9 = 2,218.1
    expect(stress.levels.RTY?.limit7).toBe('2,218.1');
    // (2,218.1 − 2,385.0) × $5 × 10 = −$8,345.00; equity after 25,000 − 8,345 = 16,655
    expect(stress.scenarios['7%']).toMatchObject({ pnl: '-$8,345.00', equity: '$16,655.00' });
  });

  it('shows each row’s open P&L at its family’s mark, informational only', () => {
    const { outputs, bookRows } = deskWith({ equity: '25,000', 'stress.RTY.reference': '2385.0' }, [
      row('p1', 'M2K', 'long', '10', '2000.0'),
      row('p2', 'RTY', 'short', '1', '2400.0'),
    ]);
    // M2K: (2,385 − 2,000) × 5 × 10 = +19,250; RTY short: −(2,385 − 2,400) × 50 = +750
    expect(bookRows.get('p1')?.openPnl).toBe('+$19,250.00');
    expect(bookRows.get('p2')?.openPnl).toBe('+$750.00');
    expect(outputs.bookOpenPnl).toBe('+$20,000.00');
    expect(outputs.accountEquity).toBe('$25,000.00');
  });

  it('lets each family move by its own custom move (small caps −10 %, large caps −6 %)', () => {
    const { stress } = deskWith(
      {
        equity: '100,000',
        'stress.RTY.reference': '2000.0',
        'stress.ES.reference': '5800.00',
        'stress.RTY.customMove': '-10',
        'stress.ES.customMove': '-6',
      },
      [row('p1', 'M2K', 'long', '29', '2000.0'), row('p2', 'MES', 'short', '10', '5800.00')],
    );
    // M2K: −200.0 × 5 × 29 = −29,000; MES short: 0.06 × 5,800 = 348.00 → +348 × 5 × 10 = +17,400
    expect(stress.scenarios.custom.pnl).toBe('-$11,600.00');
  });
});

describe('the book feeds the sizer', () => {
  it('caps the sizer by the margin the book already uses', () => {
    const { outputs } = deskWith(
      {
        ...NO_COSTS,
        equity: '25,000',
        maxMarginPct: '20',
        riskPerTrade: '1',
        'RTY.initial': '2000',
        'M2K.initial': '900',
        symbol: 'M2K',
        entry: '2000.0',
        stopPrice: '1990.0',
      },
      [row('p1', 'RTY', 'long', '1', '2000.0')],
    );
    // Margin in use $2,000 = 8 % of $25,000. Risk: $250 ÷ $50 = 5; margin: (5,000 − 2,000) ÷ 900 = 3.33 → 3.
    expect(outputs.marginInUse).toBe('$2,000.00');
    expect(outputs.marginInUseNote).toBe('8.00% of equity · max 20.00%');
    expect(outputs.contracts).toBe('3 M2K');
    expect(outputs.bindingLimit).toBe('margin');
    expect(outputs.sizingNote).toBe(
      'The book already uses $2,000.00 of margin; $3,000.00 is left under the cap.',
    );
  });

  const openRiskAccount = { ...NO_COSTS, equity: '25,000', riskPerTrade: '1.5', maxOpenRiskPct: '2' };
  const rtyWithStop = [row('p1', 'RTY', 'long', '1', '2000.0', '1995.0')];

  it('caps the risk budget by the room left under the max open risk', () => {
    const { outputs, bookRows } = deskWith(openRiskAccount, rtyWithStop);
    // Open risk 5 × $50 = $250; max open risk 2 % = $500 → room $250 < risk per trade $375.
    expect(bookRows.get('p1')?.risk).toBe('$250.00');
    expect(outputs.openRisk).toBe('$250.00');
    expect(outputs.riskBudget).toBe('$250.00');
    // Before a trade is sized, the binding limit is the one that sets the budget.
    expect(outputs.bindingLimit).toBe('open risk');
  });

  it('sizes a trade within the open-risk room', () => {
    const { outputs } = deskWith(
      { ...openRiskAccount, 'RTY.initial': '2000', entry: '2000.0', stopPrice: '1990.0' },
      rtyWithStop,
    );
    // $250 ÷ $50 per M2K = 5; margin (5,000 − 2,000) ÷ 892 = 3.36 would allow only 3, so margin binds…
    expect(outputs.contracts).toBe('3 M2K');
    expect(outputs.bindingLimit).toBe('margin');
    // …and with room for the margin, the open risk binds.
    const roomy = deskWith(
      { ...openRiskAccount, 'RTY.initial': '2000', maxMarginPct: '40', entry: '2000.0', stopPrice: '1990.0' },
      rtyWithStop,
    ).outputs;
    expect(roomy.contracts).toBe('5 M2K');
    expect(roomy.bindingLimit).toBe('open risk');
  });

  it('names the rows whose risk is not counted', () => {
    const { outputs } = deskWith({ ...NO_COSTS, equity: '25,000', maxOpenRiskPct: '2' }, [
      row('p1', 'RTY', 'long', '1', '2000.0', '1995.0'),
      row('p2', 'M2K', 'long', '3', '2000.0'),
    ]);
    expect(outputs.openRisk).toBe('$250.00');
    expect(outputs.openRiskNote).toBe('of $500.00 max; not counted: Position 2 has no stop');
  });
});

describe('defects seen through the UI', () => {
  it('names each leg of a mini + micro mix', () => {
    const { outputs } = deskWith({ symbol: 'NQ', mix: 'true', entry: '21000.00', stopPrice: '20950.00' });
    // NQ: 50 × 20 + 1 tick × $5 + 2 × $2.25 = $1,009.50; MNQ: 50 × 2 + $0.50 + 2 × $0.62 = $101.74
    expect(outputs.riskPerContract).toBe('NQ $1,009.50 · MNQ $101.74');
    expect(outputs.frontMonth).toBe('NQZ6 · MNQZ6');
  });

  it('refuses an ATR so small that the stop lands on the entry', () => {
    const { outputs, fieldErrors } = deskWith({
      entry: '2000.0',
      stopMethod: 'atr',
      atr: `0.${'0'.repeat(40)}1`,
    });
    expect(fieldErrors.atr).toBe('2.5 × this ATR puts the stop on the entry: the stop equals the entry.');
    expect(outputs.rewardToRisk).toBe('—');
    expect(outputs.stopAt).toBe('—');
  });

  it('warns when a maintenance margin is above the initial margin, and still uses it', () => {
    const { fieldWarnings, fieldErrors } = deskWith({ 'M2K.maintenance': '1000' });
    expect(fieldErrors['M2K.maintenance']).toBeUndefined();
    expect(fieldWarnings['M2K.maintenance']).toBe(
      'Above the M2K initial margin ($892.00): maintenance is normally lower (initial = 110% of it). Check the figures.',
    );
  });

  it.each([
    ['M2K.initial', 'abc', 'No size: M2K initial margin is not a number.'],
    ['M2K.commission', '', 'No size: M2K commission is empty.'],
  ])('names an invalid %s in the sizer’s note', (key, text, note) => {
    const { outputs } = deskWith({ entry: '2000.0', stopPrice: '1990.0', [key]: text });
    expect(outputs.contracts).toBe('—');
    expect(outputs.sizingNote).toBe(note);
  });
});
