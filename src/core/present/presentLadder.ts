/**
 * The price ladder as text: each rung's name, its price at the contract's tick precision, and the dollar
 * amount beside the stop ("risk $206.96") and the target ("reward $595.04").
 */
import { CONTRACTS } from '../contracts';
import { formatPrice, formatUsd } from '../format';
import type { RungKind, SizerLadder } from '../ladder';

export interface LadderRungView {
  readonly kind: RungKind;
  readonly label: string;
  readonly price: string;
  readonly amount: string;
  /** 0 (top of the scale) to 1 (bottom). */
  readonly position: number;
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
  const spec = CONTRACTS[ladder.symbol];
  return ladder.rungs.map((rung) => ({
    kind: rung.kind,
    label: RUNG_WORDS[rung.kind],
    price: formatPrice(rung.price, spec),
    amount:
      rung.amountUsd === null
        ? ''
        : `${rung.kind === 'stop' ? 'risk' : 'reward'} ${formatUsd(rung.amountUsd)}`,
    position: rung.position,
  }));
}
