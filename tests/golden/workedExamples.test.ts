/**
 * The worked examples of shared/FACTS.md and DESIGN.md, run through the whole desk computation and
 * compared as the trader sees them.
 */
import { describe, expect, it } from 'vitest';
import { computeDesk } from '../../src/core/desk';
import { DEFAULT_INPUTS, type InputKey } from '../../src/core/inputs';
import { CONTRACTS } from '../../src/core/contracts';
import { D } from '../../src/core/decimal';
import { notionalUsd } from '../../src/core/positionSize';

const today = { year: 2026, month: 11, day: 21 };
const desk = (overrides: Partial<Record<InputKey, string>>) =>
  computeDesk({ ...DEFAULT_INPUTS, ...overrides }, { today, studyBars: null }).outputs;

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
    const atr = { entry: '2000', stopMethod: 'atr', atr: '18.25' } as const;
    expect(desk({ ...atr, atrMultiplier: '2.5' }).stopAt).toBe('1,954.3'); // 2000 − 45.625 = 1954.375 → 1954.3
    expect(desk({ ...atr, atrMultiplier: '3.0' }).stopAt).toBe('1,945.2'); // 2000 − 54.75 = 1945.25 → 1945.2
  });
});
