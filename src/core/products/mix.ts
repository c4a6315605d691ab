/**
 * The standard + micro mix for any pairing: the whole pair (a standards, b micros) with the most exposure
 * within the risk budget and the margin cap; ties go to fewer contracts (more standards).
 *
 * - Exposure in micro units = ratio · a + b, with the pairing's own ratio (10 for ES/MES, 5 for SI/SIL).
 * - Each leg brings its own per-contract risk and margin, computed by the caller on that product's own
 *   tick, tick value and commission (6E moves in 0.00005, M6E in 0.0001: their risks are not 1 : 10).
 * - Constraints: a · riskS + b · riskM ≤ budget; a · marginS + b · marginM ≤ cap (when there is a cap).
 *
 * Method (exact): for a fixed a the best b is min(⌊(B − a·rS)/rM⌋, ⌊(C − a·mS)/mM⌋), so
 * exposure(a) = ⌊g(a)⌋ with g(a) = ratio·a + min((B − a·rS)/rM, (C − a·mS)/mM), a concave piecewise-linear
 * function (a minimum of two lines plus a line). Its maximum over whole a lies next to a corner of g: 0, the
 * last affordable a, or the kink a* = (rM·C − mM·B) ÷ (rM·mS − mM·rS) where the two lines cross; and the a
 * that reach the best exposure form an interval (a super-level set of a concave function), whose right end
 * — most standards, so fewest contracts, since a + b = E − (ratio − 1)·a — a binary search finds.
 *
 * Arithmetic: the six amounts are finite decimals, scaled by one power of ten to whole numbers (BigInt,
 * `scaledInt.ts`), so every comparison and every whole-contract floor is exact integer arithmetic (a
 * decimal.js division at 40 digits costs microseconds and this runs per asset per milestone on every
 * keystroke). The only rounding is the whole-contract floor: down, like `rounding.ts` `contractsDown` — a
 * size never exceeds what the budget or the cap allows. `preparePair` reads the legs once, so a caller
 * sizing one pair at many budgets (the scaling plan) converts only the budgets.
 */
import type { Dec } from '../decimal';
import { atScale, floorDiv, toScaled, type ScaledDecimal } from './scaledInt';

/** One contract's cost on a leg: its dollar risk if stopped (> 0) and its margin (> 0; null when unknown). */
export interface LegCost {
  readonly riskUsd: Dec;
  readonly marginUsd: Dec | null;
}

export type MixBinding = 'risk' | 'margin';

export interface MixSize {
  readonly standard: number;
  readonly micro: number;
  /** ratio · standard + micro. */
  readonly exposureMicroUnits: number;
  /** 'margin' when the cap lowers the exposure the budget alone would allow. */
  readonly binding: MixBinding;
}

/** The amounts of one sizing as whole numbers on a common scale (value × 10^scale). */
interface Scaled {
  readonly budget: bigint;
  readonly cap: bigint | null;
  readonly riskS: bigint;
  readonly riskM: bigint;
  readonly marginS: bigint;
  readonly marginM: bigint;
}

/** Micros that fit beside `a` standards, or -1 when the standards alone do not fit. */
function microsBeside(a: bigint, s: Scaled): bigint {
  const riskLeft = s.budget - a * s.riskS;
  if (riskLeft < 0n) return -1n;
  const byRisk = riskLeft / s.riskM;
  if (s.cap === null) return byRisk;
  const marginLeft = s.cap - a * s.marginS;
  if (marginLeft < 0n) return -1n;
  const byMargin = marginLeft / s.marginM;
  return byMargin < byRisk ? byMargin : byRisk;
}

/** Exposure in micro units with `a` standards and the most micros beside them (−1 micros: infeasible). */
function exposureAt(a: bigint, s: Scaled, ratio: bigint): bigint {
  return ratio * a + microsBeside(a, s);
}

function bestMix(s: Scaled, ratio: bigint): { a: bigint; b: bigint } {
  const byRisk = s.budget / s.riskS;
  const maxA = s.cap === null ? byRisk : minBig(byRisk, s.cap / s.marginS);
  let best = 0n;
  let bestExposure = exposureAt(0n, s, ratio);
  const consider = (a: bigint): void => {
    if (a < 0n || a > maxA) return;
    const e = exposureAt(a, s, ratio);
    if (e > bestExposure || (e === bestExposure && a > best)) {
      best = a;
      bestExposure = e;
    }
  };
  consider(maxA);
  if (s.cap !== null) {
    // The kink a* = (rM·C − mM·B) ÷ (rM·mS − mM·rS): the whole numbers either side of it.
    const denominator = s.riskM * s.marginS - s.marginM * s.riskS;
    if (denominator !== 0n) {
      const below = floorDiv(s.riskM * s.cap - s.marginM * s.budget, denominator);
      consider(below);
      consider(below + 1n);
    }
  }
  let low = best;
  let high = maxA;
  while (low < high) {
    const mid = (low + high + 1n) / 2n;
    if (exposureAt(mid, s, ratio) >= bestExposure) low = mid;
    else high = mid - 1n;
  }
  return { a: low, b: microsBeside(low, s) };
}

