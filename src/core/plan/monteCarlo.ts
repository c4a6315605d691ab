/**
 * Monte Carlo of equity under fixed-fractional risk: `paths` independent sequences of `trades` trades,
 * each risking `riskFraction` of the equity at that moment (compounding).
 *
 * - Win-rate model: a trade wins with probability p and adds b·f·equity, else loses f·equity.
 * - Empirical model: each trade draws one of the trader's own results in R, uniformly with replacement
 *   (bootstrap), and adds f·R·equity. A result below −1/f would take equity below zero: it stops at 0
 *   (ruin) and stays there.
 * - Drawdown of a path = max over trades of (running peak − equity) ÷ running peak, the start counting
 *   as a peak. P(drawdown ≥ 20 %) and P(≥ 50 %) are the shares of paths that reach them (a drawdown within
 *   1e-12 of the threshold counts as reaching it, so float noise on an exact 20 % does not decide).
 * - Percentiles (5th, median, fan 5/25/50/75/95): linear interpolation between order statistics
 *   (Hyndman & Fan type 7, the default of R and NumPy).
 * - Fan chart: equity percentiles at trade 0, every `step` trades and the last trade, with
 *   step = ceil(trades ÷ fanPoints) so that the arrays stay small.
 *
 * Pure: a function of its inputs and the seed (xoshiro128**, `random.ts`), one stream drawn path by path,
 * so a fixed seed reproduces every figure. float64 throughout (a statistical simulation; the presenter
 * converts once). Memory: one Float64Array of paths × (fan points + 1) and one of `trades` factors,
 * nothing allocated per path.
 */
import { seededUniform } from './random';

export type MonteCarloModel =
  | { readonly kind: 'winRate'; readonly winRate: number; readonly payoff: number }
  | { readonly kind: 'empirical'; readonly resultsR: readonly number[] };

export interface MonteCarloInput {
  /** Any integer; taken modulo 2^32. */
  readonly seed: number;
  readonly paths: number;
  readonly trades: number;
  /** Fraction of equity risked per trade, 0–1 (0.01 = 1 %). */
  readonly riskFraction: number;
  readonly startEquity: number;
  readonly model: MonteCarloModel;
  /** Fan chart points after trade 0 (default 50). */
  readonly fanPoints?: number;
}

export interface EquityFan {
  /** Trade numbers of the fan points, from 0 to `trades`. */
  readonly tradeIndex: Int32Array;
  readonly p5: Float64Array;
  readonly p25: Float64Array;
  readonly p50: Float64Array;
  readonly p75: Float64Array;
  readonly p95: Float64Array;
}

export interface MonteCarloResult {
  readonly medianFinalEquity: number;
  readonly p5FinalEquity: number;
  /** Share of paths (0–1) whose drawdown reached 20 %. */
  readonly probDrawdown20: number;
  /** Share of paths (0–1) whose drawdown reached 50 %. */
  readonly probDrawdown50: number;
  readonly fan: EquityFan;
}

export type MonteCarloOutcome =
  | { readonly status: 'ok'; readonly result: MonteCarloResult }
  | { readonly status: 'error'; readonly message: string };

export const MAX_PATHS = 100_000;
export const MAX_TRADES = 10_000;
export const DEFAULT_FAN_POINTS = 50;
const MAX_FAN_POINTS = 1_000;
const THRESHOLD_SLACK = 1e-12;
const FAN_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

