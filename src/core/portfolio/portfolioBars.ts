/**
 * One portfolio asset's imported bars, reduced to what the planner uses: the dated closes (daily-return
 * correlations, correlation.ts) and Wilder's ATR(14) (atr.ts, TA-Lib convention): the latest value and the
 * usual one, the median ATR over the last 250 bars (about a year of daily bars), against which a rise in
 * volatility is measured. Float64: statistics of a series; they become decimals where a stop uses them.
 */
import { latestAtr, wilderAtrSeries } from '../atr';
import type { BarsImport } from '../bars';
import type { CloseSeries } from './correlation';

/** The ATR period of the portfolio's bars (DESIGN.md default). */
export const PORTFOLIO_ATR_PERIOD = 14;
/** Bars the usual ATR is the median of. */
export const USUAL_ATR_BARS = 250;

export interface PortfolioAssetBars {
  readonly symbol: string;
  readonly sourceName: string;
  readonly closes: CloseSeries;
  readonly barCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Latest ATR(14) in price units; null with fewer than 15 bars. */
  readonly latestAtr: number | null;
  /** Median ATR(14) over the last 250 bars; null without any ATR. */
  readonly usualAtr: number | null;
  /** A whole-file problem, or null. */
  readonly problem: string | null;
  /** Rows the parser rejected. */
  readonly rejectedRows: number;
}

/** The median of the finite values among the last `count` of `values`; null when there is none. */
function medianOfLast(values: Float64Array, count: number): number | null {
  const tail: number[] = [];
  for (let i = Math.max(0, values.length - count); i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    if (Number.isFinite(value)) tail.push(value);
  }
  if (tail.length === 0) return null;
  tail.sort((a, b) => a - b);
  const mid = tail.length >> 1;
  return tail.length % 2 === 1 ? (tail[mid] ?? null) : ((tail[mid - 1] ?? 0) + (tail[mid] ?? 0)) / 2;
}

/** The planner's figures of `symbol`'s imported bars. */
export function portfolioAssetBars(
  symbol: string,
  sourceName: string,
  parsed: BarsImport,
): PortfolioAssetBars {
  const { series } = parsed;
  const atr = wilderAtrSeries(series.high, series.low, series.close, PORTFOLIO_ATR_PERIOD);
  const count = series.close.length;
  return {
    symbol,
    sourceName,
    closes: { symbol, dates: series.dates, close: series.close },
    barCount: count,
    firstDate: series.dates[0] ?? null,
    lastDate: series.dates[count - 1] ?? null,
    latestAtr: latestAtr(atr),
    usualAtr: medianOfLast(atr, USUAL_ATR_BARS),
    problem: parsed.problem,
    rejectedRows: parsed.errors.length,
  };
}
