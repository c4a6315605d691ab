import { describe, expect, it } from 'vitest';
import { D } from '../decimal';
import { microUnitsToContracts, sizeMixGeneral, type LegCost } from './mix';

const leg = (risk: string, margin: string | null): LegCost => ({
  riskUsd: new D(risk),
  marginUsd: margin === null ? null : new D(margin),
});

describe('standard + micro mix, any ratio', () => {
  it.each<[string, LegCost, LegCost, number, string, string | null, [number, number, number, string]]>([
    // SI/SIL (1 : 5): 500a + 100b ≤ 1,250 and 10,000a + 2,000b ≤ 30,000. a = 0 → 12 SIL; a = 1 → 7; a = 2 → 2:
    // all 12 units; the tie goes to the fewest contracts, 2 SI + 2 SIL.
    [
      'SI/SIL, tie → fewer contracts',
      leg('500', '10000'),
      leg('100', '2000'),
      5,
      '1250',
      '30000',
      [2, 2, 12, 'risk'],
    ],
    // Same with a 21,000 cap: a = 0 → min(12, 10) = 10; a = 1 → min(7, 5) → 10; a = 2 → min(2, 0) → 10.
    // The budget alone would allow 12 units, so the margin binds.
    [
      'SI/SIL, the cap binds',
      leg('500', '10000'),
      leg('100', '2000'),
      5,
      '1250',
      '21000',
      [2, 0, 10, 'margin'],
    ],
    // 6E/M6E, stop 0.0023: 6E 46 ticks × $6.25 + 1 tick slippage $6.25 + 2 × $2.00 = $297.75; M6E 23 ticks ×
    // $1.25 + $1.25 + 2 × $0.35 = $30.70. Budget $600: 19 M6E (19 units), 1 6E + 9 M6E (19), 2 6E (20 units):
    // the standard is cheaper per unit, so the best is 2 6E.
    ['6E/M6E, unequal ticks', leg('297.75', null), leg('30.70', null), 10, '600', null, [2, 0, 20, 'risk']],
    // ES/MES (1 : 10), $700 and $70 a contract, budget $1,500: 21 units however split; fewest contracts is
    // 2 ES + 1 MES.
    ['ES/MES', leg('700', '16950'), leg('70', '1695'), 10, '1500', '100000', [2, 1, 21, 'risk']],
    [
      'budget below one micro',
      leg('700', '16950'),
      leg('70', '1695'),
      10,
      '69.99',
      '100000',
      [0, 0, 0, 'risk'],
    ],
  ])('%s', (_name, standard, micro, ratio, budget, cap, [a, b, units, binding]) => {
    const size = sizeMixGeneral(standard, micro, ratio, new D(budget), cap === null ? null : new D(cap));
    expect(size).toEqual({ standard: a, micro: b, exposureMicroUnits: units, binding });
  });

  it.each<[string, LegCost, LegCost, number, string | null]>([
    ['zero risk', leg('0', '100'), leg('10', '10'), 10, '1000'],
    ['ratio not whole', leg('100', '100'), leg('10', '10'), 2.5, '1000'],
    ['a cap without margins', leg('100', null), leg('10', '10'), 10, '1000'],
    ['a negative cap', leg('100', '100'), leg('10', '10'), 10, '-1'],
  ])('no contracts for %s', (_name, standard, micro, ratio, cap) => {
    const size = sizeMixGeneral(standard, micro, ratio, new D('500'), cap === null ? null : new D(cap));
    expect(size.exposureMicroUnits).toBe(0);
  });

  it.each([
    [23, 5, 4, 3],
    [23, 10, 2, 3],
    [9, 10, 0, 9],
  ])('%i micro units at 1 : %i = %i standards + %i micros', (units, ratio, standard, micro) => {
    expect(microUnitsToContracts(units, ratio)).toEqual({ standard, micro });
  });
});
