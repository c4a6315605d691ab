/**
 * Gaps from the trader's own daily bars: how far each session opened from the previous close.
 *
 * gap_t (points) = open_t − close_{t−1};  gap_t (%) = 100 × gap_t ÷ close_{t−1}.
 *
 * Each gap belongs to the weekday of bar t (Monday = the weekend gap) and to a kind by what the break
 * between the two bars spans, in calendar days:
 * - 'overnight': consecutive calendar days (Tuesday after Monday, …);
 * - 'weekend': the break contains a Saturday or a Sunday (Monday after Friday, and the long weekends:
 *   Tuesday after Friday when Monday is a holiday, Monday after Thursday when Friday is one);
 * - 'holiday': a longer break without a weekend day (Thursday after Tuesday around a midweek holiday).
 * A break longer than `MAX_BREAK_DAYS` calendar days is a hole in the data, not a gap: skipped with a
 * message, as is every gap whose bar or previous bar has an unreadable date or price (nothing is chained
 * across a bad bar, because that would measure several sessions' move as one gap).
 *
 * Statistics are of |gap| (the size, either direction): median, 95th and 99th percentile by the
 * linear-interpolation definition (Hyndman & Fan type 7, R's default, NumPy's 'linear'): for the n sorted
 * values x₀ ≤ … ≤ x_{n−1} and p in [0, 1], h = (n − 1) p, Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋).
 * The largest gap is signed (the one with the largest size; the earliest on a tie).
 *
 * Stress figures: `Weekend gap (p99)` = p99 of |gap %| over weekend gaps; `Overnight gap (p99)` = p99 over
 * overnight and holiday gaps (every weekday-to-weekday break, the larger holiday breaks included: the
 * stress is not understated). They are sizes: the integrator applies each as an adverse move to the book.
 *
 * Float64 throughout (statistical series); the stress figures become Dec at one boundary, rounded up.
 */
import type { CalendarDate } from '../calendar';
import { D, ROUND_CEIL, type Dec } from '../decimal';
import type { Side } from '../positionSize';
import { calendarDaysBetween, leadingCalendarDate, weekdayOf } from './dates';

/** Chronological daily bars (a `BarSeries` from bars.ts fits). */
export interface DailyBars {
  readonly dates: readonly string[];
  readonly open: Float64Array;
  readonly close: Float64Array;
}

