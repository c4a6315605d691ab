/**
 * Correlation of the portfolio's assets from their imported daily bars, and the correlated dollar risk.
 *
 * Returns. For each pair of assets, take the days present in both files (pairwise overlap, matched by the
 * calendar day of each bar's date text), in the first file's order, and compute simple daily returns
 * r_t = C_t ÷ C_{t−1} − 1 between consecutive common days, so both returns of a pair always span the same
 * interval (a day one market skipped never pairs a two-day return with a one-day one). Simple rather than
 * log returns: a futures position's dollar P&L is proportional to the simple return, which is what the
 * dollar risks r below aggregate (for daily moves the two differ by far less than the estimate's noise).
 * Several bars on one day (intraday files) count as one day: its last close. A close that is not a
 * finite positive number is treated as a missing day.
 *
 * Correlation: Pearson's ρ over the n overlapping returns (two-pass, mean-centred), with n reported; n < 3
 * or a flat series (zero variance) gives no ρ (null). Pairs with ρ ≥ 0.8 are flagged (the issue's rule:
 * act when two assets reach +0.8). Float64 throughout: statistics, not money.
 *
 * Correlated risk (USD) = √(rᵀ C r) over the assets' dollar risks r (Dec) and their correlation matrix C.
 * Float ends at the coefficients: each ρ is read into a Dec from its shortest decimal form, and rᵀCr and its
 * square root are computed in Dec (40 significant digits), so ρ = 1 gives exactly the sum. Rounding: to the
 * nearest cent, half up (`correlatedRiskCents`) — a statistical estimate, not a cash amount, and the issue's
 * worked example ($100 and $100: ρ 1 → $200.00, 0 → $141.42, 0.8 → $189.74) is nearest-cent (rounding up
 * would give $141.43). Bounds: with every risk ≥ 0 and every 0 ≤ ρ ≤ 1, the largest single risk ≤ √(rᵀCr)
 * ≤ Σ r; a negative ρ (a hedge) can take it below the largest single risk. Typed correlations that
 * contradict each other can make rᵀCr negative: then there is no correlated risk (null).
 */
import { D, ROUND_HALF_UP, ZERO, type Dec } from '../decimal';
import { parseNumberText, type Parsed } from '../parse';

/** One asset's daily closes; `dates` and `close` are parallel, in chronological order. */
export interface CloseSeries {
  readonly symbol: string;
  readonly dates: readonly string[];
  readonly close: ArrayLike<number>;
}

export interface PairCorrelation {
  /** Pearson ρ in [−1, 1], or null with fewer than `MIN_OVERLAP_RETURNS` returns or a flat series. */
  readonly rho: number | null;
  /** Overlapping daily returns the ρ rests on. */
  readonly overlap: number;
}

export interface FlaggedPair {
  readonly a: string;
  readonly b: string;
  readonly rho: number;
}

export interface CorrelationMatrix {
  readonly symbols: readonly string[];
  /** cells[i][j]: symmetric; the diagonal is ρ = 1 over the asset's own returns. */
  readonly cells: readonly (readonly PairCorrelation[])[];
  /** Pairs (i < j) with ρ ≥ the threshold, highest first. */
  readonly flagged: readonly FlaggedPair[];
}

/** The alarm level. */
export const HIGH_CORRELATION = 0.8;
/** Fewer overlapping returns than this give no correlation. */
export const MIN_OVERLAP_RETURNS = 3;

const DAY_PATTERNS = [
  /^(\d{4})-(\d{2})-(\d{2})/,
  /^(\d{4})\.(\d{2})\.(\d{2})/,
  /^(\d{4})\/(\d{2})\/(\d{2})/,
  /^(\d{4})(\d{2})(\d{2})/,
];

/**
 * The calendar day a bar's date text names, as "YYYY-MM-DD", for the layouts that start with the year
 * (`2026-01-02`, `2026-01-02 09:30`, `2026.01.02`, `2026/01/02`, `20260102 093000`); any other text is
 * matched as written (trimmed).
 */
