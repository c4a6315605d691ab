/**
 * Expectancy and the Kelly fraction of a trading record (DESIGN.md "Kelly", FACTS.md "Formulas").
 *
 * - A record is a pasted list of trade results, one per line, all in USD (`$120`, `-80`, `-$80`, a bare
 *   number counts as USD) or all in R (`1.5R`, `-1R`, `−1 R`), or a typed summary (win rate %, average
 *   win, average loss).
 * - Wins are results > 0, losses < 0; a result of exactly 0 (a scratch) is neither. Win rate
 *   p = wins ÷ (wins + losses); average win W and average loss L (a positive magnitude) are the means of
 *   the wins and of |losses|; payoff b = W ÷ L. Expectancy per trade = Σ results ÷ number of trades
 *   (scratches included): the average the record actually made per trade, in its unit. For a typed
 *   summary that is p·W − (1 − p)·L.
 * - Kelly f* = p − (1 − p) ÷ b, the fraction of equity to lose on an average loss. Scratches leave f*
 *   unchanged (their growth term is ln 1 = 0), which is why they stay out of p. f* ≤ 0 means no edge and
 *   every Kelly size is 0, never negative. Half and quarter Kelly are f* ÷ 2 and f* ÷ 4. Kelly informs; the
 *   sizer never reads it (the chosen risk % stays the ceiling).
 * - Growth per trade g(f) = p·ln(1 + b·f) + (1 − p)·ln(1 − f), maximal at f = f*. Computed in float64
 *   (a statistical curve, not money): Decs are converted once, at the chart boundary.
 *
 * Figures are exact Decs; the presenter rounds (percentages with `ratioNearest`). Fractions are 0–1
 * (0.25 = 25 %); a name ending in `Percent` is 0–100.
 */
import { D, HUNDRED, ONE, ZERO, type Dec } from '../decimal';
import { parseNumberText } from '../parse';

export type ResultUnit = 'usd' | 'r';

/** A line of a pasted list that is left out, with its 1-based line number. */
export interface BadLine {
  readonly line: number;
  readonly text: string;
  readonly message: string;
}

export interface ResultsList {
  /** The unit of the list (of its first valid line), or null when no line is valid. */
  readonly unit: ResultUnit | null;
  /** Valid results in list order. */
  readonly results: readonly Dec[];
  /** Lines left out: not a number, or not in the list's unit. */
  readonly badLines: readonly BadLine[];
}

/** Largest magnitude accepted on a line: $1,000,000,000 or 1,000 R. */
const USD_RULE = { unit: 'usd', min: '-1000000000', max: '1000000000' } as const;
const R_RULE = { unit: 'plain', min: '-1000', max: '1000' } as const;

const R_SUFFIX = /^(.*?)\s*[Rr]$/;

function readLine(text: string): { unit: ResultUnit; value: Dec } | { message: string } {
  // The typographic minus (U+2212) and a leading plus are what people paste from reports.
  const normalised = text.replace(/\u2212/g, '-').replace(/^\+/, '');
  const rMatch = R_SUFFIX.exec(normalised);
  if (rMatch !== null) {
    const body = rMatch[1] ?? '';
    const parsed = body.includes('$') ? null : parseNumberText(body, R_RULE);
    if (parsed?.status === 'ok') return { unit: 'r', value: parsed.value };
    return { message: `"${text}" is not a result in R (e.g. 1.5R or -1R).` };
  }
  const parsed = parseNumberText(normalised, USD_RULE);
  if (parsed.status === 'ok') return { unit: 'usd', value: parsed.value };
  return { message: `"${text}" is not a result in $ or R (e.g. $120, -80, 1.5R).` };
}

const UNIT_NAMES: Record<ResultUnit, string> = { usd: '$', r: 'R' };

/**
 * Parses a pasted list of trade results. Blank lines are skipped; every other line is a result or a bad
 * line with its number. The first valid line sets the unit; a line in the other unit is a bad line.
 */
export function parseResultsList(text: string): ResultsList {
  const results: Dec[] = [];
  const badLines: BadLine[] = [];
  let unit: ResultUnit | null = null;
  let unitLine = 0;
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const read = readLine(trimmed);
    if ('message' in read) {
      badLines.push({ line, text: trimmed, message: `line ${line}: ${read.message}` });
      return;
    }
    if (unit === null) {
      unit = read.unit;
      unitLine = line;
    } else if (read.unit !== unit) {
      badLines.push({
        line,
        text: trimmed,
        message: `line ${line}: "${trimmed}" is in ${UNIT_NAMES[read.unit]}; the list is in ${UNIT_NAMES[unit]} (line ${unitLine}). Use one unit.`,
      });
      return;
    }
    results.push(read.value);
  });
  return { unit, results, badLines };
}

