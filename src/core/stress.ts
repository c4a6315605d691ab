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
 * Every scenario applies to every usable family at once. Futures accounts are marked to market: equity
 * already holds the open P&L, so a scenario's P&L is measured from each family's mark, never from entry:
 * P&L = Σ families (scenario price − mark) × Σ signed quantity × multiplier. Equity after = equity + P&L;
 * margin excess = equity after − the book's maintenance margin; a margin call is a negative excess. A family
 * without a usable mark (its typed reference or cash close is not valid) is left out and named.
 *
 * Uniform move x (a fraction) of every mark: equity(x) = E + x·D, with D = Σ signed quantity × multiplier ×
 * mark. The margin call comes at x = (MM − E) ÷ D and equity reaches zero at x = −E ÷ D; both are shown
 * rounded toward zero (the move is never overstated) in % and, per family, in points at the tick.
 */
import type { Position } from './book';
import { deltaUsdPerPoint } from './book';
import { familyPair, type FamilyRoot } from './contracts';
import { D, HUNDRED, ONE, ZERO, decToChartNumber, type Dec } from './decimal';
import type { FieldReader } from './fields';
import {
  formatPrice,
  formatSignedPercent,
  formatSignedPoints,
  formatSignedUsd,
  formatUsd,
  NO_VALUE,
} from './format';
import { RULES, stressKey, type InputKey } from './inputs';
import { towardZero, usdCentsDown, usdCentsNearest } from './rounding';
import { memoizeLast } from './memo';
import { floorToTick } from './tickGrid';

