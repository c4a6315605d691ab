import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../calendar';
import {
  gapHistogram,
  gapJumpFrequency,
  gapReport,
  gapsFromDailyBars,
  gapStats,
  gapStressScenarios,
  gapValues,
  quantileType7,
  type DailyBars,
} from './gaps';

function bars(rows: readonly (readonly [string, number, number])[]): DailyBars {
  return {
    dates: rows.map(([date]) => date),
    open: Float64Array.from(rows, ([, open]) => open),
    close: Float64Array.from(rows, ([, , close]) => close),
  };
}

/**
 * A file with known gaps (open − previous close):
 *   Mon 5 Jan  +2   (weekend)      Tue 6 Jan  −1 (overnight)   Wed 7 Jan +0.5   Thu 8 Jan −1   Fri 9 Jan 0
 *   Mon 12 Jan −4   (weekend)      Tue 13 Jan +1               Thu 15 Jan +3 (holiday: Wednesday skipped)
 *   Fri 16 Jan  0                  Tue 20 Jan −5 (weekend: Martin Luther King Day on Monday 19th)
 */
const KNOWN = bars([
  ['2026-01-02', 100, 100],
  ['2026-01-05', 102, 101],
  ['2026-01-06', 100, 100],
  ['2026-01-07', 100.5, 99],
  ['2026-01-08', 98, 100],
  ['2026-01-09', 100, 104],
  ['2026-01-12', 100, 100],
  ['2026-01-13', 101, 100],
  ['2026-01-15', 103, 100],
  ['2026-01-16', 100, 100],
  ['2026-01-20 17:00', 95, 100],
]);

describe('quantileType7 (linear interpolation, R type 7)', () => {
  it.each([
    // R: quantile(c(1, 2, 3, 4), 0.5) = 2.5; 0.25 → 1 + 0.75 × 1 = 1.75 (h = 3 × 0.25 = 0.75).
    [[4, 1, 3, 2], 0.5, 2.5],
    [[4, 1, 3, 2], 0.25, 1.75],
    // 1..10, p = 0.95: h = 9 × 0.95 = 8.55 → 9 + 0.55 × 1 = 9.55; p = 0.99 → 9.91.
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 9.55],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.99, 9.91],
    [[7], 0.99, 7],
    [[3, 9], 0, 3],
    [[3, 9], 1, 9],
  ])('%o at p = %d is %d', (values, p, expected) => {
    expect(quantileType7(values, p)).toBeCloseTo(expected, 12);
  });

  it('is null for no values or p outside [0, 1]', () => {
    expect(quantileType7([], 0.5)).toBeNull();
    expect(quantileType7([1, 2], 1.01)).toBeNull();
    expect(quantileType7([1, 2], Number.NaN)).toBeNull();
  });
});

describe('gapsFromDailyBars', () => {
  const series = gapsFromDailyBars(KNOWN);

  it('computes open − previous close in points and in % of the previous close', () => {
    expect(series.skipped).toEqual([]);
    expect(Array.from(gapValues(series.gaps, 'points'))).toEqual([2, -1, 0.5, -1, 0, -4, 1, 3, 0, -5]);
    // −1 ÷ 101 = −0.990099 %; −4 ÷ 104 = −3.846154 %.
    const percent = Array.from(gapValues(series.gaps, 'percent'));
    [2, -0.990099, 0.5, -1.010101, 0, -3.846154, 1, 3, 0, -5].forEach((expected, i) => {
      expect(percent[i]).toBeCloseTo(expected, 6);
    });
  });

  it('classifies the break: weekend (long weekends too), overnight, holiday', () => {
    expect(series.gaps.map((gap) => `${formatIsoDate(gap.date)} ${gap.weekday} ${gap.kind}`)).toEqual([
      '2026-01-05 1 weekend',
      '2026-01-06 2 overnight',
      '2026-01-07 3 overnight',
      '2026-01-08 4 overnight',
      '2026-01-09 5 overnight',
      '2026-01-12 1 weekend',
      '2026-01-13 2 overnight',
      '2026-01-15 4 holiday',
      '2026-01-16 5 overnight',
      '2026-01-20 2 weekend',
    ]);
  });

  it('leaves out bad bars and the gap after them, repeated dates and holes in the data, saying why', () => {
    const result = gapsFromDailyBars(
      bars([
        ['2026-01-05', 100, 100],
        ['05/01/2026', 100, 100],
        ['2026-01-07', 101, 100],
        ['2026-01-08', 0, 100],
        ['2026-01-09', 99, 100],
        ['2026-01-09', 98, 100],
        ['2026-01-20', 90, 100],
        ['2026-01-21', 101, 100],
      ]),
    );
    expect(result.gaps.map((gap) => [gap.index, gap.points])).toEqual([[7, 1]]);
    expect(result.skipped).toEqual([
      { index: 1, message: 'bar 2: "05/01/2026" is not a year-first date (YYYY-MM-DD).' },
      { index: 2, message: 'bar 3: no gap, the bar before it is left out.' },
      { index: 3, message: 'bar 4 (2026-01-08): open and close must be positive numbers.' },
      { index: 4, message: 'bar 5: no gap, the bar before it is left out.' },
      {
        index: 5,
        message: "bar 6: its date is not after the previous bar's; gaps need one bar per day, in order.",
      },
      { index: 6, message: 'bar 7: 11 days after the previous bar, a hole in the data rather than a gap.' },
    ]);
  });

  it('has no gap for fewer than two bars', () => {
    expect(gapsFromDailyBars(bars([['2026-01-05', 100, 100]])).gaps).toEqual([]);
    expect(gapsFromDailyBars(bars([])).gaps).toEqual([]);
  });
});