export const GAP_KINDS = ['overnight', 'weekend', 'holiday'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Longest break between two bars still read as one gap (a Thursday-to-Monday long weekend is 4). */
export const MAX_BREAK_DAYS = 5;

export interface Gap {
  /** Index of bar t in the series. */
  readonly index: number;
  readonly date: CalendarDate;
  readonly previousDate: CalendarDate;
  /** Weekday of bar t, 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly kind: GapKind;
  /** open_t − close_{t−1}. */
  readonly points: number;
  /** 100 × points ÷ close_{t−1}. */
  readonly percent: number;
}

/** A bar whose gap is left out, with the reason (a sentence naming the bar). */
export interface GapSkip {
  readonly index: number;
  readonly message: string;
}

export interface GapSeries {
  readonly gaps: readonly Gap[];
  readonly skipped: readonly GapSkip[];
}

interface GoodBar {
  readonly date: CalendarDate;
  readonly open: number;
  readonly close: number;
}

/** The break's kind from the two dates (days ≥ 1). */
function breakKind(previous: CalendarDate, current: CalendarDate, days: number): GapKind {
  if (days === 1) return 'overnight';
  const firstWeekday = weekdayOf(previous);
  for (let offset = 1; offset < days; offset += 1) {
    const weekday = (firstWeekday + offset) % 7;
    if (weekday === 0 || weekday === 6) return 'weekend';
  }
  return weekdayOf(current) === 0 || weekdayOf(current) === 6 ? 'weekend' : 'holiday';
}

/** Every gap of the series (bar 0 has none), with the bars left out and why. */
export function gapsFromDailyBars(bars: DailyBars): GapSeries {
  const count = Math.min(bars.dates.length, bars.open.length, bars.close.length);
  const good: (GoodBar | null)[] = [];
  const skipped: GapSkip[] = [];
  for (let i = 0; i < count; i += 1) {
    const text = bars.dates[i] ?? '';
    const date = leadingCalendarDate(text);
    const open = bars.open[i] ?? Number.NaN;
    const close = bars.close[i] ?? Number.NaN;
    if (date === null) {
      skipped.push({ index: i, message: `bar ${i + 1}: "${text}" is not a year-first date (YYYY-MM-DD).` });
      good.push(null);
    } else if (!Number.isFinite(open) || !Number.isFinite(close) || open <= 0 || close <= 0) {
      skipped.push({ index: i, message: `bar ${i + 1} (${text}): open and close must be positive numbers.` });
      good.push(null);
    } else {
      good.push({ date, open, close });
    }
  }
  const gaps: Gap[] = [];
  for (let i = 1; i < count; i += 1) {
    const bar = good[i];
    const previous = good[i - 1];
    if (bar === null || bar === undefined) continue;
    if (previous === null || previous === undefined) {
      skipped.push({ index: i, message: `bar ${i + 1}: no gap, the bar before it is left out.` });
      continue;
    }
    const days = calendarDaysBetween(previous.date, bar.date);
    if (days < 1) {
      skipped.push({
        index: i,
        message: `bar ${i + 1}: its date is not after the previous bar's; gaps need one bar per day, in order.`,
      });
      continue;
    }
    if (days > MAX_BREAK_DAYS) {
      skipped.push({
        index: i,
        message: `bar ${i + 1}: ${days} days after the previous bar, a hole in the data rather than a gap.`,
      });
      continue;
    }
    const points = bar.open - previous.close;
    gaps.push({
      index: i,
      date: bar.date,
      previousDate: previous.date,
      weekday: weekdayOf(bar.date),
      kind: breakKind(previous.date, bar.date, days),
      points,
      percent: (100 * points) / previous.close,
    });
  }
  skipped.sort((a, b) => a.index - b.index);
  return { gaps, skipped };
}

/**
 * The p-quantile (p in [0, 1]) of already sorted values by linear interpolation (type 7); null for no
 * values or p outside [0, 1].
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return null;
  const h = (n - 1) * p;
  const lowIndex = Math.floor(h);
  const low = sorted[lowIndex] ?? Number.NaN;
  const high = sorted[Math.min(lowIndex + 1, n - 1)] ?? low;
  return low + (h - lowIndex) * (high - low);
}

/** The p-quantile (type 7) of values in any order; NaN values are not expected (gaps are finite). */
export function quantileType7(values: ArrayLike<number>, p: number): number | null {
  return quantileOfSorted(Float64Array.from(values).sort(), p);
}

export type GapUnit = 'points' | 'percent';

/** The gaps as numbers (signed) in points or %, for a chart or a histogram. */
export function gapValues(gaps: readonly Gap[], unit: GapUnit): Float64Array {
  return Float64Array.from(gaps, (gap) => (unit === 'points' ? gap.points : gap.percent));
}

export interface GapStats {
  readonly count: number;
  readonly medianAbsPoints: number;
  readonly p95AbsPoints: number;
  readonly p99AbsPoints: number;
  readonly medianAbsPercent: number;
  readonly p95AbsPercent: number;
  readonly p99AbsPercent: number;
  /** The gap with the largest size in points (signed; its % is on the record too). */
  readonly largestByPoints: Gap;
  /** The gap with the largest size in % (may be another bar when prices moved a lot over the file). */
  readonly largestByPercent: Gap;
}

function largestBy(gaps: readonly Gap[], unit: GapUnit): Gap | null {
  let best: Gap | null = null;
  for (const gap of gaps) {
    const size = Math.abs(unit === 'points' ? gap.points : gap.percent);
    if (best === null || size > Math.abs(unit === 'points' ? best.points : best.percent)) best = gap;
  }
  return best;
}

/** Count, median, p95, p99 of |gap| and the largest gap, in points and %; null for no gaps. */
export function gapStats(gaps: readonly Gap[]): GapStats | null {
  const byPoints = largestBy(gaps, 'points');
  const byPercent = largestBy(gaps, 'percent');
  if (byPoints === null || byPercent === null) return null;
  const points = Float64Array.from(gaps, (gap) => Math.abs(gap.points)).sort();
  const percent = Float64Array.from(gaps, (gap) => Math.abs(gap.percent)).sort();
  const q = (sorted: Float64Array, p: number): number => quantileOfSorted(sorted, p) ?? Number.NaN;
  return {
    count: gaps.length,
    medianAbsPoints: q(points, 0.5),
    p95AbsPoints: q(points, 0.95),
    p99AbsPoints: q(points, 0.99),
    medianAbsPercent: q(percent, 0.5),
    p95AbsPercent: q(percent, 0.95),
    p99AbsPercent: q(percent, 0.99),
    largestByPoints: byPoints,
    largestByPercent: byPercent,
  };
}

export interface GapReport {
  readonly overall: GapStats | null;
  /** Index = weekday of bar t (0 = Sunday … 6 = Saturday); null where the file has no such gap. */
  readonly byWeekday: readonly (GapStats | null)[];
  readonly byKind: Readonly<Record<GapKind, GapStats | null>>;
}

/** Statistics overall, per weekday of bar t and per kind of break. */
export function gapReport(gaps: readonly Gap[]): GapReport {
  const byKind = (kind: GapKind) => gapStats(gaps.filter((gap) => gap.kind === kind));
  return {
    overall: gapStats(gaps),
    byWeekday: [0, 1, 2, 3, 4, 5, 6].map((weekday) =>
      gapStats(gaps.filter((gap) => gap.weekday === weekday)),
    ),
    byKind: { overnight: byKind('overnight'), weekend: byKind('weekend'), holiday: byKind('holiday') },
  };
}

export interface HistogramBin {
  /** Inclusive lower edge. */
  readonly lower: number;
  /** Exclusive upper edge, except the last bin's, which is inclusive. */
  readonly upper: number;
  readonly count: number;
}

/**
 * A histogram of signed values over a range symmetric about 0, [−M, M] with M = the largest |value| or
 * `minHalfRange` if larger (pass the stop distance so the marked stop is on the chart), in `binCount`
 * equal bins. Empty for no values or binCount < 1; one bin [0, 0] when every value and M are 0.
 */
export function gapHistogram(values: ArrayLike<number>, binCount: number, minHalfRange = 0): HistogramBin[] {
  if (values.length === 0 || !Number.isInteger(binCount) || binCount < 1) return [];
  let halfRange = Number.isFinite(minHalfRange) ? Math.max(0, minHalfRange) : 0;
  for (let i = 0; i < values.length; i += 1) halfRange = Math.max(halfRange, Math.abs(values[i] ?? 0));
  if (halfRange === 0) return [{ lower: 0, upper: 0, count: values.length }];
  const width = (2 * halfRange) / binCount;
  const counts = new Array<number>(binCount).fill(0);
  for (let i = 0; i < values.length; i += 1) {
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(((values[i] ?? 0) + halfRange) / width)));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count, bin) => ({
    lower: -halfRange + bin * width,
    upper: bin === binCount - 1 ? halfRange : -halfRange + (bin + 1) * width,
    count,
  }));
}

