/**
 * Limit-down margin stress of the book (FACTS.md, CME equity index price limits).
 *
 * Per index family in the book: its mark (the futures reference price: typed, or else the newest book
 * row's entry in that family, marked "from the book"), optionally the cash index close, and optionally a
 * custom move of its own (else the uniform custom move).
 * - Offsets are computed from the cash index close and rounded down to the futures tick:
 *   offset(p) = floor_to_tick(p × cash close). Without the cash close the reference is the base and the
 *   levels are labelled approximate.
 * - RTH downside levels: reference − offset(7 %), − offset(13 %), − offset(20 %).
 * - Overnight band: reference ∓ offset(7 %).
 * - Custom move c %: reference ± offset(|c| %), in the direction of c.
 * Every scenario applies to every usable family at once. Families without daily price limits (metals and
 * energy: dynamic circuit breakers; currencies: none; custom contracts: no known rule) have no limit
 * levels: they stay at their mark in the limit and overnight-band rows and move only in the custom and gap
 * scenarios; `customOnly` names them and why. The limit rows are not computed when no family in the book
 * has limits. Custom contracts have no stress inputs: their mark is the newest book row's entry and their
 * custom move the uniform one. Futures accounts are marked to market: equity
 * already holds the open P&L, so a scenario's P&L is measured from each family's mark, never from entry:
 * P&L = Σ families (scenario price − mark) × Σ signed quantity × multiplier. Equity after = equity + P&L;
 * margin excess = equity after − the book's maintenance margin; a margin call is a negative excess. A family
 * without a usable mark (its typed reference or cash close is not valid) is left out and named.
 *
 * Uniform move x (a fraction) of every mark: equity(x) = E + x·D, with D = Σ signed quantity × multiplier ×
 * mark. The margin call comes at x = (MM − E) ÷ D and equity reaches zero at x = −E ÷ D; both are shown
 * rounded toward zero (the move is never overstated) in % and, per family, in points at the tick.
 *
 * The figures (`StressFigures`) carry the rounding they are shown with: scenario P&L half-up to the cent,
 * equity and excess down to the cent (a deficit of a fraction of a cent shows as -$0.01), the margin call
 * decided at full precision.
 */
import type { Position } from './book';
import { deltaUsdPerPoint } from './book';
import { familyReference, isFamilyRoot } from './contracts';
import { D, HUNDRED, ONE, ZERO, decToChartNumber, type Dec } from './decimal';
import type { FieldReader } from './fields';
import { RULES, stressKey, type InputKey } from './inputs';
import { towardZero, usdCentsDown, usdCentsNearest } from './rounding';
import { memoizeLast } from './memo';
import { stressBasisOf } from './products/limits';
import type { ProductRegistry, ProductSpec } from './products/registry';
import { ceilToTick, floorToTick } from './tickGrid';

