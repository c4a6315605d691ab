/**
 * A Monte Carlo result (monteCarlo.ts, float64) as the figures the Plan shows, converted at this one
 * boundary: final equity to the cent (half-up: a simulated figure, no side is safer), the drawdown
 * probabilities in % to 0.01 (half-up), and the fan chart's points (floats, for the chart only).
 */
import { D, HUNDRED, type Dec } from '../decimal';
import { ratioNearest, usdCentsNearest } from '../rounding';
import type { EquityFan, MonteCarloResult } from './monteCarlo';

export interface MonteCarloFigures {
  readonly medianFinalEquityUsd: Dec;
  readonly p5FinalEquityUsd: Dec;
  /** Share of paths with a drawdown of 20 % or more, in %. */
  readonly drawdown20Percent: Dec;
  readonly drawdown50Percent: Dec;
}

/** A finite float as a Dec; a non-finite one (never expected from `simulate`) as 0. */
function decOf(value: number): Dec {
  return Number.isFinite(value) ? new D(value) : new D(0);
}

/** The result's figures, rounded as shown. */
export function monteCarloFigures(result: MonteCarloResult): MonteCarloFigures {
  return {
    medianFinalEquityUsd: usdCentsNearest(decOf(result.medianFinalEquity)),
    p5FinalEquityUsd: usdCentsNearest(decOf(result.p5FinalEquity)),
    drawdown20Percent: ratioNearest(decOf(result.probDrawdown20).mul(HUNDRED), 2),
    drawdown50Percent: ratioNearest(decOf(result.probDrawdown50).mul(HUNDRED), 2),
  };
}

/** One point of the fan chart: equity percentiles after `trade` trades, and the bands as [low, high] pairs. */
export interface FanPoint {
  readonly trade: number;
  readonly p50: number;
  /** 5th to 95th percentile. */
  readonly outer: readonly [number, number];
  /** 25th to 75th percentile. */
  readonly inner: readonly [number, number];
}

/** The fan's columns as chart points (floats; a chart needs no rounding). */
export function fanChartPoints(fan: EquityFan): FanPoint[] {
  const points: FanPoint[] = [];
  for (let i = 0; i < fan.tradeIndex.length; i++) {
    const at = (column: Float64Array) => column[i] ?? 0;
    points.push({
      trade: fan.tradeIndex[i] ?? 0,
      p50: at(fan.p50),
      outer: [at(fan.p5), at(fan.p95)],
      inner: [at(fan.p25), at(fan.p75)],
    });
  }
  return points;
}
