/**
 * ATR against published fixtures (tests/golden/fixtures/atr, sources inside each file).
 *
 * - technicalindicators ATR(14) uses our convention (TA-Lib): it must match to 1e-12.
 * - Tulip (tests/untest.txt, tests/atoz.txt) and trading-signals use the other seed: TR_0 = H_0 − L_0,
 *   first output mean(TR_0 … TR_{n−1}) at bar n − 1. A reference implementation of that convention is
 *   checked against their printed values first, so that what the later tests show is the convention and
 *   not a misread fixture. After the seed both follow the same recursion, so the gap between the two
 *   shrinks by exactly (n − 1)/n per bar.
 */
import { describe, expect, it } from 'vitest';
import { latestAtr, trueRanges, wilderAtrSeries } from '../../src/core/atr';
import { parseBarsCsv } from '../../src/core/bars';
import { syntheticBarsCsv } from '../support/syntheticBars';
import technicalIndicators from './fixtures/atr/technicalindicators_atr14.json';
import tradingSignals from './fixtures/atr/trading_signals_atr5.json';
import tulipFile from './fixtures/atr/tulip_atr.json';

interface Bars {
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
}

function barsFrom(input: { high: number[]; low: number[]; close: number[] }): Bars {
  return {
    high: Float64Array.from(input.high),
    low: Float64Array.from(input.low),
    close: Float64Array.from(input.close),
  };
}

function ours(bars: Bars, period: number): Float64Array {
  return wilderAtrSeries(bars.high, bars.low, bars.close, period);
}

/** Wilder ATR in the Tulip / trading-signals convention, written from their documentation. */
function tulipConventionAtr(bars: Bars, period: number): Float64Array {
  const tr = trueRanges(bars.high, bars.low, bars.close);
  tr[0] = (bars.high[0] ?? Number.NaN) - (bars.low[0] ?? Number.NaN);
  const atr = new Float64Array(tr.length).fill(Number.NaN);
  let sum = 0;
  for (let i = 0; i < period; i++) sum += tr[i] ?? Number.NaN;
  let previous = sum / period;
  atr[period - 1] = previous;
  for (let i = period; i < tr.length; i++) {
    previous = (previous * (period - 1) + (tr[i] ?? Number.NaN)) / period;
    atr[i] = previous;
  }
  return atr;
}

function at(series: Float64Array, index: number): number {
  const value = series[index];
  if (value === undefined) throw new Error(`no bar ${index}`);
  return value;
}

const untest = tulipFile.fixtures['tests/untest.txt'];
const atoz = tulipFile.fixtures['tests/atoz.txt'];
/** The Tulip-convention fixtures: bars, period, first output bar, printed values and their half-unit. */
const tulipFixtures = [
  {
    name: 'Tulip tests/untest.txt',
    bars: barsFrom(untest.input),
    period: untest.period,
    firstBar: untest.first_output_bar_index,
    printed: untest.expected,
    halfUnit: 0.0005,
  },
  {
    name: 'Tulip tests/atoz.txt (Achelis)',
    bars: barsFrom(atoz.input),
    period: atoz.period,
    firstBar: atoz.first_output_bar_index,
    printed: atoz.expected,
    halfUnit: 0.00005,
  },
  {
    name: 'trading-signals ATR(5)',
    bars: barsFrom(tradingSignals.input),
    period: tradingSignals.period,
    firstBar: tradingSignals.first_output_bar_index,
    printed: tradingSignals.expected_toFixed2,
    halfUnit: 0.005,
  },
];
const ROUNDING_SLACK = 1e-12;

describe('technicalindicators ATR(14): the TA-Lib convention we follow', () => {
  const bars = barsFrom(technicalIndicators.input);
  const atr = ours(bars, technicalIndicators.period);

  it('has no value before bar n = 14', () => {
    expect(technicalIndicators.first_output_bar_index).toBe(14);
    expect(Array.from(atr.subarray(0, 14)).every(Number.isNaN)).toBe(true);
  });

  it.each(technicalIndicators.expected.map((value, k) => [14 + k, value] as const))(
    'bar %i: ATR = %f (to 1e-12)',
    (bar, expected) => {
      expect(Math.abs(at(atr, bar) - expected)).toBeLessThanOrEqual(1e-12);
    },
  );

  it('latestAtr is the last published value', () => {
    expect(atr.length).toBe(30);
    expect(Math.abs((latestAtr(atr) ?? Number.NaN) - 1.307982853379376)).toBeLessThanOrEqual(1e-12);
  });
});

describe('the Tulip-convention reference reproduces the Tulip and trading-signals fixtures', () => {
  it.each(tulipFixtures)(
    '$name, to its printed rounding',
    ({ bars, period, firstBar, printed, halfUnit }) => {
      const reference = tulipConventionAtr(bars, period);
      expect(firstBar).toBe(period - 1);
      expect(Number.isNaN(at(reference, firstBar - 1))).toBe(true);
      expect(printed.length).toBe(bars.high.length - firstBar);
      printed.forEach((value, k) => {
        expect(Math.abs(at(reference, firstBar + k) - value)).toBeLessThanOrEqual(halfUnit + ROUNDING_SLACK);
      });
    },
  );
});

