/**
 * The sizer's price ladder: the trade's prices on one vertical scale — target, entry, stop and, when the
 * family's mark is known, the exchange's 7 / 13 / 20 % limit-down levels — with the dollar reward at the
 * target and the dollar risk at the stop beside them. Rungs run from the highest price down; the scale
 * spans them all. Prices are decimals for the labels and float64 only for placing them on the chart.
 */
import type { Dec } from './decimal';
import type { ProductSpec } from './products/registry';
import { decToChartNumber } from './decimal';
import type { SizerFigures } from './sizer';
import type { StressFigures } from './stress';

export type RungKind = 'target' | 'entry' | 'stop' | 'limit7' | 'limit13' | 'limit20';

export interface LadderRung {
  readonly kind: RungKind;
  readonly price: Dec;
  /** Where the rung sits, 0 (top of the scale) to 1 (bottom). */
  readonly position: number;
  /** Reward at the target, risk at the stop (whole position); null for the other rungs. */
  readonly amountUsd: Dec | null;
}

export interface LadderInput {
  readonly entry: Dec;
  readonly stop: Dec;
  readonly target: Dec | null;
  readonly limits: readonly { readonly kind: 'limit7' | 'limit13' | 'limit20'; readonly price: Dec }[];
  readonly riskUsd: Dec | null;
  readonly rewardUsd: Dec | null;
}

/** The rungs, highest price first, placed on a scale from the highest to the lowest price. */
export function priceLadder(input: LadderInput): LadderRung[] {
  const rungs: { kind: RungKind; price: Dec; amountUsd: Dec | null }[] = [
    { kind: 'entry', price: input.entry, amountUsd: null },
    { kind: 'stop', price: input.stop, amountUsd: input.riskUsd },
    ...input.limits.map((limit) => ({ kind: limit.kind, price: limit.price, amountUsd: null })),
  ];
  if (input.target !== null) rungs.push({ kind: 'target', price: input.target, amountUsd: input.rewardUsd });
  rungs.sort((a, b) => b.price.comparedTo(a.price));
  const top = decToChartNumber(rungs[0]?.price ?? input.entry) ?? 0;
  const bottom = decToChartNumber(rungs[rungs.length - 1]?.price ?? input.entry) ?? 0;
  const span = top - bottom;
  return rungs.map((rung) => ({
    ...rung,
    position: span <= 0 ? 0.5 : (top - (decToChartNumber(rung.price) ?? top)) / span,
  }));
}

/** The ladder of the sized trade: its contract, and the rungs. */
export interface SizerLadder {
  /** The sized contract (its tick decides how prices are shown). */
  readonly spec: ProductSpec;
  readonly rungs: readonly LadderRung[];
}

/**
 * The sizer's ladder: the sized position's entry, stop and target, with the limit-down levels of its
 * family when the stress knows the family's mark; null while nothing is sized.
 */
export function sizerLadder(sizer: SizerFigures, stress: StressFigures): SizerLadder | null {
  const { position, spec } = sizer;
  if (position === null || spec === null || position.legs.length === 0) return null;
  const levels = stress.levels[spec.family]?.limits ?? null;
  const limits =
    levels === null
      ? []
      : (['limit7', 'limit13', 'limit20'] as const).map((kind) => ({ kind, price: levels[kind] }));
  return {
    spec,
    rungs: priceLadder({
      entry: position.entry,
      stop: position.stop,
      target: sizer.targetAt,
      limits,
      riskUsd: sizer.totalRiskUsd,
      rewardUsd: sizer.rewardUsd,
    }),
  };
}