export const SCENARIOS = ['7%', '13%', '20%', 'overnight down', 'overnight up', 'custom'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface FamilyLevels {
  readonly limit7: string;
  readonly limit13: string;
  readonly limit20: string;
  readonly overnightLow: string;
  readonly overnightHigh: string;
  /** The mark in use, at the family's tick precision. */
  readonly mark: string;
  /** True when the mark is the newest book row's entry (no reference typed yet). */
  readonly fromBook: boolean;
  /** True when computed from the futures reference (no cash close entered). */
  readonly approximate: boolean;
}

export interface ScenarioFigures {
  readonly pnl: string;
  readonly equity: string;
  readonly excess: string;
  readonly call: string;
}

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

export interface StressResult {
  /** Families of the valid positions. */
  readonly families: readonly FamilyRoot[];
  readonly levels: Partial<Record<FamilyRoot, FamilyLevels>>;
  /** Why a family is left out of the scenarios ("its reference price is not valid"). */
  readonly problems: Partial<Record<FamilyRoot, string>>;
  /** One line naming the families left out of the scenarios, or empty. */
  readonly leftOut: string;
  readonly scenarios: Readonly<Record<Scenario, ScenarioFigures>>;
  readonly moveToCall: string;
  readonly moveToZero: string;
  /** The equity line for the chart (plain numbers, so an unchanged book keeps equal values); null when not computable. */
  readonly line: StressLine | null;
}

const NO_FIGURES: ScenarioFigures = { pnl: NO_VALUE, equity: NO_VALUE, excess: NO_VALUE, call: NO_VALUE };

/** Price-limit offset: floor_to_tick(fraction × base), base = the cash index close (or the reference). */
export function limitOffset(fraction: Dec, base: Dec, tick: Dec): Dec {
  return floorToTick(fraction.mul(base), tick);
}

/** A family's mark and what its scenario prices are computed from. */
export interface FamilyMark {
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
  readonly marks: ReadonlyMap<FamilyRoot, FamilyMark>;
  readonly problems: Partial<Record<FamilyRoot, string>>;
}

/**
 * Each family's mark: the typed reference price, or else the entry of the newest valid book row of that
 * family. A family whose typed reference, cash close or own custom move is not valid has no usable mark
 * and gets a problem instead (the field itself carries the message).
 */
export function familyMarks(
  read: FieldReader<InputKey>,
  families: readonly FamilyRoot[],
  positions: readonly Position[],
): FamilyMarks {
  const newestEntry = new Map<FamilyRoot, Dec>();
  for (const p of positions) newestEntry.set(p.spec.family, p.entry);
  const uniformPct = read.number('stressCustomMove', RULES.movePercent);
  const marks = new Map<FamilyRoot, FamilyMark>();
  const problems: Partial<Record<FamilyRoot, string>> = {};
  for (const family of families) {
    const spec = familyPair(family).mini;
    const typed = read.price(stressKey(family, 'reference'), RULES.price, spec);
    const cash = read.number(stressKey(family, 'cash'), RULES.cashIndex);
    const ownPct = read.number(stressKey(family, 'customMove'), RULES.movePercent);
    if (read.hasError(stressKey(family, 'reference'))) {
      problems[family] = 'its reference price is not valid';
      continue;
    }
    if (read.hasError(stressKey(family, 'cash'))) {
      problems[family] = 'its cash index close is not valid';
      continue;
    }
    const reference = typed ?? newestEntry.get(family) ?? null;
    if (reference === null) {
      problems[family] = 'it has no reference price';
      continue;
    }
    marks.set(family, {
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

/** A family's price in every scenario (custom null without a custom move); each offset computed once. */
function scenarioPrices(mark: FamilyMark, tick: Dec): Record<Scenario, Dec | null> {
  const offset = (fraction: Dec) => limitOffset(fraction, mark.base, tick);
  const offset7 = offset(new D('0.07'));
  const { customPct, reference } = mark;
  const custom =
    customPct === null
      ? null
      : customPct.isNegative()
        ? reference.minus(offset(customPct.neg().div(HUNDRED)))
        : reference.plus(offset(customPct.div(HUNDRED)));
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
export function familyDeltas(positions: readonly Position[]): Map<FamilyRoot, Dec> {
  const deltas = new Map<FamilyRoot, Dec>();
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
  deltas: ReadonlyMap<FamilyRoot, Dec>,
  markOf: (family: FamilyRoot) => Dec,
  priceOf: (family: FamilyRoot) => Dec | null,
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

function emptyScenarios(): Record<Scenario, ScenarioFigures> {
  return Object.fromEntries(SCENARIOS.map((s) => [s, NO_FIGURES])) as Record<Scenario, ScenarioFigures>;
}

function describeMove(x: Dec, marks: ReadonlyMap<FamilyRoot, FamilyMark>): string {
  const parts = [...marks].map(([family, mark]) => {
    const spec = familyPair(family).mini;
    const ticks = towardZero(mark.reference.mul(x).div(spec.tickPoints), 0);
    return `${family} ${formatSignedPoints(ticks.mul(spec.tickPoints), spec)}`;
  });
  return `${formatSignedPercent(towardZero(x.mul(HUNDRED), 2))} (${parts.join(', ')})`;
}

/** "ES left out: its reference price is not valid." for each family without a usable mark. */
function leftOutLine(problems: Partial<Record<FamilyRoot, string>>): string {
  return Object.entries(problems)
    .map(([family, problem]) => `${family} left out: ${problem}.`)
    .join(' ');
}

/**
 * Computes the stress panel from the marks. `positions` are the book's valid rows; equity or maintenance
 * null means not entered (or not valid): the scenario figures then show "—".
 */
export function computeStress(
  families: readonly FamilyRoot[],
  { marks, problems }: FamilyMarks,
  positions: readonly Position[],
  equityUsd: Dec | null,
  maintenanceUsd: Dec | null,
): StressResult {
  const levels: Partial<Record<FamilyRoot, FamilyLevels>> = {};
  const byScenario = new Map<FamilyRoot, Record<Scenario, Dec | null>>();
  for (const [family, mark] of marks) {
    const spec = familyPair(family).mini;
    const scenarioPrice = scenarioPrices(mark, spec.tickPoints);
    byScenario.set(family, scenarioPrice);
    const level = (s: Scenario) => formatPrice(scenarioPrice[s] ?? mark.reference, spec);
    levels[family] = {
      limit7: level('7%'),
      limit13: level('13%'),
      limit20: level('20%'),
      overnightLow: level('overnight down'),
      overnightHigh: level('overnight up'),
      mark: formatPrice(mark.reference, spec),
      fromBook: mark.fromBook,
      approximate: mark.approximate,
    };
  }
  const result: StressResult = {
    families,
    levels,
    problems,
    leftOut: leftOutLine(problems),
    scenarios: emptyScenarios(),
    moveToCall: NO_VALUE,
    moveToZero: NO_VALUE,
    line: null,
  };
  // Σ signed quantity × multiplier per family, over the usable families only.
  const deltas = new Map([...familyDeltasOf(positions)].filter(([family]) => marks.has(family)));
  if (deltas.size === 0 || equityUsd === null || maintenanceUsd === null) return result;

  const markOf = (f: FamilyRoot) => marks.get(f)?.reference ?? ZERO;
  const scenarios = emptyScenarios();
  for (const scenario of SCENARIOS) {
    const pnl = scenarioPnlUsd(deltas, markOf, (f) => byScenario.get(f)?.[scenario] ?? null);
    if (pnl === null) continue;
    const equityAfter = equityUsd.plus(pnl);
    const excess = equityAfter.minus(maintenanceUsd);
    scenarios[scenario] = {
      pnl: formatSignedUsd(usdCentsNearest(pnl)),
      // Equity and excess round down: a deficit of a fraction of a cent shows as -$0.01, never as $0.00.
      equity: formatUsd(usdCentsDown(equityAfter)),
      excess: formatSignedUsd(usdCentsDown(excess)),
      call: excess.isNegative() ? 'Yes' : 'No',
    };
  }

  let slope = ZERO;
  for (const [family, delta] of deltas) slope = slope.plus(delta.mul(markOf(family)));
  const usedMarks = new Map([...marks].filter(([family]) => deltas.has(family)));
  const moveTo = (level: Dec, already: string): string => {
    if (equityUsd.lt(level) || (level.isZero() && equityUsd.lte(0))) return already;
    if (slope.isZero()) return 'None: a uniform move leaves the book flat';
    const x = level.minus(equityUsd).div(slope);
    if (x.lt(ONE.neg())) return 'None: not even if the index went to zero';
    if (x.gt(ONE)) return 'None within a 100% rise';
    return describeMove(x, usedMarks);
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
    moveToCall: moveTo(maintenanceUsd, 'Already below maintenance margin at the marks'),
    moveToZero: moveTo(ZERO, 'Equity is already at or below zero'),
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