export interface TradeCounts {
  readonly trades: number;
  readonly wins: number;
  readonly losses: number;
  /** Results of exactly 0. */
  readonly scratches: number;
}

export interface TradeStats {
  readonly unit: ResultUnit;
  /** Counts of a list; null for a typed summary. */
  readonly counts: TradeCounts | null;
  /** p = wins ÷ (wins + losses), 0–1; null without a win or a loss. */
  readonly winRate: Dec | null;
  /** Mean of the wins, null without a win. */
  readonly averageWin: Dec | null;
  /** Mean of |losses| (positive), null without a loss. */
  readonly averageLoss: Dec | null;
  /** Average result per trade in the record's unit; null without trades. */
  readonly expectancy: Dec | null;
  /** b = average win ÷ average loss; 0 without a win; null without a loss. */
  readonly payoff: Dec | null;
}

/** Win rate, averages, expectancy and payoff of a list of results in one unit. */
export function statsFromResults(results: readonly Dec[], unit: ResultUnit): TradeStats {
  let winSum = ZERO;
  let lossSum = ZERO;
  let wins = 0;
  let losses = 0;
  for (const r of results) {
    if (r.gt(0)) {
      wins += 1;
      winSum = winSum.plus(r);
    } else if (r.lt(0)) {
      losses += 1;
      lossSum = lossSum.minus(r);
    }
  }
  const trades = results.length;
  const decided = wins + losses;
  const averageWin = wins > 0 ? winSum.div(wins) : null;
  const averageLoss = losses > 0 ? lossSum.div(losses) : null;
  return {
    unit,
    counts: { trades, wins, losses, scratches: trades - decided },
    winRate: decided > 0 ? new D(wins).div(decided) : null,
    averageWin,
    averageLoss,
    expectancy: trades > 0 ? winSum.minus(lossSum).div(trades) : null,
    payoff: averageLoss === null ? null : (averageWin ?? ZERO).div(averageLoss),
  };
}

export interface TypedSummary {
  /** Win rate as typed, 0–100. */
  readonly winRatePercent: Dec;
  /** Average win, ≥ 0, in `unit`. */
  readonly averageWin: Dec;
  /** Average loss as a positive magnitude, > 0, in `unit`. */
  readonly averageLoss: Dec;
  readonly unit: ResultUnit;
}

export type SummaryField = 'winRatePercent' | 'averageWin' | 'averageLoss';

/**
 * Stats from a typed summary. Expectancy = p·W − (1 − p)·L; b = W ÷ L. Out-of-range figures give a
 * message for their field (the typed fields are parsed by their own rules first; this guards the math).
 */
export function statsFromSummary(
  summary: TypedSummary,
):
  | { readonly status: 'ok'; readonly stats: TradeStats }
  | { readonly status: 'error'; readonly errors: Partial<Record<SummaryField, string>> } {
  const { winRatePercent, averageWin, averageLoss, unit } = summary;
  const errors: Partial<Record<SummaryField, string>> = {};
  if (winRatePercent.lt(0) || winRatePercent.gt(100))
    errors.winRatePercent = 'Enter a win rate from 0% to 100%.';
  if (averageWin.lt(0)) errors.averageWin = 'Enter an average win of at least 0.';
  if (averageLoss.lte(0)) errors.averageLoss = 'Enter an average loss greater than 0 (as a positive amount).';
  if (Object.keys(errors).length > 0) return { status: 'error', errors };
  const p = winRatePercent.div(HUNDRED);
  return {
    status: 'ok',
    stats: {
      unit,
      counts: null,
      winRate: p,
      averageWin,
      averageLoss,
      expectancy: p.mul(averageWin).minus(ONE.minus(p).mul(averageLoss)),
      payoff: averageWin.div(averageLoss),
    },
  };
}

export interface Kelly {
  /** f* = p − (1 − p) ÷ b; null when b = 0 (no win: minus infinity, no edge). */
  readonly fStar: Dec | null;
  /** f* ≤ 0 (or no win): every size below is 0. */
  readonly noEdge: boolean;
  /** max(f*, 0), fraction of equity (0.25 = 25 %). */
  readonly fullFraction: Dec;
  readonly halfFraction: Dec;
  readonly quarterFraction: Dec;
}