describe('our ATR against the Tulip convention', () => {
  it.each(tulipFixtures)(
    '$name: they publish a value at bar n − 1, we start at bar n',
    ({ bars, period, printed }) => {
      const atr = ours(bars, period);
      expect(Number.isNaN(at(atr, period - 1))).toBe(true);
      expect(Number.isFinite(at(atr, period))).toBe(true);
      expect(printed[0]).toBeGreaterThan(0);
    },
  );

  it('untest.txt (n = 5): at our first output we are 4.9 % above Tulip', () => {
    const atr = ours(barsFrom(untest.input), 5);
    expect(at(atr, 5).toFixed(3)).toBe('1.102');
    expect(untest.expected[1]).toBe(1.051); // Tulip at bar 5
    expect(((at(atr, 5) - 1.051) / 1.051) * 100).toBeGreaterThan(4.8);
  });

  it('untest.txt: the gap to the printed Tulip values shrinks by 4/5 a bar and never grows', () => {
    const atr = ours(barsFrom(untest.input), 5);
    const gapAt = (bar: number): number => at(atr, bar) - (untest.expected[bar - 4] ?? Number.NaN);
    const firstGap = gapAt(5);
    let previousRelativeGap = Number.POSITIVE_INFINITY;
    for (let bar = 5; bar < 15; bar++) {
      const predicted = firstGap * 0.8 ** (bar - 5);
      // Both printed values (bar 5 and this bar) are rounded to 3 decimals.
      expect(Math.abs(gapAt(bar) - predicted)).toBeLessThanOrEqual(
        0.0005 * (1 + 0.8 ** (bar - 5)) + ROUNDING_SLACK,
      );
      const relativeGap = gapAt(bar) / at(atr, bar);
      expect(relativeGap).toBeGreaterThan(0);
      expect(relativeGap).toBeLessThan(previousRelativeGap);
      previousRelativeGap = relativeGap;
    }
    expect(previousRelativeGap).toBeLessThan(0.006); // 0.59 % after 10 bars of n = 5
  });

  it('trading-signals ATR(5): the 2-decimal values differ for bars 5–12 and agree from bar 13', () => {
    const atr = ours(barsFrom(tradingSignals.input), 5);
    const differing = tradingSignals.expected_toFixed2
      .map((printed, k) => ({ bar: 4 + k, printed }))
      .filter(({ bar, printed }) => bar >= 5 && at(atr, bar).toFixed(2) !== printed.toFixed(2))
      .map(({ bar }) => bar);
    expect(differing).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(at(atr, 5).toFixed(2)).toBe('1.10');
    expect(tradingSignals.expected_toFixed2[1]).toBe(1.05);
  });

  it('atoz.txt (n = 4): the conventions coincide here, because TR₀ equals mean(TR₁ … TR₃)', () => {
    const bars = barsFrom(atoz.input);
    const tr = trueRanges(bars.high, bars.low, bars.close);
    const tr0 = at(bars.high, 0) - at(bars.low, 0);
    expect(tr0.toFixed(4)).toBe('0.1250');
    expect(((at(tr, 1) + at(tr, 2) + at(tr, 3)) / 3).toFixed(4)).toBe('0.1250');
    const atr = ours(bars, 4);
    atoz.expected.slice(1).forEach((printed, k) => {
      expect(Math.abs(at(atr, 4 + k) - printed)).toBeLessThanOrEqual(0.00005 + ROUNDING_SLACK);
    });
  });

  it.each([
    ...tulipFixtures.map(({ name, bars, period }) => ({ name, bars, period })),
    { name: 'technicalindicators ATR(14) bars', bars: barsFrom(technicalIndicators.input), period: 14 },
  ])('$name: first gap = (ΣTR₁…TRₙ₋₁ − (n−1)·TR₀) ÷ n², then × (n−1)/n per bar', ({ bars, period }) => {
    const atr = ours(bars, period);
    const reference = tulipConventionAtr(bars, period);
    const tr = trueRanges(bars.high, bars.low, bars.close);
    let sum = 0;
    for (let i = 1; i < period; i++) sum += at(tr, i);
    const tr0 = at(bars.high, 0) - at(bars.low, 0);
    const firstGap = (sum - (period - 1) * tr0) / period ** 2;
    for (let bar = period; bar < atr.length; bar++) {
      const expected = firstGap * ((period - 1) / period) ** (bar - period);
      expect(Math.abs(at(atr, bar) - at(reference, bar) - expected)).toBeLessThanOrEqual(1e-12);
    }
  });

  it('ATR(14) on 300 daily bars: 2.4 % apart at the start, within 0.5 % from 60 bars on', () => {
    const { series } = parseBarsCsv(syntheticBarsCsv(300, 4));
    const bars: Bars = series;
    const atr = ours(bars, 14);
    const reference = tulipConventionAtr(bars, 14);
    const relativeGap = (bar: number): number => Math.abs(at(atr, bar) / at(reference, bar) - 1);
    expect(relativeGap(14)).toBeGreaterThan(0.02);
    for (let bar = 14 + 60; bar < 300; bar++) expect(relativeGap(bar)).toBeLessThan(0.005);
    expect(relativeGap(299)).toBeLessThan(1e-6);
  });
});