export function dayKey(text: string): string {
  const trimmed = text.trim();
  for (const pattern of DAY_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match !== null) return `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`;
  }
  return trimmed;
}

/** Days in first-seen order and the last good close of each. */
function dailyCloses(series: CloseSeries): { days: string[]; closeByDay: Map<string, number> } {
  const closeByDay = new Map<string, number>();
  const days: string[] = [];
  const n = Math.min(series.dates.length, series.close.length);
  for (let i = 0; i < n; i += 1) {
    const close = series.close[i];
    const date = series.dates[i];
    if (close === undefined || date === undefined || !Number.isFinite(close) || close <= 0) continue;
    const key = dayKey(date);
    if (!closeByDay.has(key)) days.push(key);
    closeByDay.set(key, close);
  }
  return { days, closeByDay };
}

type Daily = ReturnType<typeof dailyCloses>;

/** Pearson ρ of two equally long float arrays; null when either is flat or too short. */
function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < MIN_OVERLAP_RETURNS) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i += 1) {
    meanX += x[i] ?? 0;
    meanY += y[i] ?? 0;
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] ?? 0) - meanX;
    const dy = (y[i] ?? 0) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

function correlateDaily(a: Daily, b: Daily): PairCorrelation {
  const returnsA: number[] = [];
  const returnsB: number[] = [];
  let previousA: number | null = null;
  let previousB: number | null = null;
  for (const day of a.days) {
    const closeB = b.closeByDay.get(day);
    const closeA = a.closeByDay.get(day);
    if (closeB === undefined || closeA === undefined) continue;
    if (previousA !== null && previousB !== null) {
      returnsA.push(closeA / previousA - 1);
      returnsB.push(closeB / previousB - 1);
    }
    previousA = closeA;
    previousB = closeB;
  }
  return { rho: pearson(returnsA, returnsB), overlap: returnsA.length };
}

/** ρ and overlap of two assets' daily returns (see the module comment). */
export function pairCorrelation(a: CloseSeries, b: CloseSeries): PairCorrelation {
  return correlateDaily(dailyCloses(a), dailyCloses(b));
}

/** The correlation matrix of several assets, with the pairs at or above `threshold` flagged. */
export function correlationMatrix(
  series: readonly CloseSeries[],
  threshold: number = HIGH_CORRELATION,
): CorrelationMatrix {
  const daily = series.map(dailyCloses);
  const n = series.length;
  const cells: PairCorrelation[][] = Array.from({ length: n }, () => []);
  const flagged: FlaggedPair[] = [];
  for (let i = 0; i < n; i += 1) {
    const di = daily[i];
    const rowI = cells[i];
    if (di === undefined || rowI === undefined) continue;
    rowI[i] = { rho: 1, overlap: Math.max(0, di.days.length - 1) };
    for (let j = i + 1; j < n; j += 1) {
      const dj = daily[j];
      const rowJ = cells[j];
      if (dj === undefined || rowJ === undefined) continue;
      const cell = correlateDaily(di, dj);
      rowI[j] = cell;
      rowJ[i] = cell;
      const a = series[i]?.symbol ?? '';
      const b = series[j]?.symbol ?? '';
      if (cell.rho !== null && cell.rho >= threshold) flagged.push({ a, b, rho: cell.rho });
    }
  }
  flagged.sort((p, q) => q.rho - p.rho);
  return { symbols: series.map((s) => s.symbol), cells, flagged };
}

/** Where a correlation used for the correlated risk came from. */
export type CorrelationSource = 'bars' | 'typed' | 'default';

export interface ResolvedCorrelations {
  /** matrix[i][j] for the assets in the order given; the diagonal is 1. */
  readonly matrix: readonly (readonly number[])[];
  readonly sources: readonly (readonly CorrelationSource[])[];
}