describe('gap statistics', () => {
  const gaps = gapsFromDailyBars(KNOWN).gaps;

  it('overall: |gap| sorted 0, 0, 0.5, 1, 1, 1, 2, 3, 4, 5', () => {
    const stats = gapStats(gaps);
    expect(stats?.count).toBe(10);
    // median: h = 9 × 0.5 = 4.5 → 1 + 0.5 × (1 − 1) = 1
    expect(stats?.medianAbsPoints).toBeCloseTo(1, 12);
    // p95: h = 8.55 → 4 + 0.55 × (5 − 4) = 4.55; p99: h = 8.91 → 4.91
    expect(stats?.p95AbsPoints).toBeCloseTo(4.55, 12);
    expect(stats?.p99AbsPoints).toBeCloseTo(4.91, 12);
    // |%| sorted 0, 0, 0.5, 0.990099, 1, 1.010101, 2, 3, 3.846154, 5:
    // median 1 + 0.5 × 0.010101 = 1.005051; p95 3.846154 + 0.55 × 1.153846 = 4.480769; p99 → 4.896154
    expect(stats?.medianAbsPercent).toBeCloseTo(1.005051, 6);
    expect(stats?.p95AbsPercent).toBeCloseTo(4.480769, 6);
    expect(stats?.p99AbsPercent).toBeCloseTo(4.896154, 6);
    expect([stats?.largestByPoints.points, stats?.largestByPercent.percent]).toEqual([-5, -5]);
  });

  it('by weekday of the bar (Monday = weekend gap) and by kind', () => {
    const report = gapReport(gaps);
    const monday = report.byWeekday[1];
    // Monday |gap| 2, 4: median 3, p95 2 + 0.95 × 2 = 3.9, p99 3.98, largest −4.
    expect([monday?.count, monday?.medianAbsPoints, monday?.largestByPoints.points]).toEqual([2, 3, -4]);
    expect(monday?.p95AbsPoints).toBeCloseTo(3.9, 12);
    expect(monday?.p99AbsPoints).toBeCloseTo(3.98, 12);
    const tuesday = report.byWeekday[2];
    // Tuesday |gap| 1, 1, 5: median 1, p95 (h = 1.9) 1 + 0.9 × 4 = 4.6, largest −5.
    expect([tuesday?.count, tuesday?.medianAbsPoints, tuesday?.largestByPoints.points]).toEqual([3, 1, -5]);
    expect(tuesday?.p95AbsPoints).toBeCloseTo(4.6, 12);
    expect([report.byWeekday[0], report.byWeekday[6]]).toEqual([null, null]);
    expect(report.byWeekday).toHaveLength(7);
    expect([
      report.byKind.weekend?.count,
      report.byKind.overnight?.count,
      report.byKind.holiday?.count,
    ]).toEqual([3, 6, 1]);
  });

  it('is null without gaps', () => {
    expect(gapStats([])).toBeNull();
    expect(gapReport([]).overall).toBeNull();
  });
});