function isWhole(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

function checkInput(input: MonteCarloInput): string | null {
  const { seed, paths, trades, riskFraction, startEquity, model } = input;
  if (!Number.isSafeInteger(seed)) return 'The seed must be a whole number.';
  if (!isWhole(paths, 1, MAX_PATHS)) return `Paths must be a whole number from 1 to ${MAX_PATHS}.`;
  if (!isWhole(trades, 1, MAX_TRADES)) return `Trades must be a whole number from 1 to ${MAX_TRADES}.`;
  if (!(riskFraction >= 0 && riskFraction <= 1)) return 'The risk per trade must be from 0% to 100%.';
  if (!(startEquity > 0 && Number.isFinite(startEquity)))
    return 'The starting equity must be greater than 0.';
  const fanPoints = input.fanPoints ?? DEFAULT_FAN_POINTS;
  if (!isWhole(fanPoints, 1, MAX_FAN_POINTS)) {
    return `Fan points must be a whole number from 1 to ${MAX_FAN_POINTS}.`;
  }
  if (model.kind === 'winRate') {
    if (!(model.winRate >= 0 && model.winRate <= 1)) return 'The win rate must be from 0% to 100%.';
    if (!(model.payoff >= 0 && Number.isFinite(model.payoff))) return 'The payoff must be at least 0.';
  } else {
    if (model.resultsR.length === 0) return 'The simulation needs at least one result.';
    if (!model.resultsR.every((r) => Number.isFinite(r))) return 'Every result must be a finite number.';
  }
  return null;
}

/** Trade numbers of the fan points: 0, step, 2·step, …, and always the last trade. */
function fanIndices(trades: number, fanPoints: number): Int32Array {
  const step = Math.ceil(trades / fanPoints);
  const count = Math.ceil(trades / step) + 1;
  const indices = new Int32Array(count);
  for (let c = 0; c < count - 1; c++) indices[c] = c * step;
  indices[count - 1] = trades;
  return indices;
}

/**
 * Moves the k-th smallest of values[left..right] to index k (elements before it ≤, after it ≥) and
 * returns it: Hoare quickselect with a median-of-three pivot, expected O(n), no allocation.
 */
function selectInPlace(values: Float64Array, k: number, left: number, right: number): number {
  const at = (i: number) => values[i] ?? Number.NaN;
  let lo = left;
  let hi = right;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const a = at(lo);
    const b = at(mid);
    const c = at(hi);
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (at(i) < pivot) i++;
      while (at(j) > pivot) j--;
      if (i <= j) {
        const swap = at(i);
        values[i] = at(j);
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return at(k);
}

/**
 * Places every rank of ranks[from..to] (ascending) at its sorted position inside values[left..right]:
 * the middle rank first, then each half within its own side, so the work is about n·log(ranks).
 */
function selectRanks(
  values: Float64Array,
  ranks: readonly number[],
  from: number,
  to: number,
  left: number,
  right: number,
): void {
  if (from > to) return;
  const middle = (from + to) >>> 1;
  const rank = ranks[middle] ?? left;
  selectInPlace(values, rank, left, right);
  selectRanks(values, ranks, from, middle - 1, left, rank - 1);
  selectRanks(values, ranks, middle + 1, to, rank + 1, right);
}

/**
 * Type-7 percentiles (each q in [0, 1]) of a non-empty array: h = (n − 1)·q, the value at rank floor(h)
 * plus (h − floor(h)) × the step to the next rank. Selects the ranks it needs instead of sorting (a
 * 10,000-path column costs a few passes, not a sort). Reorders `values`.
 */
export function percentilesInPlace(values: Float64Array, qs: readonly number[]): Float64Array {
  const n = values.length;
  const rankSet = new Set<number>();
  for (const q of qs) {
    const lo = Math.floor((n - 1) * q);
    rankSet.add(lo);
    rankSet.add(Math.min(lo + 1, n - 1));
  }
  const ranks = [...rankSet].sort((a, b) => a - b);
  selectRanks(values, ranks, 0, ranks.length - 1, 0, n - 1);
  const out = new Float64Array(qs.length);
  qs.forEach((q, i) => {
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const below = values[lo] ?? Number.NaN;
    const above = values[Math.min(lo + 1, n - 1)] ?? below;
    out[i] = below + (h - lo) * (above - below);
  });
  return out;
}

/**
 * Turns one path's uniform draws, in place, into its equity factors per trade: 1 + b·f on a win
 * (draw < p) and 1 − f on a loss; or 1 + f·R for the result R the draw picks (floor(draw × n)), never
 * below 0. Small separate loops, so the engine optimises them after a few paths.
 */
function outcomeFactors(model: MonteCarloModel, f: number): (draws: Float64Array) => void {
  if (model.kind === 'winRate') {
    const { winRate } = model;
    const win = 1 + model.payoff * f;
    const loss = 1 - f;
    return (draws) => {
      for (let t = 0; t < draws.length; t++) draws[t] = (draws[t] ?? 1) < winRate ? win : loss;
    };
  }
  const byResult = Float64Array.from(model.resultsR, (r) => Math.max(0, 1 + f * r));
  const n = byResult.length;
  return (draws) => {
    for (let t = 0; t < draws.length; t++) draws[t] = byResult[Math.floor((draws[t] ?? 0) * n)] ?? 1;
  };
}

/**
 * Compounds one path from `startEquity` by its factors, writes its equity at the fan points into
 * equityAt[row …] and returns its worst drawdown (0–1).
 */
function walkPath(
  factors: Float64Array,
  startEquity: number,
  equityAt: Float64Array,
  row: number,
  tradeIndex: Int32Array,
): number {
  let equity = startEquity;
  let peak = startEquity;
  // Lowest equity ÷ peak so far: the worst drawdown is 1 − worstRatio; `floor` = peak × worstRatio, so a
  // division happens only when a new worst is set.
  let worstRatio = 1;
  let floor = startEquity;
  equityAt[row] = startEquity;
  let column = 1;
  let nextRecord = tradeIndex[1] ?? factors.length;
  for (let t = 1; t <= factors.length; t++) {
    equity *= factors[t - 1] ?? 1;
    if (equity > peak) {
      peak = equity;
      floor = peak * worstRatio;
    } else if (equity < floor) {
      worstRatio = equity / peak;
      floor = equity;
    }
    if (t === nextRecord) {
      equityAt[row + column] = equity;
      column += 1;
      nextRecord = tradeIndex[column] ?? factors.length;
    }
  }
  return 1 - worstRatio;
}

/** Runs the simulation; a message instead when an input is out of range. */
export function simulate(input: MonteCarloInput): MonteCarloOutcome {
  const message = checkInput(input);
  if (message !== null) return { status: 'error', message };
  const { paths, trades, riskFraction, startEquity, model } = input;
  const tradeIndex = fanIndices(trades, input.fanPoints ?? DEFAULT_FAN_POINTS);
  const columns = tradeIndex.length;
  // Row p holds path p's equity at each fan point (path by path, so the writes are contiguous).
  const equityAt = new Float64Array(paths * columns);

  const uniform = seededUniform(input.seed);
  const factors = new Float64Array(trades);
  const toFactors = outcomeFactors(model, riskFraction);
  let reached20 = 0;
  let reached50 = 0;
  for (let p = 0; p < paths; p++) {
    uniform.fill(factors);
    toFactors(factors);
    const worstDrawdown = walkPath(factors, startEquity, equityAt, p * columns, tradeIndex);
    if (worstDrawdown >= 0.2 - THRESHOLD_SLACK) reached20 += 1;
    if (worstDrawdown >= 0.5 - THRESHOLD_SLACK) reached50 += 1;
  }

  const p5 = new Float64Array(columns);
  const p25 = new Float64Array(columns);
  const p50 = new Float64Array(columns);
  const p75 = new Float64Array(columns);
  const p95 = new Float64Array(columns);
  const scratch = new Float64Array(paths);
  for (let c = 0; c < columns; c++) {
    for (let p = 0; p < paths; p++) scratch[p] = equityAt[p * columns + c] ?? Number.NaN;
    const q = percentilesInPlace(scratch, FAN_QUANTILES);
    p5[c] = q[0] ?? Number.NaN;
    p25[c] = q[1] ?? Number.NaN;
    p50[c] = q[2] ?? Number.NaN;
    p75[c] = q[3] ?? Number.NaN;
    p95[c] = q[4] ?? Number.NaN;
  }
  return {
    status: 'ok',
    result: {
      medianFinalEquity: p50[columns - 1] ?? Number.NaN,
      p5FinalEquity: p5[columns - 1] ?? Number.NaN,
      probDrawdown20: reached20 / paths,
      probDrawdown50: reached50 / paths,
      fan: { tradeIndex, p5, p25, p50, p75, p95 },
    },
  };
}
