/**
 * Shapes of typed figures that several panels share: a position as whole contracts per symbol, and why a
 * contract's cost field has no value. Core returns these; the presenter (src/core/present) words them.
 * No units to convert and no rounding here: counts are whole numbers already.
 */
import type { MarginBasis } from './inputs';
import type { NumberProblem } from './parse';
import type { SizedLeg } from './positionSize';

/** Whole contracts of one symbol. */
export interface LegCount {
  readonly symbol: string;
  readonly count: number;
}

/**
 * A position as whole contracts: one leg, or an E-mini and its micro. Legs of zero contracts are kept (the
 * presenter leaves them out); when every leg is zero the position is named "0 `zeroSymbol`".
 */
export interface ContractCounts {
  readonly legs: readonly LegCount[];
  /** The contract named when every leg is zero (the one the trader chose). */
  readonly zeroSymbol: string;
}

/** Sized legs as counts per symbol. */
export function contractCounts(legs: readonly SizedLeg[], zeroSymbol: string): ContractCounts {
  return { legs: legs.map((leg) => ({ symbol: leg.spec.symbol, count: leg.count })), zeroSymbol };
}

/** A contract's margin or commission field that has no usable value, and why ("is empty"). */
export interface CostProblem {
  readonly symbol: string;
  readonly field: MarginBasis | 'commission';
  readonly problem: NumberProblem | 'is empty';
}
