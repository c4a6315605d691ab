/**
 * What RiskDesk shows of imported bars: the latest Wilder ATR(n) and, for the chart, the closes with the
 * long and short ATR stop bands (close ∓ k × ATR_t) over the most recent bars. Float64 throughout (a
 * statistic of a series); the ATR becomes a decimal only where a stop is computed from it.
 */
import { latestAtr, wilderAtrSeries } from './atr';
import type { BarSeries } from './bars';
import { D, ROUND_CEIL } from './decimal';

/** Bars the chart shows: the most recent ones (about a year of daily bars). */
const CHART_BARS = 300;

export interface BandPoint {
  readonly date: string;
  readonly close: number;
  /** close − k × ATR: where a long's ATR stop would sit; null before the first ATR. */
  readonly longStop: number | null;
  /** close + k × ATR: where a short's ATR stop would sit. */
  readonly shortStop: number | null;
}

export interface BarsStudy {
  readonly period: number;
  readonly barCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Latest ATR in points, rounded up to 2 decimals as text ("23.46"), or null with too few bars. */
  readonly atrText: string | null;
  readonly chart: readonly BandPoint[];
}

/** ATR points as text, rounded up to 2 decimals: a wider stop is the safe side. */
function atrPointsText(atr: number): string {
  return new D(atr.toPrecision(15)).toDecimalPlaces(2, ROUND_CEIL).toFixed(2);
}

/** The ATR and the chart series of `series` for ATR period `period` and stop multiplier `multiplier`. */
export function studyBars(series: BarSeries, period: number, multiplier: number): BarsStudy {
  const atr = wilderAtrSeries(series.high, series.low, series.close, period);
  const latest = latestAtr(atr);
  const count = series.close.length;
  const start = Math.max(0, count - CHART_BARS);
  const chart: BandPoint[] = [];
  for (let i = start; i < count; i++) {
    const close = series.close[i] ?? Number.NaN;
    const a = atr[i] ?? Number.NaN;
    const hasAtr = Number.isFinite(a);
    chart.push({
      date: series.dates[i] ?? '',
      close,
      longStop: hasAtr ? close - multiplier * a : null,
      shortStop: hasAtr ? close + multiplier * a : null,
    });
  }
  return {
    period,
    barCount: count,
    firstDate: series.dates[0] ?? null,
    lastDate: series.dates[count - 1] ?? null,
    atrText: latest === null ? null : atrPointsText(latest),
    chart,
  };
}
