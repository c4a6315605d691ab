/**
 * Daily price limits per product, and what that means for stress scenarios.
 *
 * - Equity-index families keep CME's rule (FACTS.md, "Price limits"): downside levels at 7 %, 13 % and 20 %
 *   below the reference, a ±7 % overnight band; each offset = floor_to_tick(p × base), base = the cash index
 *   close (or the futures reference, then the levels are approximate). Offsets round DOWN to the tick, as CME
 *   computes them (the same rule as `stress.ts` `limitOffset`).
 * - Metals (GC, MGC, SI, SIL) and energy (CL, MCL) have no daily limit that caps a day's move: CME's
 *   dynamic circuit breakers only pause trading for a few minutes. Currencies (6E, M6E, 6B, M6B) have no
 *   price limits at all. Custom products have no known limit rule. All of these are stressed with custom
 *   moves only, and the stress panel must say so (`noLimitReason` gives the typed reason; suggested words:
 *   'dynamic-circuit-breakers' → "No daily price limit: CME's dynamic circuit breakers pause trading, they
 *   do not cap the move. Stressed with custom moves only."; 'no-price-limits' → "No price limits on CME FX
 *   futures. Stressed with custom moves only."; 'custom-product' → "No limit rule for a custom contract.
 *   Stressed with custom moves only.").
 */
import { D, type Dec } from '../decimal';
import { floorToTick } from '../tickGrid';
import type { ProductSpec } from './registry';

export type NoLimitReason = 'dynamic-circuit-breakers' | 'no-price-limits' | 'custom-product';

/** How a product can be stressed. */
export type StressBasis =
  { readonly kind: 'limit-levels' } | { readonly kind: 'custom-moves-only'; readonly reason: NoLimitReason };

/** Limit levels for equity-index products; custom moves only (with the reason) for every other product. */
export function stressBasisOf(spec: ProductSpec): StressBasis {
  if (spec.priceLimitRule === 'equity-index-7-13-20') return { kind: 'limit-levels' };
  switch (spec.assetClass) {
    case 'metal':
    case 'energy':
      return { kind: 'custom-moves-only', reason: 'dynamic-circuit-breakers' };
    case 'currency':
      return { kind: 'custom-moves-only', reason: 'no-price-limits' };
    case 'equity-index':
    case 'custom':
      return { kind: 'custom-moves-only', reason: 'custom-product' };
  }
}

/** CME's equity-index limit fractions. */
const LIMIT_7 = new D('0.07');
const LIMIT_13 = new D('0.13');
const LIMIT_20 = new D('0.20');

/** Limit offset in points: floor_to_tick(fraction × base), rounded down to the tick as CME does. */
export function limitOffsetPoints(fraction: Dec, base: Dec, tick: Dec): Dec {
  return floorToTick(fraction.mul(base), tick);
}

export interface EquityIndexLimitLevels {
  readonly limit7: Dec;
  readonly limit13: Dec;
  readonly limit20: Dec;
  readonly overnightLow: Dec;
  readonly overnightHigh: Dec;
}

/**
 * The 7/13/20 % downside levels and the ±7 % overnight band around `reference`, offsets from `base`
 * (cash index close, or the reference itself when the caller labels the levels approximate). Null for a
 * product whose rule is not the equity-index one.
 */
export function equityIndexLimitLevels(
  spec: ProductSpec,
  reference: Dec,
  base: Dec,
): EquityIndexLimitLevels | null {
  if (spec.priceLimitRule !== 'equity-index-7-13-20') return null;
  const offset7 = limitOffsetPoints(LIMIT_7, base, spec.tickPoints);
  return {
    limit7: reference.minus(offset7),
    limit13: reference.minus(limitOffsetPoints(LIMIT_13, base, spec.tickPoints)),
    limit20: reference.minus(limitOffsetPoints(LIMIT_20, base, spec.tickPoints)),
    overnightLow: reference.minus(offset7),
    overnightHigh: reference.plus(offset7),
  };
}
