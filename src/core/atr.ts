/**
 * True range and Wilder's Average True Range over a bar series.
 *
 * TR_t = max(H_t − L_t, |H_t − C_{t−1}|, |L_t − C_{t−1}|), in price points. Bar 0 has no previous close,
 * so it has no true range (NaN).
 *
 * ATR(n), TA-Lib convention (also the `technicalindicators` package; DESIGN.md, FACTS.md):
 *   ATR_t = NaN for t < n,
 *   ATR_n = mean(TR_1 … TR_n),
 *   ATR_t = (ATR_{t−1} · (n − 1) + TR_t) ÷ n for t > n,
 * in the same price points as the bars. Tulip and `trading-signals` use another seed (TR_0 = H_0 − L_0,
 * first output at bar n − 1); the two agree after ~60 bars (tests/golden/atrFixtures.test.ts).
 *
 * Source: J. Welles Wilder, "New Concepts in Technical Trading Systems" (1978); TA-Lib `TA_ATR`.
 * Float64 on purpose: ATR is a statistic of a bar series, not a money figure; it becomes a decimal at the
 * one boundary where a stop is computed from it.
 */

/** Number of bars usable from three parallel arrays: the shortest of them. */
function barCount(high: Float64Array, low: Float64Array, close: Float64Array): number {
  return Math.min(high.length, low.length, close.length);
}

/**
 * True range of every bar, in price points. Index 0 has no true range (NaN) — TA-Lib convention.
 * The result has the length of the shortest input array.
 */
export function trueRanges(high: Float64Array, low: Float64Array, close: Float64Array): Float64Array {
  const count = barCount(high, low, close);
  const tr = new Float64Array(count);
  if (count === 0) return tr;
  tr[0] = Number.NaN;
  // Indexed loops over typed arrays: `?? NaN` only satisfies noUncheckedIndexedAccess, i < count always holds.
  let previousClose = close[0] ?? Number.NaN;
  for (let i = 1; i < count; i++) {
    const h = high[i] ?? Number.NaN;
    const l = low[i] ?? Number.NaN;
    tr[i] = Math.max(h - l, Math.abs(h - previousClose), Math.abs(l - previousClose));
    previousClose = close[i] ?? Number.NaN;
  }
  return tr;
}

/** True when `period` is a usable ATR period: a whole number ≥ 1. */
export function isValidAtrPeriod(period: number): boolean {
  return Number.isInteger(period) && period >= 1;
}

/**
 * Wilder ATR(n) of every bar, TA-Lib convention: NaN before index n; ATR[n] = mean(TR[1..n]); then
 * ATR_t = (ATR_{t−1}·(n−1) + TR_t) ÷ n. Same length as `trueRanges`; all NaN when there are fewer than
 * n + 1 bars or when `period` is not a whole number ≥ 1.
 */
export function wilderAtrSeries(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  period: number,
): Float64Array {
  const tr = trueRanges(high, low, close);
  const count = tr.length;
  const atr = new Float64Array(count).fill(Number.NaN);
  if (!isValidAtrPeriod(period) || count < period + 1) return atr;
  let sum = 0;
  for (let i = 1; i <= period; i++) sum += tr[i] ?? Number.NaN;
  let previous = sum / period;
  atr[period] = previous;
  const keep = period - 1;
  for (let i = period + 1; i < count; i++) {
    previous = (previous * keep + (tr[i] ?? Number.NaN)) / period;
    atr[i] = previous;
  }
  return atr;
}

/** The last ATR value, or null when there are not enough bars (need period + 1 bars). */
export function latestAtr(atrSeries: Float64Array): number | null {
  const last = atrSeries[atrSeries.length - 1];
  return last !== undefined && Number.isFinite(last) ? last : null;
}
