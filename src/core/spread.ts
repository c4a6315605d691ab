/**
 * The spread planner: a long leg against a short leg (default long M2K, short MES), matched by one of three
 * hedge methods. Each method fixes the exposure one contract of each leg carries:
 *
 * - Notional (dollar-neutral): exposure = price × multiplier.
 * - Beta: the long leg's exposure is β × price × multiplier (short notional = β × long notional).
 * - Volatility: exposure = ATR (points) × multiplier, i.e. equal dollar ATR on both legs.
 *
 * Hedge ratio (short contracts per long contract) = long exposure ÷ short exposure
 * (RTY 2,000 vs ES 5,800: 100,000 ÷ 290,000 = 0.3448). The short position is the whole number of short
 * contracts (or micro units, with the mini + micro mix) whose exposure is nearest the target; ties go to
 * the smaller position. Target short notional = long quantity × ratio × short price × short multiplier;
 * mismatch = target short notional − short notional (positive: the short side is too small), in USD and
 * as % of the target. With equal moves m on both legs, a dollar-neutral spread's P&L is mismatch × m.
 *
 * Scenario: the leg of the Russell 2000 family moves by the small-cap move, the others by the large-cap
 * move; P&L = long notional × move_long − short notional × move_short.
 *
 * The figures (`SpreadFigures`) carry the rounding they are shown with: money half-up to the cent, the
 * hedge ratio half-up to 4 decimals, percentages half-up to 0.01 %.
 */
import { pairOf } from './contracts';
import type { ProductRegistry, ProductSpec } from './products/registry';
import { D, HUNDRED, ONE, type Dec } from './decimal';
import type { FieldReader } from './fields';
import { contractCounts, type ContractCounts } from './figures';
import { RULES, SPREAD_METHODS, type InputKey, type SpreadMethod } from './inputs';
import { microUnitsToLegs, notionalUsd, sumOverLegs, type SizedLeg } from './positionSize';
import { nearestWholeUnits, ratioNearest, usdCentsNearest } from './rounding';

/** Rows of the best-matches table. */
const BEST_MATCH_ROWS = 5;

export interface SpreadMatch {
  readonly longQty: number;
  readonly shortQty: number;
  /** |mismatch| as % of the target. */
  readonly mismatchPercent: Dec;
}

/** The planned spread, for "Add spread to book". */
export interface PlannedSpread {
  readonly long: { readonly spec: ProductSpec; readonly count: number; readonly price: Dec };
  readonly shortLegs: readonly SizedLeg[];
  readonly shortPrice: Dec;
}

/** The best match: a long : short pair, or none within the max per leg. */
export type BestMatch =
  | { readonly kind: 'match'; readonly longQty: number; readonly shortQty: number }
  | { readonly kind: 'none-within'; readonly maxPerLeg: number };

/** Which move of the scenario applies to which leg: the small-cap move to the Russell 2000 family. */
export interface SpreadMoves {
  readonly longSymbol: string;
  readonly longMove: 'small' | 'large';
  readonly shortSymbol: string;
  readonly shortMove: 'small' | 'large';
}

/** The spread planner's figures; null members are not computable yet. */
export interface SpreadFigures {
  readonly longSymbol: string | null;
  readonly shortSymbol: string | null;
  /** Short contracts per long contract, half-up to 4 decimals. */
  readonly hedgeRatio: Dec | null;
  readonly bestMatch: BestMatch | null;
  /** The best-matches table; each `mismatchPercent` half-up to 0.01 %. */
  readonly bestMatches: readonly SpreadMatch[];
  readonly shortPosition: ContractCounts | null;
  /** Half-up to the cent. */
  readonly longNotionalUsd: Dec | null;
  readonly shortNotionalUsd: Dec | null;
  /** Target short notional − short notional, half-up to the cent (positive: the short side is too small). */
  readonly mismatchUsd: Dec | null;
  /** Mismatch as % of the target, half-up to 0.01 %. */
  readonly mismatchPercent: Dec | null;
  /** The short notional the method asks for (half-up to the cent) and the method. */
  readonly target: { readonly shortNotionalUsd: Dec; readonly method: SpreadMethod } | null;
  /** The scenario's P&L, half-up to the cent. */
  readonly pnlUsd: Dec | null;
  readonly moves: SpreadMoves | null;
  /** The spread as planned, for "Add spread to book". */
  readonly planned: PlannedSpread | null;
}

type MutableSpreadFigures = { -readonly [K in keyof SpreadFigures]: SpreadFigures[K] };

