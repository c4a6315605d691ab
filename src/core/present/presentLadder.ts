/**
 * The price ladder as text: each rung's name, its price at the contract's tick precision, and the dollar
 * amount beside the stop ("risk $206.96") and the target ("reward $595.04").
 */
import { formatPrice, formatUsd } from '../format';
import type { RungKind, SizerLadder } from '../ladder';

export interface LadderRungView {
  readonly kind: RungKind;
  readonly label: string;
  readonly price: string;
  readonly amount: string;
  /** 0 (top of the scale) to 1 (bottom), spaced so that no two rungs' labels overlap (see spacedPositions). */
  readonly position: number;
}

/** The least distance between two rungs on the drawn scale (a fraction of its height): one label's height. */
export const MIN_RUNG_GAP = 0.12;

/**
 * Positions on the drawn scale (0 top … 1 bottom, ascending as the rungs are, highest price first) moved
 * apart just enough that neighbours are at least `MIN_RUNG_GAP` apart (or evenly spread when there are too
 * many rungs for that): entry, stop and target a few ticks apart would otherwise print over each other
 * beside a −20 % limit. The order is kept; positions already far enough apart are not moved.
 */
export function spacedPositions(positions: readonly number[]): number[] {
  const n = positions.length;
  if (n < 2) return [...positions];
  const gap = Math.min(MIN_RUNG_GAP, 1 / (n - 1));
  const spaced = [...positions];
  for (let i = 1; i < n; i++) spaced[i] = Math.max(spaced[i] ?? 0, (spaced[i - 1] ?? 0) + gap);
  if ((spaced[n - 1] ?? 0) > 1) {
    spaced[n - 1] = 1;
    for (let i = n - 2; i >= 0; i--) spaced[i] = Math.min(spaced[i] ?? 0, (spaced[i + 1] ?? 1) - gap);
  }
  return spaced;
}

const RUNG_WORDS: Readonly<Record<RungKind, string>> = {
  target: 'Target',
  entry: 'Entry',
  stop: 'Stop',
  limit7: '−7 % limit',
  limit13: '−13 % limit',
  limit20: '−20 % limit',
};

/** The rungs as texts; empty while nothing is sized. */
export function presentLadder(ladder: SizerLadder | null): readonly LadderRungView[] {
  if (ladder === null) return [];
  const { spec } = ladder;
  const positions = spacedPositions(ladder.rungs.map((rung) => rung.position));
  return ladder.rungs.map((rung, i) => ({
    kind: rung.kind,
    label: RUNG_WORDS[rung.kind],
    price: formatPrice(rung.price, spec),
    amount:
      rung.amountUsd === null
        ? ''
        : `${rung.kind === 'stop' ? 'risk' : 'reward'} ${formatUsd(rung.amountUsd)}`,
    position: positions[i] ?? rung.position,
  }));
}