export const SCENARIOS = ['7%', '13%', '20%', 'overnight down', 'overnight up', 'custom'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/**
 * Gap scenarios from the trader's own daily bars (events/gaps.ts): the 99th percentile of |open − previous
 * close| in %, over weekend gaps and over overnight (and holiday) gaps. Each family moves by that % of its
 * mark, rounded UP to its tick (a stress move is never understated), AGAINST the family's net position:
 * down for a net long (Σ signed quantity × multiplier > 0), up for a net short; a flat family does not
 * move. One % for every family: the bars are one product's; the note says so.
 */
export const GAP_SCENARIOS = ['Weekend gap (p99)', 'Overnight gap (p99)'] as const;
export type GapScenarioName = (typeof GAP_SCENARIOS)[number];
/** The rows of the stress table: the limit scenarios, then the gap scenarios. */
export const STRESS_TABLE_SCENARIOS = [...SCENARIOS, ...GAP_SCENARIOS] as const;
export type StressScenario = Scenario | GapScenarioName;

/** The gap scenarios' sizes in % of price (positive); null when the bars have no such gap (or no bars). */
export interface GapMoves {
  readonly weekendPercent: Dec | null;
  readonly overnightPercent: Dec | null;
}

/** A family's limit levels and overnight band, on its tick grid. */
export interface LimitLevels {
  readonly limit7: Dec;
  readonly limit13: Dec;
  readonly limit20: Dec;
  readonly overnightLow: Dec;
  readonly overnightHigh: Dec;
}

/** A family's mark and, when it has daily price limits, its levels. */
export interface FamilyLevelPrices {
  /** The product whose tick the prices are on (the family's standard). */
  readonly spec: ProductSpec;
  /** Null for a family without daily price limits: stressed with custom moves only (limits.ts says why). */
  readonly limits: LimitLevels | null;
  /** The mark in use. */
  readonly mark: Dec;
  /** True when the mark is the newest book row's entry (no reference typed yet). */
  readonly fromBook: boolean;
  /** True when computed from the futures reference (no cash close entered). */
  readonly approximate: boolean;
}

/** Why a family is left out of the scenarios. */
export type FamilyProblem = 'bad-reference' | 'bad-cash' | 'no-reference';

/** The book after one scenario. */
export interface ScenarioOutcome {
  /** Half-up to the cent. */
  readonly pnlUsd: Dec;
  /** Equity after the move, rounded down to the cent. */
  readonly equityUsd: Dec;
  /** Equity after − maintenance margin, rounded down to the cent (negative: a deficit). */
  readonly excessUsd: Dec;
  /** True when the excess is negative (decided at full precision). */
  readonly call: boolean;
}

/** The uniform move of every mark at which equity reaches a level (the margin call, or zero). */
export type MoveToLevel =
  /** The move, toward zero to 0.01 %, and per family in points toward zero to the tick. */
  | {
      readonly kind: 'move';
      readonly percent: Dec;
      readonly points: readonly {
        readonly family: string;
        readonly spec: ProductSpec;
        readonly points: Dec;
      }[];
    }
  /** Equity is already at (or, for the margin call, below) the level at the marks. */
  | { readonly kind: 'already' }
  /** A uniform move leaves the book flat. */
  | { readonly kind: 'none-flat' }
  /** Not even if the index went to zero. */
  | { readonly kind: 'none-to-zero' }
  /** Not within a 100 % rise. */
  | { readonly kind: 'none-within-rise' };

/** Equity as a straight line in the uniform move: equity(m %) = equityAtReference + m × slopePerPercent. */
export interface StressLine {
  readonly equityAtReference: number;
  readonly slopePerPercent: number;
  readonly maintenance: number;
}

export interface StressPoint {
  readonly movePct: number;
  readonly equity: number;
  readonly maintenance: number;
}

/** The stress panel's figures. */
export interface StressFigures {
  /** Families of the valid positions. */
  readonly families: readonly string[];
  /** Each usable family's mark and limit levels (none for a family without daily price limits). */
  readonly levels: Partial<Record<string, FamilyLevelPrices>>;
  /** Why a family is left out of the scenarios, in the families' order. */
  readonly problems: Partial<Record<string, FamilyProblem>>;
  /** Null while not computable (no usable family, equity or maintenance margin; no bars for a gap row). */
  readonly scenarios: Readonly<Record<StressScenario, ScenarioOutcome | null>>;
  /** The gap scenarios' moves in % (from the bars), or null each without bars. */
  readonly gapMoves: GapMoves;
  /** Null while not computable. */
  readonly moveToCall: MoveToLevel | null;
  readonly moveToZero: MoveToLevel | null;
  /** The equity line for the chart (plain numbers, so an unchanged book keeps equal values); null when not computable. */
  readonly line: StressLine | null;
}

/** Price-limit offset: floor_to_tick(fraction × base), base = the cash index close (or the reference). */
export function limitOffset(fraction: Dec, base: Dec, tick: Dec): Dec {
  return floorToTick(fraction.mul(base), tick);
}

/** A family's mark and what its scenario prices are computed from. */
export interface FamilyMark {
  /** The product whose tick and limit rule stand for the family (its standard). */
  readonly spec: ProductSpec;
  readonly reference: Dec;
  /** True when the reference is the newest book row's entry, not a typed price. */
  readonly fromBook: boolean;
  /** The cash index close, or the reference when none is entered. */
  readonly base: Dec;
  readonly approximate: boolean;
  /** The family's own custom move, else the uniform one; null when neither is usable. */
  readonly customPct: Dec | null;
}

export interface FamilyMarks {
  readonly marks: ReadonlyMap<string, FamilyMark>;
  readonly problems: Partial<Record<string, FamilyProblem>>;
}

/**
 * Each family's mark: the typed reference price, or else the entry of the newest valid book row of that
 * family. A family whose typed reference, cash close or own custom move is not valid has no usable mark
 * and gets a problem instead (the field itself carries the message).
 */
export function familyMarks(
  read: FieldReader<InputKey>,
  families: readonly string[],
  positions: readonly Position[],
  registry: ProductRegistry,
): FamilyMarks {
  const newestEntry = new Map<string, { entry: Dec; spec: ProductSpec }>();
  for (const p of positions) newestEntry.set(p.spec.family, { entry: p.entry, spec: p.spec });
  const uniformPct = read.number('stressCustomMove', RULES.movePercent);
  const marks = new Map<string, FamilyMark>();
  const problems: Partial<Record<string, FamilyProblem>> = {};
  for (const family of families) {
    const newest = newestEntry.get(family);
    const spec = familyReference(family, registry) ?? newest?.spec;
    if (spec === undefined) {
      problems[family] = 'no-reference';
      continue;
    }
    if (!isFamilyRoot(family)) {
      // A custom contract: no stress inputs; the mark is the newest entry, the custom move the uniform one.
      if (newest === undefined) problems[family] = 'no-reference';
      else {
        marks.set(family, {
          spec,
          reference: newest.entry,
          fromBook: true,
          base: newest.entry,
          approximate: false,
          customPct: uniformPct,
        });
      }
      continue;
    }
    const typed = read.price(stressKey(family, 'reference'), RULES.price, spec);
    const cash = read.number(stressKey(family, 'cash'), RULES.cashIndex);
    const ownPct = read.number(stressKey(family, 'customMove'), RULES.movePercent);
    if (read.hasError(stressKey(family, 'reference'))) {
      problems[family] = 'bad-reference';
      continue;
    }
    if (read.hasError(stressKey(family, 'cash'))) {
      problems[family] = 'bad-cash';
      continue;
    }
    const reference = typed ?? newest?.entry ?? null;
    if (reference === null) {
      problems[family] = 'no-reference';
      continue;
    }
    marks.set(family, {
      spec,
      reference,
      fromBook: typed === null,
      base: cash ?? reference,
      approximate: cash === null,
      // An invalid own move (its field has the message) leaves only the custom scenario without a figure.
      customPct: read.hasError(stressKey(family, 'customMove')) ? null : (ownPct ?? uniformPct),
    });
  }
  return { marks, problems };
}

/**
 * A family's price in every scenario (custom null without a custom move); each offset computed once. A
 * family without price limits stays at its mark in the limit and overnight-band scenarios.
 */
function scenarioPrices(mark: FamilyMark, hasLimits: boolean): Record<Scenario, Dec | null> {
  const offset = (fraction: Dec) => limitOffset(fraction, mark.base, mark.spec.tickPoints);
  const { customPct, reference } = mark;
  const custom =
    customPct === null
      ? null
      : customPct.isNegative()
        ? reference.minus(offset(customPct.neg().div(HUNDRED)))
        : reference.plus(offset(customPct.div(HUNDRED)));
  if (!hasLimits) {
    return {
      '7%': reference,
      '13%': reference,
      '20%': reference,
      'overnight down': reference,
      'overnight up': reference,
      custom,
    };
  }
  const offset7 = offset(new D('0.07'));
  return {
    '7%': reference.minus(offset7),
    '13%': reference.minus(offset(new D('0.13'))),
    '20%': reference.minus(offset(new D('0.20'))),
    'overnight down': reference.minus(offset7),
    'overnight up': reference.plus(offset7),
    custom,
  };
}

/** Σ signed quantity × multiplier of each family: the book's P&L per point of that family's price. */
export function familyDeltas(positions: readonly Position[]): Map<string, Dec> {
  const deltas = new Map<string, Dec>();
  for (const p of positions) {
    deltas.set(p.spec.family, (deltas.get(p.spec.family) ?? ZERO).plus(deltaUsdPerPoint(p)));
  }
  return deltas;
}

/**
 * The book's P&L when each family moves from its mark to `priceOf(family)`: Σ (price − mark) × delta.
 * Null when a family has no price in this scenario.
 */
export function scenarioPnlUsd(
  deltas: ReadonlyMap<string, Dec>,
  markOf: (family: string) => Dec,
  priceOf: (family: string) => Dec | null,
): Dec | null {
  let pnl = ZERO;
  for (const [family, delta] of deltas) {
    const price = priceOf(family);
    if (price === null) return null;
    pnl = pnl.plus(price.minus(markOf(family)).mul(delta));
  }
  return pnl;
}

/** familyDeltas, the same map while the positions array is the same (typing elsewhere costs no row work). */
const familyDeltasOf = memoizeLast(familyDeltas);

function emptyScenarios<T>(): Record<StressScenario, T | null> {
  return {
    '7%': null,
    '13%': null,
    '20%': null,
    'overnight down': null,
    'overnight up': null,
    custom: null,
    'Weekend gap (p99)': null,
    'Overnight gap (p99)': null,
  };
}

const NO_GAP_MOVES: GapMoves = { weekendPercent: null, overnightPercent: null };

/**
 * A family's price after an adverse gap of `percent` % of its mark: the move rounded up to the tick, down
 * for a net long (delta > 0), up for a net short, the mark itself for a flat family.
 */
export function adverseGapPrice(mark: Dec, percent: Dec, delta: Dec, tick: Dec): Dec {
  const move = ceilToTick(mark.mul(percent).div(HUNDRED), tick);
  if (delta.isZero()) return mark;
  return delta.isPositive() ? mark.minus(move) : mark.plus(move);
}

/** The uniform move x (a fraction) in %, and per family in points, each toward zero (to 0.01 %, to the tick). */
function moveFigure(x: Dec, marks: ReadonlyMap<string, FamilyMark>): MoveToLevel {
  const points = [...marks].map(([family, mark]) => {
    const { tickPoints } = mark.spec;
    const ticks = towardZero(mark.reference.mul(x).div(tickPoints), 0);
    return { family, spec: mark.spec, points: ticks.mul(tickPoints) };
  });
  return { kind: 'move', percent: towardZero(x.mul(HUNDRED), 2), points };
}

/**
 * What the stress knows before equity and margin: each family's levels and each scenario's P&L of the
 * book. Typing the equity or a margin changes none of it (desk.ts keeps it while its arguments stay).
 */
export interface StressMoves {
  readonly families: readonly string[];
  readonly levels: Partial<Record<string, FamilyLevelPrices>>;
  readonly problems: Partial<Record<string, FamilyProblem>>;
  readonly gapMoves: GapMoves;
  /** Each scenario's P&L, at full precision; null where not computable. */
  readonly pnlUsd: Readonly<Record<StressScenario, Dec | null>>;
  /**
   * The book's P&L per unit of uniform move (Σ delta × mark over the usable families held); null when no
   * usable family is held, so that no scenario is computable.
   */
  readonly slope: Dec | null;
  /** The marks of the usable families held. */
  readonly usedMarks: ReadonlyMap<string, FamilyMark>;
}

/** The levels and the scenario P&Ls of `positions` at the marks (see StressMoves). */
export function stressMoves(
  families: readonly string[],
  { marks, problems }: FamilyMarks,
  positions: readonly Position[],
  gapMoves: GapMoves = NO_GAP_MOVES,
): StressMoves {
  const levels: Partial<Record<string, FamilyLevelPrices>> = {};
  const byScenario = new Map<string, Record<Scenario, Dec | null>>();
  for (const [family, mark] of marks) {
    const basis = stressBasisOf(mark.spec);
    const hasLimits = basis.kind === 'limit-levels';
    const scenarioPrice = scenarioPrices(mark, hasLimits);
    byScenario.set(family, scenarioPrice);
    const level = (s: Scenario) => scenarioPrice[s] ?? mark.reference;
    levels[family] = {
      spec: mark.spec,
      limits: hasLimits
        ? {
            limit7: level('7%'),
            limit13: level('13%'),
            limit20: level('20%'),
            overnightLow: level('overnight down'),
            overnightHigh: level('overnight up'),
          }
        : null,
      mark: mark.reference,
      fromBook: mark.fromBook,
      approximate: mark.approximate,
    };
  }
  const pnlUsd = emptyScenarios<Dec>();
  // Σ signed quantity × multiplier per family, over the usable families only.
  const deltas = new Map([...familyDeltasOf(positions)].filter(([family]) => marks.has(family)));
  const moves: StressMoves = {
    families,
    levels,
    problems,
    gapMoves,
    pnlUsd,
    slope: null,
    usedMarks: new Map(),
  };
  if (deltas.size === 0) return moves;

  const markOf = (f: string) => marks.get(f)?.reference ?? ZERO;
  // The limit and overnight-band rows need at least one family with limits among those held.
  const anyLimits = [...deltas.keys()].some((family) => (levels[family]?.limits ?? null) !== null);
  for (const scenario of SCENARIOS) {
    if (scenario !== 'custom' && !anyLimits) continue;
    pnlUsd[scenario] = scenarioPnlUsd(deltas, markOf, (f) => byScenario.get(f)?.[scenario] ?? null);
  }
  for (const [scenario, percent] of [
    ['Weekend gap (p99)', gapMoves.weekendPercent],
    ['Overnight gap (p99)', gapMoves.overnightPercent],
  ] as const) {
    if (percent === null) continue;
    pnlUsd[scenario] = scenarioPnlUsd(deltas, markOf, (f) =>
      adverseGapPrice(markOf(f), percent, deltas.get(f) ?? ZERO, marks.get(f)?.spec.tickPoints ?? ONE),
    );
  }
  let slope = ZERO;
  for (const [family, delta] of deltas) slope = slope.plus(delta.mul(markOf(family)));
  return { ...moves, slope, usedMarks: new Map([...marks].filter(([family]) => deltas.has(family))) };
}

/**
 * The stress panel's figures: the book's moves (stressMoves) against equity and the maintenance margin.
 * Equity or maintenance null means not entered (or not valid): the scenario figures are then null.
 */
export function stressOutcome(
  { families, levels, problems, gapMoves, pnlUsd, slope, usedMarks }: StressMoves,
  equityUsd: Dec | null,
  maintenanceUsd: Dec | null,
): StressFigures {
  const result: StressFigures = {
    families,
    levels,
    problems,
    scenarios: emptyScenarios<ScenarioOutcome>(),
    gapMoves,
    moveToCall: null,
    moveToZero: null,
    line: null,
  };
  if (slope === null || equityUsd === null || maintenanceUsd === null) return result;

  const scenarios = emptyScenarios<ScenarioOutcome>();
  for (const scenario of STRESS_TABLE_SCENARIOS) {
    const pnl = pnlUsd[scenario];
    if (pnl === null) continue;
    const equityAfter = equityUsd.plus(pnl);
    const excess = equityAfter.minus(maintenanceUsd);
    scenarios[scenario] = {
      pnlUsd: usdCentsNearest(pnl),
      // Equity and excess round down: a deficit of a fraction of a cent shows as -$0.01, never as $0.00.
      equityUsd: usdCentsDown(equityAfter),
      excessUsd: usdCentsDown(excess),
      call: excess.isNegative(),
    };
  }
  const moveTo = (level: Dec): MoveToLevel => {
    if (equityUsd.lt(level) || (level.isZero() && equityUsd.lte(0))) return { kind: 'already' };
    if (slope.isZero()) return { kind: 'none-flat' };
    const x = level.minus(equityUsd).div(slope);
    if (x.lt(ONE.neg())) return { kind: 'none-to-zero' };
    if (x.gt(ONE)) return { kind: 'none-within-rise' };
    return moveFigure(x, usedMarks);
  };
  const equityNumber = decToChartNumber(equityUsd);
  const slopeNumber = decToChartNumber(slope.div(HUNDRED));
  const maintenanceNumber = decToChartNumber(maintenanceUsd);
  const line =
    equityNumber === null || slopeNumber === null || maintenanceNumber === null
      ? null
      : { equityAtReference: equityNumber, slopePerPercent: slopeNumber, maintenance: maintenanceNumber };
  return {
    ...result,
    scenarios,
    moveToCall: moveTo(maintenanceUsd),
    moveToZero: moveTo(ZERO),
    line,
  };
}

/** Chart points of the equity line every 0.5 % from −25 % to +10 % (float64: a chart boundary). */
export function stressChartPoints(line: StressLine): StressPoint[] {
  const points: StressPoint[] = [];
  for (let step = -50; step <= 20; step++) {
    const movePct = step / 2;
    points.push({
      movePct,
      equity: line.equityAtReference + movePct * line.slopePerPercent,
      maintenance: line.maintenance,
    });
  }
  return points;
}