export interface GapJumpFrequency {
  /** Gaps that opened beyond the stop, against the position. */
  readonly jumped: number;
  readonly total: number;
  /** jumped ÷ total, 0…1; null without gaps. */
  readonly share: number | null;
}

/**
 * How often a gap would have jumped a stop `stopDistance` away from the previous close (points or %,
 * matching `unit`): the open lay strictly beyond the stop, against the position (a long is hurt by down
 * gaps, a short by up gaps). A gap of exactly the stop distance opens at the stop and is not counted.
 * Null for a stop distance that is not a positive finite number.
 */
export function gapJumpFrequency(
  gaps: readonly Gap[],
  stopDistance: number,
  side: Side,
  unit: GapUnit = 'points',
): GapJumpFrequency | null {
  if (!Number.isFinite(stopDistance) || stopDistance <= 0) return null;
  const sign = side === 'long' ? -1 : 1;
  const jumped = gaps.filter(
    (gap) => sign * (unit === 'points' ? gap.points : gap.percent) > stopDistance,
  ).length;
  return { jumped, total: gaps.length, share: gaps.length === 0 ? null : jumped / gaps.length };
}

export const GAP_SCENARIO_KEYS = ['weekend-gap-p99', 'overnight-gap-p99'] as const;
export type GapScenarioKey = (typeof GAP_SCENARIO_KEYS)[number];

export interface GapScenario {
  /** 'weekend-gap-p99' → `Weekend gap (p99)`, 'overnight-gap-p99' → `Overnight gap (p99)`. */
  readonly key: GapScenarioKey;
  /** The size of the adverse move in % of price (positive), rounded up to 0.01 %. */
  readonly movePercent: Dec;
  /** Gaps the p99 comes from (below ~100 the p99 is close to the largest gap: say so). */
  readonly sampleSize: number;
}

/**
 * A float percentage as a Dec rounded UP (toward +∞) to 0.01 %: a stress move is never understated.
 * Read at 15 significant digits first, so that float noise of the interpolation (1.9600000000000009 for
 * an exact 1.96) does not add a hundredth. Null for a non-finite value.
 */
function percentUpToHundredths(percent: number): Dec | null {
  return Number.isFinite(percent) ? new D(percent.toPrecision(15)).toDecimalPlaces(2, ROUND_CEIL) : null;
}

function scenario(key: GapScenarioKey, gaps: readonly Gap[]): GapScenario | null {
  const p99 = quantileType7(
    gaps.map((gap) => Math.abs(gap.percent)),
    0.99,
  );
  const movePercent = p99 === null ? null : percentUpToHundredths(p99);
  return movePercent === null ? null : { key, movePercent, sampleSize: gaps.length };
}

/** The stress table's gap scenarios from the gaps; each null when the file has no gap of that kind. */
export function gapStressScenarios(gaps: readonly Gap[]): {
  readonly weekend: GapScenario | null;
  readonly overnight: GapScenario | null;
} {
  return {
    weekend: scenario(
      'weekend-gap-p99',
      gaps.filter((gap) => gap.kind === 'weekend'),
    ),
    overnight: scenario(
      'overnight-gap-p99',
      gaps.filter((gap) => gap.kind !== 'weekend'),
    ),
  };
}