/** The key of an unordered pair of symbols for typed correlations: "A|B" with A ≤ B. */
export function pairKey(a: string, b: string): string {
  return a <= b ? `${a}|${b}` : `${b}|${a}`;
}

/** The safe assumption when nothing else is known: the assets move together. */
export const DEFAULT_CORRELATION = 1;

/**
 * The correlation of every pair of `symbols`: from the bars when they give a ρ, else the trader's typed
 * value (keyed by `pairKey`), else 1 (the safe assumption: no diversification is counted that was not
 * measured or stated).
 */
export function resolveCorrelations(
  symbols: readonly string[],
  fromBars: CorrelationMatrix | null,
  typed: ReadonlyMap<string, number>,
): ResolvedCorrelations {
  const index = new Map(fromBars?.symbols.map((s, i) => [s, i]) ?? []);
  const matrix: number[][] = [];
  const sources: CorrelationSource[][] = [];
  for (const a of symbols) {
    const row: number[] = [];
    const rowSources: CorrelationSource[] = [];
    for (const b of symbols) {
      if (a === b) {
        row.push(1);
        rowSources.push('bars');
        continue;
      }
      const i = index.get(a);
      const j = index.get(b);
      const measured = i === undefined || j === undefined ? null : (fromBars?.cells[i]?.[j]?.rho ?? null);
      const stated = typed.get(pairKey(a, b));
      if (measured !== null) {
        row.push(measured);
        rowSources.push('bars');
      } else if (stated !== undefined) {
        row.push(stated);
        rowSources.push('typed');
      } else {
        row.push(DEFAULT_CORRELATION);
        rowSources.push('default');
      }
    }
    matrix.push(row);
    sources.push(rowSources);
  }
  return { matrix, sources };
}

/** Parses a typed correlation: a number from −1 to 1 ("0.8", ".8", "-0.25"). */
export function parseCorrelationText(text: string): Parsed<number> {
  const parsed = parseNumberText(text, { unit: 'plain', min: '-1', max: '1' });
  return parsed.status === 'ok' ? { status: 'ok', value: parsed.value.toNumber() } : parsed;
}

/**
 * √(rᵀ C r) in USD at full precision, for dollar risks r (Dec, ≥ 0 for the bounds to hold) and a symmetric
 * correlation matrix C with entries in [−1, 1] (the upper triangle is read). Null when a coefficient is
 * not finite, the matrix is smaller than the risks, or rᵀCr < 0 (contradictory typed correlations).
 */
export function correlatedRiskUsd(risks: readonly Dec[], matrix: readonly (readonly number[])[]): Dec | null {
  // Each distinct coefficient is read into a Dec once (most are the default 1).
  const coefficients = new Map<number, Dec>();
  let sum = ZERO;
  for (let i = 0; i < risks.length; i += 1) {
    const ri = risks[i];
    if (ri === undefined) return null;
    sum = sum.plus(ri.mul(ri));
    for (let j = i + 1; j < risks.length; j += 1) {
      const rj = risks[j];
      const rho = matrix[i]?.[j];
      if (rj === undefined || rho === undefined || !Number.isFinite(rho)) return null;
      if (rho === 0) continue;
      let coefficient = coefficients.get(rho);
      if (coefficient === undefined) {
        coefficient = new D(String(rho)).mul(2);
        coefficients.set(rho, coefficient);
      }
      sum = sum.plus(ri.mul(rj).mul(coefficient));
    }
  }
  if (sum.isNegative()) return null;
  return sum.sqrt();
}

/**
 * Correlated risk to the cent, half up: a statistical estimate (its inputs are sample correlations), shown
 * to the nearest cent as in the worked example, not rounded up like a cash requirement.
 */
export function correlatedRiskCents(amountUsd: Dec): Dec {
  return amountUsd.toDecimalPlaces(2, ROUND_HALF_UP);
}
