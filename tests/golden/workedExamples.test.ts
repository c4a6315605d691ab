/**
 * The worked examples of shared/FACTS.md, DESIGN.md and the issues, run through the whole desk computation
 * and compared as the trader sees them; price-limit levels worked by hand from FACTS.md's rule.
 */
import { describe, expect, it } from 'vitest';
import type { InputKey } from '../../src/core/inputs';
import { deskWith } from '../support/desk';
import { CONTRACTS } from '../../src/core/contracts';
import { D } from '../../src/core/decimal';
import { notionalUsd } from '../../src/core/positionSize';
import type { BookRow } from '../../src/core/book';
import { limitOffset } from '../../src/core/stress';

const result = deskWith;
const desk = (overrides: Partial<Record<InputKey, string>>) => deskWith(overrides).outputs;

describe('worked examples (FACTS.md)', () => {
  it.each([
    ['5000', '$75.00'],
    ['7500', '$112.50'],
  ])('risk 1.5 %% of $%s = %s', (equity, budget) => {
    expect(desk({ equity, riskPerTrade: '1.5' }).riskBudget).toBe(budget);
  });

  it('M2K at 2,000 is $10,000 notional; on $715 margin that is 13.99 : 1', () => {
    const outputs = desk({ equity: '10000', entry: '2000', stopPrice: '1990', 'M2K.initial': '715' });
    expect(outputs).toMatchObject({
      contracts: '1 M2K',
      notional: '$10,000.00',
      marginRequired: '$715.00',
      marginLeverage: '13.99 : 1',
    });
  });

  it('RTY at 2,000 is $100,000 and ES at 5,800 is $290,000 notional', () => {
    expect(notionalUsd(new D(2000), CONTRACTS.RTY, new D(1)).toString()).toBe('100000');
    expect(notionalUsd(new D(5800), CONTRACTS.ES, new D(1)).toString()).toBe('290000');
  });

  it('29 M2K at 2,000 and 10 MES at 5,800 are both $290,000', () => {
    expect(
      notionalUsd(new D(2000), CONTRACTS.M2K, new D(29)).eq(
        notionalUsd(new D(5800), CONTRACTS.MES, new D(10)),
      ),
    ).toBe(true);
  });

  it('a long ATR stop sits at entry − 2.5 × ATR (3.0 × around FOMC), snapped away from entry', () => {
    const atr = { entry: '2000', stopMethod: 'atr', atr: '18.25', stop: '' } as const;
    expect(desk({ ...atr, atrMultiplier: '2.5' }).stopAt).toBe('1,954.3'); // 2000 − 45.625 = 1954.375 → 1954.3
    expect(desk({ ...atr, atrMultiplier: '3.0' }).stopAt).toBe('1,945.2'); // 2000 − 54.75 = 1945.25 → 1945.2
  });
});

describe('spread and hedge examples (issue 3)', () => {
  it('RTY at 2,000 against ES at 5,800: 0.3448 ES per RTY', () => {
    expect(
      desk({ spreadLongLeg: 'RTY', spreadShortLeg: 'ES', spreadLongPrice: '2000', spreadShortPrice: '5800' })
        .spreadHedgeRatio,
    ).toBe('0.3448');
  });

  it('29 M2K at 2,000 against 10 MES at 5,800 is an exact dollar-neutral match', () => {
    const { outputs, bestMatches } = result({
      spreadLongPrice: '2000',
      spreadShortPrice: '5800',
      spreadLongQty: '29',
    });
    expect(outputs).toMatchObject({
      spreadHedgeRatio: '0.3448',
      spreadShortPosition: '10 MES',
      spreadLongNotional: '$290,000.00',
      spreadShortNotional: '$290,000.00',
      spreadMismatch: '$0.00',
      spreadMismatchPct: '0.00%',
      spreadBestMatch: '29 M2K : 10 MES',
    });
    expect(bestMatches[0]).toEqual({ text: '29 M2K : 10 MES', mismatch: '0.00%' });
  });

  it('$250,000 at β 1.2, 40 % hedge, RTY at 2,000 → 1 RTY + 2 M2K', () => {
    expect(
      desk({
        hedgeValue: '250,000',
        hedgeBeta: '1.2',
        hedgeRatioPct: '40',
        hedgeSymbol: 'RTY',
        hedgePrice: '2000',
      }),
    ).toMatchObject({
      hedgePosition: '1 RTY + 2 M2K',
      hedgedBetaDollars: '$120,000.00',
      unhedgedBetaDollars: '$180,000.00',
    });
  });
});

describe('price limits worked by hand: level = reference − floor_to_tick(p × cash index close)', () => {
  it.each([
    // Russell: 7 % × 1,995.37 = 139.6759 → 139.6; 13 % → 259.3981 → 259.3; 20 % → 399.074 → 399.0
    ['0.07', '1995.37', '0.1', '139.6'],
    ['0.13', '1995.37', '0.1', '259.3'],
    ['0.20', '1995.37', '0.1', '399'],
    // S&P: 7 % × 5,790.12 = 405.3084 → 405.25; 13 % → 752.7156 → 752.50; 20 % → 1,158.024 → 1,158.00
    ['0.07', '5790.12', '0.25', '405.25'],
    ['0.13', '5790.12', '0.25', '752.5'],
    ['0.20', '5790.12', '0.25', '1158'],
  ])('%s × %s on a %s tick rounds down to %s', (fraction, cash, tick, offset) => {
    expect(limitOffset(new D(fraction), new D(cash), new D(tick)).toString()).toBe(offset);
  });

  it('Russell 2000: reference 2,000.0, cash close 1,995.37', () => {
    const book: BookRow[] = [
      { id: 'p1', symbol: 'M2K', side: 'long', quantity: '10', entry: '2000', stop: '' },
    ];
    expect(
      result({ 'stress.RTY.reference': '2000', 'stress.RTY.cash': '1995.37' }, book).stress.levels.RTY,
    ).toEqual({
      limit7: '1,860.4',
      limit13: '1,740.7',
      limit20: '1,601.0',
      overnightLow: '1,860.4',
      overnightHigh: '2,139.6',
      mark: '2,000.0',
      fromBook: false,
      approximate: false,
    });
  });

  it('S&P 500: reference 5,800.00, cash close 5,790.12', () => {
    const book: BookRow[] = [
      { id: 'p1', symbol: 'MES', side: 'short', quantity: '2', entry: '5800', stop: '' },
    ];
    expect(
      result({ 'stress.ES.reference': '5800', 'stress.ES.cash': '5790.12' }, book).stress.levels.ES,
    ).toEqual({
      limit7: '5,394.75',
      limit13: '5,047.50',
      limit20: '4,642.00',
      overnightLow: '5,394.75',
      overnightHigh: '6,205.25',
      mark: '5,800.00',
      fromBook: false,
      approximate: false,
    });
  });
});
