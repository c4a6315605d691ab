/**
 * Limit-down margin stress of the book (FACTS.md, CME equity index price limits).
 *
 * Per index family in the book: the futures reference price and, optionally, the cash index close.
 * - Offsets are computed from the cash index close and rounded down to the futures tick:
 *   offset(p) = floor_to_tick(p × cash close). Without the cash close the reference is the base and the
 *   levels are labelled approximate.
 * - RTH downside levels: reference − offset(7 %), − offset(13 %), − offset(20 %).
 * - Overnight band: reference ∓ offset(7 %).
 * - Custom move c %: reference ± offset(|c| %), in the direction of c.
 * Every scenario applies to every family at once. P&L of each position = (price − entry) × quantity ×
 * multiplier × (+1 long, −1 short); equity after = account equity + book P&L; margin excess = equity after −
 * the book's maintenance margin; a margin call is a negative excess.
 *
 * Uniform move x (a fraction) of every reference price: equity(x) = E + P₀ + x·D, with P₀ the book's P&L
 * at the reference prices and D = Σ signed quantity × multiplier × reference. The margin call comes at
 * x = (MM − E − P₀) ÷ D and equity reaches zero at x = −(E + P₀) ÷ D; both are shown rounded toward zero
 * (the move is never overstated) in % and, per family, in points at the tick.
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
import { floorToTick } from './tickGrid';

export const SCENARIOS = ['7%', '13%', '20%', 'overnight down', 'overnight up', 'custom'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface FamilyLevels {
  readonly limit7: string;
  readonly limit13: string;
  readonly limit20: string;
  readonly overnightLow: string;
  readonly overnightHigh: string;
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
  readonly families: readonly FamilyRoot[];
  readonly levels: Partial<Record<FamilyRoot, FamilyLevels>>;
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

interface FamilyPrices {
  readonly reference: Dec;
  readonly base: Dec;
  readonly approximate: boolean;
}

/** A family's price in every scenario (custom null without a custom move); each offset computed once. */
function scenarioPrices(
  prices: FamilyPrices,
  tick: Dec,
  customPct: Dec | null,
): Record<Scenario, Dec | null> {
  const offset = (fraction: Dec) => limitOffset(fraction, prices.base, tick);
  const offset7 = offset(new D('0.07'));
  const custom =
    customPct === null
      ? null
      : customPct.isNegative()
        ? prices.reference.minus(offset(customPct.neg().div(HUNDRED)))
        : prices.reference.plus(offset(customPct.div(HUNDRED)));
  return {
    '7%': prices.reference.minus(offset7),
    '13%': prices.reference.minus(offset(new D('0.13'))),
    '20%': prices.reference.minus(offset(new D('0.20'))),
    'overnight down': prices.reference.minus(offset7),
    'overnight up': prices.reference.plus(offset7),
    custom,
  };
}

/**
 * A family's exposure summed over the book: P&L at price P = P × deltaUsd − entryWeightedUsd, with
 * deltaUsd = Σ signed quantity × multiplier and entryWeightedUsd = Σ entry × signed quantity × multiplier.
 */
interface FamilyExposure {
  readonly deltaUsd: Dec;
  readonly entryWeightedUsd: Dec;
}

function familyExposures(positions: readonly Position[]): Map<FamilyRoot, FamilyExposure> {
  const exposures = new Map<FamilyRoot, FamilyExposure>();
  for (const p of positions) {
    const delta = deltaUsdPerPoint(p);
    const before = exposures.get(p.spec.family) ?? { deltaUsd: ZERO, entryWeightedUsd: ZERO };
    exposures.set(p.spec.family, {
      deltaUsd: before.deltaUsd.plus(delta),
      entryWeightedUsd: before.entryWeightedUsd.plus(p.entry.mul(delta)),
    });
  }
  return exposures;
}

/** Book P&L with each family at its price (null when a family has no price). */
function bookPnlAt(
  exposures: Map<FamilyRoot, FamilyExposure>,
  priceOf: (family: FamilyRoot) => Dec | null,
): Dec | null {
  let pnl = ZERO;
  for (const [family, exposure] of exposures) {
    const price = priceOf(family);
    if (price === null) return null;
    pnl = pnl.plus(price.mul(exposure.deltaUsd)).minus(exposure.entryWeightedUsd);
  }
  return pnl;
}

function emptyScenarios(): Record<Scenario, ScenarioFigures> {
  return Object.fromEntries(SCENARIOS.map((s) => [s, NO_FIGURES])) as Record<Scenario, ScenarioFigures>;
}