function emptyFigures(): MutableSpreadFigures {
  return {
    longSymbol: null,
    shortSymbol: null,
    hedgeRatio: null,
    bestMatch: null,
    bestMatches: [],
    shortPosition: null,
    longNotionalUsd: null,
    shortNotionalUsd: null,
    mismatchUsd: null,
    mismatchPercent: null,
    target: null,
    pnlUsd: null,
    moves: null,
    planned: null,
  };
}

/** The exposure one contract of each leg carries under `method` (see the module comment). */
function legExposures(
  method: SpreadMethod,
  long: { spec: ProductSpec; price: Dec; atr: Dec | null },
  short: { spec: ProductSpec; price: Dec; atr: Dec | null },
  beta: Dec | null,
): { long: Dec; short: Dec } | null {
  if (method === 'volatility') {
    if (long.atr === null || short.atr === null) return null;
    return { long: long.atr.mul(long.spec.multiplierUsd), short: short.atr.mul(short.spec.multiplierUsd) };
  }
  const longNotional = notionalUsd(long.price, long.spec, ONE);
  const shortNotional = notionalUsd(short.price, short.spec, ONE);
  if (method === 'beta') return beta === null ? null : { long: longNotional.mul(beta), short: shortNotional };
  return { long: longNotional, short: shortNotional };
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/**
 * The long : short quantities up to `maxPerLeg` whose exposures match best: smallest mismatch % first,
 * then the smaller position. Exposures are compared exactly, in integers (29 × 10,000 = 10 × 29,000), which
 * also keeps the table cheap enough to rebuild on every keystroke. Multiples of a listed pair (58 : 20
 * after 29 : 10) are left out: they match exactly as well as the pair they multiply.
 */
export function bestMatches(
  longExposure: Dec,
  shortExposure: Dec,
  maxPerLeg: number,
  rows: number,
): SpreadMatch[] {
  const [longUnit, shortUnit] = scaledIntegers(longExposure, shortExposure);
  if (longUnit <= 0n || shortUnit <= 0n) return [];
  const found: { q: number; s: number; gap: bigint; target: bigint }[] = [];
  for (let q = 1; q <= maxPerLeg; q++) {
    const target = BigInt(q) * longUnit;
    const below = target / shortUnit;
    const gapBelow = target - below * shortUnit;
    const gapAbove = shortUnit - gapBelow;
    const [count, gap] = gapAbove < gapBelow ? [below + 1n, gapAbove] : [below, gapBelow];
    const s = Number(count);
    if (s < 1 || s > maxPerLeg || greatestCommonDivisor(q, s) > 1) continue;
    found.push({ q, s, gap, target });
  }
  // gap_a ÷ target_a against gap_b ÷ target_b, cross-multiplied: exact.
  const byMismatch = (a: (typeof found)[number], b: (typeof found)[number]) => {
    const left = a.gap * b.target;
    const right = b.gap * a.target;
    return left < right ? -1 : left > right ? 1 : a.q + a.s - (b.q + b.s);
  };
  return found
    .sort(byMismatch)
    .slice(0, rows)
    .map((m) => ({
      longQty: m.q,
      shortQty: m.s,
      mismatchPercent: new D(m.gap.toString()).div(m.target.toString()).mul(HUNDRED),
    }));
}

/**
 * Two decimals as integers over the same power of ten. Exact for exposures: they are products of typed
 * decimals (price × multiplier × β, ATR × multiplier), never quotients, so their decimals are finite.
 */
function scaledIntegers(a: Dec, b: Dec): [bigint, bigint] {
  const scale = new D(10).pow(Math.max(a.decimalPlaces(), b.decimalPlaces()));
  return [BigInt(a.mul(scale).toFixed(0)), BigInt(b.mul(scale).toFixed(0))];
}

/**
 * The short legs nearest a target exposure: plain contracts of `spec`, or the family's standard + micro mix
 * (in micro units: a standard carries the pairing's ratio of them).
 */
function shortLegsFor(
  targetExposure: Dec,
  perShortContract: Dec,
  spec: ProductSpec,
  mix: boolean,
  registry: ProductRegistry,
): SizedLeg[] {
  const pair = mix ? pairOf(spec, registry) : null;
  if (pair === null) return [{ spec, count: nearestWholeUnits(targetExposure, perShortContract) }];
  const perMicro = spec.size === 'micro' ? perShortContract : perShortContract.div(pair.ratio);
  return microUnitsToLegs(pair, nearestWholeUnits(targetExposure, perMicro));
}

/** Computes the spread planner's figures. Never throws; field problems are recorded on `read`. */
export function computeSpread(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  registry: ProductRegistry,
): SpreadFigures {
  const figures = emptyFigures();
  const longSpec = read.symbol('spreadLongLeg');
  const shortSpec = read.symbol('spreadShortLeg');
  const method = read.choice('spreadMethod', SPREAD_METHODS);
  figures.longSymbol = longSpec?.symbol ?? null;
  figures.shortSymbol = shortSpec?.symbol ?? null;
  if (longSpec === null || shortSpec === null || method === null) return figures;
  const longSymbol = longSpec.symbol;
  const shortSymbol = shortSpec.symbol;
  const longPrice = read.price('spreadLongPrice', RULES.price, longSpec);
  const shortPrice = read.price('spreadShortPrice', RULES.price, shortSpec);
  const longQty = read.number('spreadLongQty', RULES.quantity);
  const beta = method === 'beta' ? read.number('spreadBeta', RULES.beta) : null;
  const longAtr = method === 'volatility' ? read.number('spreadLongAtr', RULES.legAtr) : null;
  const shortAtr = method === 'volatility' ? read.number('spreadShortAtr', RULES.legAtr) : null;
  const maxPerLeg = read.number('spreadMaxPerLeg', RULES.maxPerLeg);
  const smallMove = read.number('spreadSmallMove', RULES.movePercent);
  const largeMove = read.number('spreadLargeMove', RULES.movePercent);
  if (longPrice === null || shortPrice === null) return figures;

  const exposures = legExposures(
    method,
    { spec: longSpec, price: longPrice, atr: longAtr },
    { spec: shortSpec, price: shortPrice, atr: shortAtr },
    beta,
  );
  if (exposures === null) return figures;
  figures.hedgeRatio = ratioNearest(exposures.long.div(exposures.short), 4);

  const matches =
    maxPerLeg === null
      ? []
      : bestMatches(exposures.long, exposures.short, maxPerLeg.toNumber(), BEST_MATCH_ROWS);
  const [best] = matches;
  if (best !== undefined)
    figures.bestMatch = { kind: 'match', longQty: best.longQty, shortQty: best.shortQty };
  else if (maxPerLeg !== null) figures.bestMatch = { kind: 'none-within', maxPerLeg: maxPerLeg.toNumber() };
  figures.bestMatches = matches.map((m) => ({ ...m, mismatchPercent: ratioNearest(m.mismatchPercent, 2) }));

  if (longQty === null) return figures;
  const targetExposure = exposures.long.mul(longQty);
  const shortLegs = shortLegsFor(
    targetExposure,
    exposures.short,
    shortSpec,
    texts.spreadMixShort === 'true',
    registry,
  );
  const longNotional = notionalUsd(longPrice, longSpec, longQty);
  const shortNotional = sumOverLegs(shortLegs, (spec) => notionalUsd(shortPrice, spec, ONE));
  // The short notional the method asks for: target exposure ÷ exposure per short contract × its notional.
  const targetShortNotional = targetExposure
    .div(exposures.short)
    .mul(notionalUsd(shortPrice, shortSpec, ONE));
  const mismatch = targetShortNotional.minus(shortNotional);
  figures.target = { shortNotionalUsd: usdCentsNearest(targetShortNotional), method };
  figures.shortPosition = contractCounts(shortLegs, shortSymbol);
  figures.longNotionalUsd = usdCentsNearest(longNotional);
  figures.shortNotionalUsd = usdCentsNearest(shortNotional);
  figures.mismatchUsd = usdCentsNearest(mismatch);
  figures.mismatchPercent = ratioNearest(mismatch.div(targetShortNotional).mul(HUNDRED), 2);

  const moveFor = (spec: ProductSpec) => (spec.smallCap ? smallMove : largeMove);
  const longMove = moveFor(longSpec);
  const shortMove = moveFor(shortSpec);
  figures.moves = {
    longSymbol,
    longMove: longSpec.smallCap ? 'small' : 'large',
    shortSymbol,
    shortMove: shortSpec.smallCap ? 'small' : 'large',
  };
  if (longMove !== null && shortMove !== null) {
    figures.pnlUsd = usdCentsNearest(spreadPnlUsd(longNotional, shortNotional, longMove, shortMove));
  }
  const heldShort = shortLegs.filter((leg) => leg.count > 0);
  // No short contract matches (the long side is smaller than one short contract): nothing to add as a spread.
  figures.planned =
    heldShort.length === 0
      ? null
      : {
          long: { spec: longSpec, count: longQty.toNumber(), price: longPrice },
          shortLegs: heldShort,
          shortPrice,
        };
  return figures;
}

/** Spread P&L for moves in percent: long notional × long move − short notional × short move. */
function spreadPnlUsd(longNotional: Dec, shortNotional: Dec, longMovePct: Dec, shortMovePct: Dec): Dec {
  return longNotional.mul(longMovePct).minus(shortNotional.mul(shortMovePct)).div(HUNDRED);
}