/** Kelly from a win rate p (0–1) and a payoff b ≥ 0. */
export function kellyFraction(p: Dec, b: Dec): Kelly {
  if (b.lte(0)) {
    return { fStar: null, noEdge: true, fullFraction: ZERO, halfFraction: ZERO, quarterFraction: ZERO };
  }
  const fStar = p.minus(ONE.minus(p).div(b));
  const full = fStar.gt(0) ? fStar : ZERO;
  return {
    fStar,
    noEdge: fStar.lte(0),
    fullFraction: full,
    halfFraction: full.div(2),
    quarterFraction: full.div(4),
  };
}

export type KellyFromStats =
  | { readonly status: 'ok'; readonly kelly: Kelly }
  | { readonly status: 'unavailable'; readonly reason: 'no trades' | 'no losses' };

/**
 * Kelly of a record. Without any win or loss there is nothing to say ('no trades'); without a loss the
 * payoff is unbounded and f* would be p = 100 %: reported as 'no losses' rather than as a size.
 */
export function kellyFromStats(stats: TradeStats): KellyFromStats {
  if (stats.winRate === null) return { status: 'unavailable', reason: 'no trades' };
  if (stats.payoff === null) return { status: 'unavailable', reason: 'no losses' };
  return { status: 'ok', kelly: kellyFraction(stats.winRate, stats.payoff) };
}

export interface RiskAgainstKelly {
  /** The chosen risk as a fraction of equity (risk % ÷ 100). */
  readonly riskFraction: Dec;
  /** Chosen risk ÷ full Kelly (0.04 = 4 % of Kelly); null when there is no edge. */
  readonly ofFullKelly: Dec | null;
  readonly aboveHalfKelly: boolean;
  readonly aboveFullKelly: boolean;
}

/** Places the chosen risk % beside the Kelly sizes. With no edge any risk is above Kelly. */
export function riskAgainstKelly(riskPercent: Dec, kelly: Kelly): RiskAgainstKelly {
  const riskFraction = riskPercent.div(HUNDRED);
  return {
    riskFraction,
    ofFullKelly: kelly.noEdge ? null : riskFraction.div(kelly.fullFraction),
    aboveHalfKelly: riskFraction.gt(kelly.halfFraction),
    aboveFullKelly: riskFraction.gt(kelly.fullFraction),
  };
}

/**
 * Expected log growth per trade at fraction f: p·ln(1 + b·f) + (1 − p)·ln(1 − f), float64 (0.0457 =
 * 4.57 % per trade). Defined for 0 ≤ f < 1; null outside (at f = 1 one loss is ruin: −∞).
 */
export function growthPerTrade(p: number, b: number, f: number): number | null {
  if (!(f >= 0 && f < 1) || !Number.isFinite(p) || !Number.isFinite(b)) return null;
  const g = p * Math.log1p(b * f) + (1 - p) * Math.log1p(-f);
  return Number.isFinite(g) ? g : null;
}

export interface GrowthPoint {
  readonly f: number;
  readonly g: number;
}

export interface GrowthChart {
  /** Evenly spaced f from 0 to the range's end. */
  readonly points: readonly GrowthPoint[];
  readonly risk: GrowthPoint | null;
  readonly half: GrowthPoint | null;
  readonly full: GrowthPoint | null;
}

/** The chart never reaches f = 1, where g is −∞. */
const MAX_CHART_F = 0.99;
/** Smallest range end, so that a tiny risk or edge still has a visible curve. */
const MIN_CHART_F = 0.02;

/**
 * Points of g(f) for a chart, f from 0 to max(2·f*, 2 × chosen risk, 0.02) capped at 0.99 (g crosses 0
 * near 2·f*, so the range shows the whole hump and the chosen risk), plus the marked points at the
 * chosen risk, half and full Kelly (null when there is no edge, or a mark lies outside 0 ≤ f < 1).
 */
export function growthChart(p: Dec, b: Dec, kelly: Kelly, riskFraction: Dec, pointCount = 101): GrowthChart {
  const pn = p.toNumber();
  const bn = b.toNumber();
  const fullF = kelly.fullFraction.toNumber();
  const riskF = riskFraction.toNumber();
  const end = Math.min(MAX_CHART_F, Math.max(2 * fullF, 2 * riskF, MIN_CHART_F));
  const count = Math.max(2, Math.floor(pointCount));
  const points: GrowthPoint[] = [];
  for (let i = 0; i < count; i++) {
    const f = (end * i) / (count - 1);
    const g = growthPerTrade(pn, bn, f);
    if (g !== null) points.push({ f, g });
  }
  const mark = (f: number): GrowthPoint | null => {
    const g = growthPerTrade(pn, bn, f);
    return g === null ? null : { f, g };
  };
  return {
    points,
    risk: mark(riskF),
    half: kelly.noEdge ? null : mark(kelly.halfFraction.toNumber()),
    full: kelly.noEdge ? null : mark(fullF),
  };
}