describe('stress scenarios', () => {
  it('Weekend gap (p99) and Overnight gap (p99) as adverse % moves, rounded up to 0.01 %', () => {
    const scenarios = gapStressScenarios(gapsFromDailyBars(KNOWN).gaps);
    // Weekend |%| 2, 3.846154, 5: h = 2 × 0.99 = 1.98 → 3.846154 + 0.98 × 1.153846 = 4.976923 → 4.98.
    expect(scenarios.weekend?.key).toBe('weekend-gap-p99');
    expect(scenarios.weekend?.movePercent.toFixed(2)).toBe('4.98');
    expect(scenarios.weekend?.sampleSize).toBe(3);
    // Overnight + holiday |%| 0, 0, 0.5, 0.990099, 1, 1.010101, 3: h = 5.94 → 1.010101 + 0.94 × 1.989899
    // = 2.880606 → 2.89.
    expect(scenarios.overnight?.key).toBe('overnight-gap-p99');
    expect(scenarios.overnight?.movePercent.toFixed(2)).toBe('2.89');
    expect(scenarios.overnight?.sampleSize).toBe(7);
  });

  it('is null for a kind the file does not have', () => {
    const onlyOvernight = gapsFromDailyBars(
      bars([
        ['2026-01-06', 100, 100],
        ['2026-01-07', 101, 100],
      ]),
    ).gaps;
    const scenarios = gapStressScenarios(onlyOvernight);
    expect(scenarios.weekend).toBeNull();
    expect(scenarios.overnight?.movePercent.toFixed(2)).toBe('1.00');
  });
});

describe('gap histogram and stop jumps', () => {
  const gaps = gapsFromDailyBars(KNOWN).gaps;
  const points = gapValues(gaps, 'points');

  it('bins symmetric about 0: 4 bins of 2.5 over [−5, 5]', () => {
    expect(gapHistogram(points, 4)).toEqual([
      { lower: -5, upper: -2.5, count: 2 }, // −4, −5
      { lower: -2.5, upper: 0, count: 2 }, // −1, −1
      { lower: 0, upper: 2.5, count: 5 }, // 0, 0, 0.5, 1, 2
      { lower: 2.5, upper: 5, count: 1 }, // 3
    ]);
  });

  it('widens the range to show the stop distance', () => {
    expect(gapHistogram(points, 4, 10).map((bin) => [bin.lower, bin.upper, bin.count])).toEqual([
      [-10, -5, 0],
      [-5, 0, 4],
      [0, 5, 6],
      [5, 10, 0],
    ]);
  });

  it('handles no values, all zeros and a bad bin count', () => {
    expect(gapHistogram([], 4)).toEqual([]);
    expect(gapHistogram([0, 0], 4)).toEqual([{ lower: 0, upper: 0, count: 2 }]);
    expect(gapHistogram(points, 0)).toEqual([]);
  });

  it.each([
    // A long is hurt by down gaps strictly beyond the stop: −4, −5 (the −1 gaps open exactly at a 1-point stop).
    [1.5, 'long', 'points', 2],
    [1, 'long', 'points', 2],
    [0.5, 'long', 'points', 4],
    // A short by up gaps: +2, +3 beyond 1 point; +2, +1, +3 beyond 0.5.
    [1, 'short', 'points', 2],
    [0.5, 'short', 'points', 3],
    // In %: −1.0101 %, −3.85 %, −5 % are beyond 1 %; −0.990 % is not.
    [1, 'long', 'percent', 3],
    [6, 'long', 'points', 0],
  ] as const)('stop %d %s (%s): %i of 10 jumped', (stop, side, unit, jumped) => {
    expect(gapJumpFrequency(gaps, stop, side, unit)).toEqual({ jumped, total: 10, share: jumped / 10 });
  });

  it('is null for a stop distance that is not positive, and has no share without gaps', () => {
    expect(gapJumpFrequency(gaps, 0, 'long')).toBeNull();
    expect(gapJumpFrequency(gaps, Number.NaN, 'long')).toBeNull();
    expect(gapJumpFrequency([], 1, 'long')).toEqual({ jumped: 0, total: 0, share: null });
  });
});