function describeMove(
  x: Dec,
  families: readonly FamilyRoot[],
  prices: Partial<Record<FamilyRoot, FamilyPrices>>,
): string {
  const parts = families.map((family) => {
    const spec = familyPair(family).mini;
    const reference = prices[family]?.reference ?? ZERO;
    const ticks = towardZero(reference.mul(x).div(spec.tickPoints), 0);
    return `${family} ${formatSignedPoints(ticks.mul(spec.tickPoints), spec)}`;
  });
  return `${formatSignedPercent(towardZero(x.mul(HUNDRED), 2))} (${parts.join(', ')})`;
}

/** Computes the stress panel. `positions` null means the book is incomplete; equity null means not entered. */
export function computeStress(
  read: FieldReader<InputKey>,
  positions: readonly Position[] | null,
  families: readonly FamilyRoot[],
  equityUsd: Dec | null,
  maintenanceUsd: Dec | null,
): StressResult {
  const levels: Partial<Record<FamilyRoot, FamilyLevels>> = {};
  const prices: Partial<Record<FamilyRoot, FamilyPrices>> = {};
  const byScenario: Partial<Record<FamilyRoot, Record<Scenario, Dec | null>>> = {};
  const customPct = read.number('stressCustomMove', RULES.movePercent);
  for (const family of families) {
    const spec = familyPair(family).mini;
    const reference = read.price(stressKey(family, 'reference'), RULES.price, spec);
    const cash = read.number(stressKey(family, 'cash'), RULES.cashIndex);
    if (reference === null || read.hasError(stressKey(family, 'cash'))) continue;
    const familyPrices = { reference, base: cash ?? reference, approximate: cash === null };
    const scenarioPrice = scenarioPrices(familyPrices, spec.tickPoints, customPct);
    prices[family] = familyPrices;
    byScenario[family] = scenarioPrice;
    const level = (s: Scenario) => formatPrice(scenarioPrice[s] ?? reference, spec);
    levels[family] = {
      limit7: level('7%'),
      limit13: level('13%'),
      limit20: level('20%'),
      overnightLow: level('overnight down'),
      overnightHigh: level('overnight up'),
      approximate: familyPrices.approximate,
    };
  }
  const result: StressResult = {
    families,
    levels,
    scenarios: emptyScenarios(),
    moveToCall: NO_VALUE,
    moveToZero: NO_VALUE,
    line: null,
  };
  const allPriced = families.every((f) => prices[f] !== undefined);
  if (
    positions === null ||
    positions.length === 0 ||
    !allPriced ||
    equityUsd === null ||
    maintenanceUsd === null
  ) {
    return result;
  }
  const exposures = familyExposures(positions);
  const scenarios = emptyScenarios();
  for (const scenario of SCENARIOS) {
    const pnl = bookPnlAt(exposures, (f) => byScenario[f]?.[scenario] ?? null);
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

  const referenceOf = (f: FamilyRoot) => prices[f]?.reference ?? ZERO;
  const pnlAtReference = bookPnlAt(exposures, referenceOf) ?? ZERO;
  let slope = ZERO;
  for (const [family, exposure] of exposures) slope = slope.plus(exposure.deltaUsd.mul(referenceOf(family)));
  const equityAtReference = equityUsd.plus(pnlAtReference);
  const moveTo = (level: Dec, already: string): string => {
    if (equityAtReference.lt(level) || (level.isZero() && equityAtReference.lte(0))) return already;
    if (slope.isZero()) return 'None: a uniform move leaves the book flat';
    const x = level.minus(equityAtReference).div(slope);
    if (x.lt(ONE.neg())) return 'None: not even if the index went to zero';
    if (x.gt(ONE)) return 'None within a 100% rise';
    return describeMove(x, families, prices);
  };
  const equityNumber = decToChartNumber(equityAtReference);
  const slopeNumber = decToChartNumber(slope.div(HUNDRED));
  const maintenanceNumber = decToChartNumber(maintenanceUsd);
  const line =
    equityNumber === null || slopeNumber === null || maintenanceNumber === null
      ? null
      : { equityAtReference: equityNumber, slopePerPercent: slopeNumber, maintenance: maintenanceNumber };
  return {
    ...result,
    scenarios,
    moveToCall: moveTo(maintenanceUsd, 'Already below maintenance margin at the reference prices'),
    moveToZero: moveTo(ZERO, 'Equity is already at or below zero at the reference prices'),
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
