import { describe, expect, it } from 'vitest';
import { isValidAtrPeriod, latestAtr, trueRanges, wilderAtrSeries } from './atr';

const f64 = (values: readonly number[]): Float64Array => Float64Array.from(values);

// Prices chosen so every true range is a whole number and each ATR step is exact in float64.
//            bar:   0    1    2    3    4    5
const high = f64([110, 112, 115, 118, 120, 121]);
const low = f64([100, 110, 111, 112, 113, 119]);
const close = f64([105, 111, 114, 113, 119, 120]);
// TR1 = max(2, |112−105| = 7, |110−105| = 5) = 7   (gap up: the previous close counts)
// TR2 = max(4, |115−111| = 4, |111−111| = 0) = 4
// TR3 = max(6, |118−114| = 4, |112−114| = 2) = 6
// TR4 = max(7, |120−113| = 7, |113−113| = 0) = 7
// TR5 = max(2, |121−119| = 2, |119−119| = 0) = 2
const expectedTrueRanges = [Number.NaN, 7, 4, 6, 7, 2];

describe('trueRanges', () => {
  it('is NaN at bar 0 and max(H−L, |H−C₋₁|, |L−C₋₁|) after it', () => {
    expect(Array.from(trueRanges(high, low, close))).toEqual(expectedTrueRanges);
  });

  it.each([
    ['a gap down below the previous low', [50, 40], [45, 30], [48, 35], 18], // |30 − 48|
    ['a gap up above the previous high', [50, 70], [45, 65], [48, 68], 22], // |70 − 48|
    ['an inside bar', [50, 49], [40, 45], [45, 47], 4], // H − L
  ])('uses the previous close on %s', (_name, h, l, c, tr1) => {
    expect(trueRanges(f64(h), f64(l), f64(c))[1]).toBe(tr1);
  });

  it('has the length of the shortest input', () => {
    expect(trueRanges(f64([2, 3, 4]), f64([1, 2]), f64([1.5, 2.5, 3.5])).length).toBe(2);
  });

  it('is empty for no bars', () => {
    expect(trueRanges(f64([]), f64([]), f64([])).length).toBe(0);
  });
});

describe('wilderAtrSeries', () => {
  it('seeds with mean(TR[1..n]) at bar n and then smooths by (ATR·(n−1) + TR) ÷ n', () => {
    // n = 3: ATR3 = (7 + 4 + 6) / 3 = 17/3; ATR4 = (17/3·2 + 7) / 3 = 55/9; ATR5 = (55/9·2 + 2) / 3 = 128/27.
    const atr = wilderAtrSeries(high, low, close, 3);
    expect(Array.from(atr)).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
      17 / 3,
      ((17 / 3) * 2 + 7) / 3,
      ((((17 / 3) * 2 + 7) / 3) * 2 + 2) / 3,
    ]);
    expect(atr[5]?.toFixed(12)).toBe((128 / 27).toFixed(12));
  });

  it('with n = 1 is the true range itself', () => {
    expect(Array.from(wilderAtrSeries(high, low, close, 1))).toEqual(expectedTrueRanges);
  });

  it('with exactly n + 1 bars has one value, at bar n', () => {
    expect(Array.from(wilderAtrSeries(high, low, close, 5))).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      (7 + 4 + 6 + 7 + 2) / 5,
    ]);
  });

  it.each([6, 14, 100])('is all NaN with fewer than n + 1 bars (n = %i, 6 bars)', (period) => {
    const atr = wilderAtrSeries(high, low, close, period);
    expect(atr.length).toBe(6);
    expect(atr.every(Number.isNaN)).toBe(true);
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'is all NaN for the unusable period %s',
    (period) => {
      const atr = wilderAtrSeries(high, low, close, period);
      expect(atr.length).toBe(6);
      expect(atr.every(Number.isNaN)).toBe(true);
    },
  );

  it('is empty for no bars', () => {
    expect(wilderAtrSeries(f64([]), f64([]), f64([]), 14).length).toBe(0);
  });
});

describe('isValidAtrPeriod', () => {
  it.each([
    [1, true],
    [14, true],
    [0, false],
    [-14, false],
    [14.5, false],
    [Number.NaN, false],
  ])('%s → %s', (period, valid) => {
    expect(isValidAtrPeriod(period)).toBe(valid);
  });
});

describe('latestAtr', () => {
  it.each([
    ['the last value', [Number.NaN, Number.NaN, 2.5, 3.25], 3.25],
    ['null for an empty series', [], null],
    ['null when no bar has an ATR yet', [Number.NaN, Number.NaN, Number.NaN], null],
  ])('gives %s', (_name, series, expected) => {
    expect(latestAtr(f64(series))).toBe(expected);
  });

  it('is null until there are period + 1 bars, then the ATR of the last bar', () => {
    expect(
      latestAtr(wilderAtrSeries(high.subarray(0, 3), low.subarray(0, 3), close.subarray(0, 3), 3)),
    ).toBeNull();
    expect(latestAtr(wilderAtrSeries(high.subarray(0, 4), low.subarray(0, 4), close.subarray(0, 4), 3))).toBe(
      17 / 3,
    );
  });
});
