/**
 * Contracts as data, through the whole desk: metals, energy, currencies and a custom contract in the sizer,
 * the spread, the hedge and the stress, worked by hand from the CME specs (FACTS.md). Each example is
 * chosen so that a 10 : 1 or shared-tick assumption would give a different answer.
 */
import { describe, expect, it } from 'vitest';
import type { CustomProductRow } from '../../src/core/products/deskRegistry';
import { CONTRACTS } from '../../src/core/contracts';
import { noLimitsText } from '../../src/core/present/presentStress';
import { bookRow, deskWith } from '../support/desk';

describe('the sizer on the registry', () => {
  it('MCL: 0.60 × $100 + 1 tick $1 + 2 × $0.62 = $62.24 a contract; $250 buys 4 (CME margin $583)', () => {
    const { outputs } = deskWith({ symbol: 'MCL', entry: '71.00', stopPrice: '70.40' });
    expect(outputs).toMatchObject({
      contracts: '4 MCL',
      riskPerContract: '$62.24',
      totalRisk: '$248.96',
      marginRequired: '$2,332.00',
      notional: '$28,400.00',
      // CL F7 ends 3 business days before the business day preceding Fri 25 Dec: Mon 21 Dec; MCL one earlier.
      frontMonth: 'MCLF7',
      lastTradingDay: '2026-12-18',
    });
  });

  it('MGC without a margin: no size, and the note names the field', () => {
    const { outputs } = deskWith({ symbol: 'MGC', entry: '2400.0', stopPrice: '2394.0' });
    expect(outputs.contracts).toBe('—');
    expect(outputs.sizingNote).toBe('No size: MGC initial margin is empty.');
  });

  it('SI + SIL mix at 1 : 5: nine SIL beat one SI + two SIL (7 units); at 10 : 1 the SI would win', () => {
    // SIL 30.000 → 29.900: 0.1 × $1,000 + $5 + $1.24 = $106.24; SI: $500 + $25 + $4.50 = $529.50.
    // Budget 1 % of $100,000 = $1,000; cap 20 % = $20,000. a = 1 SI ($16,000 margin) leaves $4,000 → 2 SIL:
    // 5 + 2 = 7 units; a = 0 → min(9 by risk, 10 by margin) = 9 SIL.
    const { outputs } = deskWith({
      equity: '100000',
      symbol: 'SIL',
      mix: 'true',
      entry: '30.000',
      stopPrice: '29.900',
      'SI.initial': '16000',
      'SIL.initial': '2000',
    });
    expect(outputs.contracts).toBe('9 SIL');
    expect(outputs.riskPerContract).toBe('SI $529.50 · SIL $106.24');
  });

  it('a custom contract sizes like a built-in: $50 a point, tick 0.25 → 3 at $64.50, ticket by symbol', () => {
    const custom: CustomProductRow = {
      id: 'c1',
      symbol: 'XAB',
      name: 'Test contract',
      pointValue: '50',
      tick: '0.25',
      pairsWith: '',
      ratio: '',
      initial: '1000',
      maintenance: '900',
      dayTrade: '',
      commission: '1',
    };
    const { outputs, figures } = deskWith({ symbol: 'XAB', entry: '100.00', stopPrice: '99.00' }, [], {
      customProducts: [custom],
    });
    expect(outputs).toMatchObject({ contracts: '3 XAB', totalRisk: '$193.50', frontMonth: '—' });
    expect(figures.sizer.ticket?.legs).toEqual([{ code: 'XAB', count: 3 }]);
    // Without the definition the symbol is refused at the field.
    const without = deskWith({ symbol: 'XAB', entry: '100.00', stopPrice: '99.00' });
    expect(without.figures.fieldErrors.symbol).toMatch(/^Unknown contract "XAB"/);
  });
});

describe('spread and hedge through the pairing', () => {
  it('hedging $150,000 with SI at 30.000: 5 SIL units = 1 SI (1 : 5), not 5 SIL', () => {
    const { outputs } = deskWith({
      hedgeValue: '150000',
      hedgeBeta: '1',
      hedgeEtfLeverage: '1',
      hedgeRatioPct: '100',
      hedgeSymbol: 'SI',
      hedgePrice: '30.000',
    });
    expect(outputs.hedgePosition).toBe('1 SI');
    expect(outputs.hedgedBetaDollars).toBe('$150,000.00');
  });

  it('2 RTY against 6E at 1.10000 with the mix: $200,000 ÷ $13,750 = 14.55 → 15 M6E units = 1 6E + 5 M6E', () => {
    const { outputs } = deskWith({
      spreadLongLeg: 'RTY',
      spreadShortLeg: '6E',
      spreadLongPrice: '2000.0',
      spreadShortPrice: '1.10000',
      spreadLongQty: '2',
      spreadMixShort: 'true',
    });
    expect(outputs.spreadShortPosition).toBe('1 6E + 5 M6E');
    expect(outputs.spreadShortNotional).toBe('$206,250.00');
  });
});

describe('stress without price limits', () => {
  const goldBook = [bookRow('p1', 'GC', 'long', '1', '2400.0')];
  const margins = { 'GC.initial': '20000', 'GC.maintenance': '18000' };

  it('GC has no limit levels: the limit rows stay empty and the panel says why', () => {
    const { view, figures } = deskWith(margins, goldBook);
    expect(figures.stress.levels.GC?.limits).toBeNull();
    expect(view.stress.levels.GC).toMatchObject({ limit7: '—', mark: '2,400.0' });
    expect(view.stress.scenarios['7%'].pnl).toBe('—');
    expect(noLimitsText(CONTRACTS.GC)).toBe(
      "No daily price limit: CME's dynamic circuit breakers pause trading, they do not cap the move. Stressed with custom moves only.",
    );
    expect(noLimitsText(CONTRACTS.M6E)).toBe(
      'No price limits on CME FX futures. Stressed with custom moves only.',
    );
    expect(noLimitsText(CONTRACTS.M2K)).toBe('');
  });

  it('a −5 % custom move: 2,400.0 − 120.0 = 2,280.0 → −$12,000.00, a margin call', () => {
    const { view } = deskWith({ ...margins, stressCustomMove: '-5' }, goldBook);
    expect(view.stress.scenarios.custom).toEqual({
      pnl: '-$12,000.00',
      equity: '$13,000.00',
      excess: '-$5,000.00',
      call: 'Yes',
    });
  });

  it('with M2K beside GC, the 7 % row moves the index only', () => {
    const book = [...goldBook, bookRow('p2', 'M2K', 'long', '10', '2000.0')];
    const { view } = deskWith({ ...margins, 'stress.RTY.reference': '2000.0' }, book);
    // RTY 7 % from 2,000.0: 140.0 points × $5 × 10 = −$7,000.00; GC stays at its mark.
    expect(view.stress.scenarios['7%'].pnl).toBe('-$7,000.00');
  });
});