/**
 * The best exposure the budget alone allows: without a cap, ratio·a + ⌊(B − a·rS)/rM⌋ is the floor of a
 * line in a, so its maximum over whole a is at an end, a = 0 or the last affordable a.
 */
function uncappedBestExposure(s: Scaled, ratio: bigint): bigint {
  const maxA = s.budget / s.riskS;
  const atZero = s.budget / s.riskM;
  const atMax = ratio * maxA + (s.budget - maxA * s.riskS) / s.riskM;
  return atMax > atZero ? atMax : atZero;
}

function minBig(x: bigint, y: bigint): bigint {
  return x < y ? x : y;
}

const NO_MIX: MixSize = { standard: 0, micro: 0, exposureMicroUnits: 0, binding: 'risk' };

/** A pair's legs read once for exact sizing at any budget (see `preparePair`). */
export interface PreparedPair {
  readonly ratio: number;
  readonly riskS: ScaledDecimal;
  readonly riskM: ScaledDecimal;
  /** Null when unknown: then no cap can be applied. */
  readonly marginS: ScaledDecimal | null;
  readonly marginM: ScaledDecimal | null;
}

/**
 * Reads a pair's legs for `sizePreparedMix`; null when the pair cannot be sized at all (ratio not a whole
 * number ≥ 1, a risk not > 0, a margin given but not > 0).
 */
export function preparePair(standard: LegCost, micro: LegCost, ratio: number): PreparedPair | null {
  return preparePairScaled(
    toScaled(standard.riskUsd),
    toScaled(micro.riskUsd),
    standard.marginUsd === null ? null : toScaled(standard.marginUsd),
    micro.marginUsd === null ? null : toScaled(micro.marginUsd),
    ratio,
  );
}

/** `preparePair` from figures already read as scaled decimals. */
export function preparePairScaled(
  riskS: ScaledDecimal,
  riskM: ScaledDecimal,
  marginS: ScaledDecimal | null,
  marginM: ScaledDecimal | null,
  ratio: number,
): PreparedPair | null {
  if (!Number.isInteger(ratio) || ratio < 1 || riskS.int <= 0n || riskM.int <= 0n) return null;
  if ((marginS !== null && marginS.int <= 0n) || (marginM !== null && marginM.int <= 0n)) return null;
  return { ratio, riskS, riskM, marginS, marginM };
}

const ONE: ScaledDecimal = { int: 1n, decimals: 0 };

/**
 * The best mix of a prepared pair within `budget` and `cap` (null: no cap). With a cap, both margins must
 * be known, else no contracts. A negative budget or cap allows none.
 */
export function sizePreparedMix(
  pair: PreparedPair,
  budget: ScaledDecimal,
  cap: ScaledDecimal | null,
): MixSize {
  if (budget.int < 0n) return NO_MIX;
  if (cap !== null && (cap.int < 0n || pair.marginS === null || pair.marginM === null)) return NO_MIX;
  // Without a cap the margins never enter the arithmetic.
  const mS = cap === null ? ONE : (pair.marginS ?? ONE);
  const mM = cap === null ? ONE : (pair.marginM ?? ONE);
  const scale = Math.max(
    budget.decimals,
    cap?.decimals ?? 0,
    pair.riskS.decimals,
    pair.riskM.decimals,
    mS.decimals,
    mM.decimals,
  );
  const scaled: Scaled = {
    budget: atScale(budget, scale),
    cap: cap === null ? null : atScale(cap, scale),
    riskS: atScale(pair.riskS, scale),
    riskM: atScale(pair.riskM, scale),
    marginS: atScale(mS, scale),
    marginM: atScale(mM, scale),
  };
  const r = BigInt(pair.ratio);
  const chosen = bestMix(scaled, r);
  const exposure = r * chosen.a + chosen.b;
  const binding: MixBinding =
    scaled.cap !== null && exposure < uncappedBestExposure(scaled, r) ? 'margin' : 'risk';
  return {
    standard: Number(chosen.a),
    micro: Number(chosen.b),
    exposureMicroUnits: Number(exposure),
    binding,
  };
}

/**
 * The standard + micro pair with the most exposure (ratio · standard + micro) within `budgetUsd` and
 * `capUsd` (null: no margin cap, margins unused); ties → more standards, which is fewer contracts for any
 * real pairing (ratio ≥ 2). `ratio` is whole micros per standard (≥ 1); risks must be > 0 and, with a cap,
 * both margins known and > 0, else the answer is no contracts. A negative budget or cap allows none.
 */
export function sizeMixGeneral(
  standard: LegCost,
  micro: LegCost,
  ratio: number,
  budgetUsd: Dec,
  capUsd: Dec | null,
): MixSize {
  const pair = preparePair(standard, micro, ratio);
  if (pair === null) return NO_MIX;
  return sizePreparedMix(pair, toScaled(budgetUsd), capUsd === null ? null : toScaled(capUsd));
}

/** A number of micro units as the fewest contracts: ⌊units ÷ ratio⌋ standards + the remainder in micros. */
export function microUnitsToContracts(units: number, ratio: number): { standard: number; micro: number } {
  return { standard: Math.floor(units / ratio), micro: units % ratio };
}
