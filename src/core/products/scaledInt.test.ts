import { describe, expect, it } from 'vitest';
import { D } from '../decimal';
import {
  atScale,
  floorDiv,
  fromScaled,
  percentNearest,
  stopRiskScaled,
  toScaled,
  wholeUnitsDown,
  type ScaledProductFigures,
} from './scaledInt';

const s = (text: string) => toScaled(new D(text));
const figures = (tick: string, multiplier: string): ScaledProductFigures => ({
  tick: s(tick),
  multiplier: s(multiplier),
  tickValue: toScaled(new D(tick).mul(multiplier)),
});

describe('scaled integers', () => {
  it.each([
    ['1234.625', 1234625n, 3],
    ['-0.05', -5n, 2],
    ['70', 70n, 0],
    ['0.00005', 5n, 5],
  ])('%s reads as %s ÷ 10^%i and back', (text, int, decimals) => {
    expect(s(text)).toEqual({ int, decimals });
    expect(fromScaled(s(text)).toFixed()).toBe(new D(text).toFixed());
  });

  it('aligns scales and floors toward −∞', () => {
    expect(atScale(s('1.5'), 3)).toBe(1500n);
    expect(floorDiv(7n, 2n)).toBe(3n);
    expect(floorDiv(-7n, 2n)).toBe(-4n);
    expect(floorDiv(7n, -2n)).toBe(-4n);
    expect(floorDiv(-6n, 2n)).toBe(-3n);
  });

  it.each([
    ['75', '70', 1],
    ['150', '70', 2],
    ['140', '70', 2], // exactly two fit
    ['69.99', '70', 0],
    ['1000', '0.625', 1600],
    ['-5', '1', 0],
  ])('⌊%s ÷ %s⌋ = %i (whole units, rounded down)', (amount, cost, expected) => {
    expect(wholeUnitsDown(s(amount), s(cost))).toBe(expected);
  });

  it.each([
    ['100', '5000', '2.000000'],
    ['100', '5037', '1.985309'], // 1.98530871…, half up at 6 decimals
    ['1', '3', '33.333333'],
    ['2', '3', '66.666667'],
  ])('%s of %s is %s %%', (part, whole, expected) => {
    expect(percentNearest(new D(part), new D(whole)).toFixed(6)).toBe(expected);
  });
});

describe('the stop rule on scaled integers', () => {
  it.each<[string, string, string, 'long' | 'short', string, string, string, string, string, string]>([
    // MCL long 71.37 − 1.03325 = 70.33675 → 70.33: 1.04 × $100 + 1 × $1 + 2 × $0.62 = $106.24.
    ['0.01', '100', '71.37', 'long', '1.03325', '1', '0.62', '70.33', '1.04', '106.24'],
    ['0.01', '100', '71.37', 'short', '1.03325', '1', '0.62', '72.41', '1.04', '106.24'],
    // On the grid already: unchanged.
    ['0.25', '5', '5800.00', 'long', '14.00', '0', '0', '5786', '14', '70'],
    // 6E short: 1.08623 → 1.08625; 0.00125 × 125,000 + 2 × 6.25 (2 ticks) + 2 × 2.25 = 156.25 + 12.5 + 4.5.
    ['0.00005', '125000', '1.08500', 'short', '0.00123', '2', '2.25', '1.08625', '0.00125', '173.25'],
    // M6B tick value $0.625: 30 ticks 0.0030 × 6,250 = 18.75 + 1 × 0.625 + 2 × 0.35 = 20.075.
    ['0.0001', '6250', '1.2700', 'long', '0.0030', '1', '0.35', '1.267', '0.003', '20.075'],
  ])(
    'tick %s × $%s: %s %s, distance %s',
    (tick, multiplier, price, side, distance, slip, fee, stop, gap, risk) => {
      const result = stopRiskScaled(figures(tick, multiplier), side, s(price), s(distance), s(slip), s(fee));
      expect(result === null ? null : fromScaled(result.stop).toFixed()).toBe(stop);
      expect(result === null ? null : fromScaled(result.distance).toFixed()).toBe(gap);
      expect(result === null ? null : fromScaled(result.risk).toFixed()).toBe(risk);
    },
  );

  it('no stop for a distance that is not > 0', () => {
    expect(stopRiskScaled(figures('0.25', '5'), 'long', s('5800'), s('0'), s('0'), s('0'))).toBeNull();
  });
});
