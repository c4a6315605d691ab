import { describe, expect, it } from 'vitest';
import { D } from './decimal';
import { deskWith } from '../../tests/support/desk';
import type { InputKey } from './inputs';
import { bestMatches } from './spread';

const desk = (overrides: Partial<Record<InputKey, string>>) => deskWith(overrides);
const m2kMes = { spreadLongPrice: '2000', spreadShortPrice: '5800' };

describe('spread planner', () => {
  it('RTY at 2,000 against ES at 5,800: 0.3448 ES per RTY', () => {
    expect(desk({ spreadLongLeg: 'RTY', spreadShortLeg: 'ES', ...m2kMes }).outputs.spreadHedgeRatio).toBe(
      '0.3448',
    );
  });

  it('reports the mismatch of an inexact match in dollars and percent', () => {
    // 10 M2K = $100,000; 100,000 ÷ 29,000 = 3.45 → 3 MES = $87,000; $13,000 under-hedged = 13.00 %.
    expect(desk({ ...m2kMes, spreadLongQty: '10' }).outputs).toMatchObject({
      spreadShortPosition: '3 MES',
      spreadShortNotional: '$87,000.00',
      spreadMismatch: '+$13,000.00',
      spreadMismatchPct: '+13.00%',
    });
  });

  it('beta method: short notional = β × long notional', () => {
    // β 1.2 × $100,000 = $120,000 → 4.14 MES → 4 MES = $116,000, $4,000 short of target (3.33 %).
    expect(
      desk({ ...m2kMes, spreadLongQty: '10', spreadMethod: 'beta', spreadBeta: '1.2' }).outputs,
    ).toMatchObject({
      spreadHedgeRatio: '0.4138',
      spreadShortPosition: '4 MES',
      spreadMismatch: '+$4,000.00',
      spreadMismatchPct: '+3.33%',
    });
  });

  it('volatility method: equal dollar ATR on both legs', () => {
    // M2K ATR 30 × $5 = $150, MES ATR 70 × $5 = $350 → 0.4286 MES per M2K; 10 M2K → 4.29 → 4 MES.
    const { outputs, fieldErrors } = desk({
      ...m2kMes,
      spreadLongQty: '10',
      spreadMethod: 'volatility',
      spreadLongAtr: '30',
      spreadShortAtr: '70',
    });
    expect(fieldErrors).toEqual({});
    expect(outputs).toMatchObject({ spreadHedgeRatio: '0.4286', spreadShortPosition: '4 MES' });
  });

  it.each([
    [{ spreadLongQty: '10' }, 'Target short notional $100,000.00 (the long notional)'],
    [
      { spreadLongQty: '10', spreadMethod: 'beta', spreadBeta: '1.2' },
      'Target short notional $120,000.00 (β × the long notional)',
    ],
    // $150 against $350 of dollar ATR per contract: 10 × 150 ÷ 350 × $29,000 = $124,285.71
    [
      { spreadLongQty: '10', spreadMethod: 'volatility', spreadLongAtr: '30', spreadShortAtr: '70' },
      'Target short notional $124,285.71 (equal dollar ATR)',
    ],
  ])('names the target the mismatch is measured against: %j', (overrides, note) => {
    expect(desk({ ...m2kMes, ...overrides }).outputs.spreadMismatchNote).toBe(note);
  });

  it('plans no spread to add while no short contract matches', () => {
    // 1 M2K ($10,000) against ES at 5,800 ($290,000): the nearest short position is 0 ES.
    const result = desk({ ...m2kMes, spreadShortLeg: 'ES', spreadLongQty: '1' });
    expect(result.outputs.spreadShortPosition).toBe('0 ES');
    expect(result.plannedSpread).toBeNull();
    expect(
      desk({ ...m2kMes, spreadLongQty: '29' }).plannedSpread?.shortLegs.map(
        (l) => `${l.count} ${l.spec.symbol}`,
      ),
    ).toEqual(['10 MES']);
  });

  it('may use the short leg’s mini + micro mix', () => {
    // 29 M2K → 10 MES exactly → 1 ES with the mix.
    expect(desk({ ...m2kMes, spreadLongQty: '29', spreadMixShort: 'true' }).outputs.spreadShortPosition).toBe(
      '1 ES',
    );
    // 40 M2K → 13.79 MES → 14 MES → 1 ES + 4 MES.
    expect(desk({ ...m2kMes, spreadLongQty: '40', spreadMixShort: 'true' }).outputs.spreadShortPosition).toBe(
      '1 ES + 4 MES',
    );
  });

  it('prices the scenario: small caps move by one %, large caps by another', () => {
    // 29 M2K long: 290,000 × −2 % = −5,800; 10 MES short: −(290,000 × −1 %) = +2,900.
    expect(
      desk({ ...m2kMes, spreadLongQty: '29', spreadSmallMove: '-2', spreadLargeMove: '-1' }).outputs
        .spreadPnl,
    ).toBe('-$2,900.00');
  });

  it('asks for the fields each method needs', () => {
    const { outputs, fieldErrors } = desk({ ...m2kMes, spreadMethod: 'beta', spreadBeta: '0' });
    expect(fieldErrors.spreadBeta).toBe('Enter a number greater than 0 and at most 10.');
    expect(outputs.spreadHedgeRatio).toBe('—');
    expect(desk({ ...m2kMes, spreadShortPrice: '5800.1' }).fieldErrors.spreadShortPrice).toBe(
      '5800.1 is not on the MES tick grid (tick 0.25): use 5,800.00 or 5,800.25.',
    );
  });
});

describe('best matches', () => {
  it('ranks by mismatch, then by the smaller size, leaving out multiples of a listed pair', () => {
    const rows = bestMatches(new D(10000), new D(29000), 60, 4);
    expect(rows.map((r) => `${r.longQty}:${r.shortQty} ${r.mismatchPercent.toFixed(4)}`)).toEqual([
      '29:10 0.0000',
      '55:19 0.1818',
      '32:11 0.3125',
      '26:9 0.3846',
    ]);
  });
});
