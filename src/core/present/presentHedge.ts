/**
 * The portfolio hedge as text: "1 RTY + 2 M2K", "$120,000.00" and the note with the exact hedge before
 * rounding ("Sell short. Exact hedge 1.20 RTY: $120,000.00 of $300,000.00 beta-dollars"). The figures
 * arrive rounded as shown (hedge.ts).
 */
import type { Dec } from '../decimal';
import { formatDecimal, formatUsd, NO_VALUE } from '../format';
import type { HedgeFigures } from '../hedge';
import { contractsText } from './presentSizer';

/** The hedge's texts. A type (not an interface) so that it is a plain record of strings. */
export type HedgeOutputs = {
  hedgePosition: string;
  hedgedBetaDollars: string;
  unhedgedBetaDollars: string;
  /** "Sell short. Exact hedge 1.20 RTY: …" — the side, and the hedge before rounding to whole contracts. */
  hedgeNote: string;
};

/** The hedge's texts from its figures. */
export function presentHedge(figures: HedgeFigures): HedgeOutputs {
  const usd = (value: Dec | null) => (value === null ? NO_VALUE : formatUsd(value));
  const { exact } = figures;
  return {
    hedgePosition: figures.position === null ? NO_VALUE : contractsText(figures.position),
    hedgedBetaDollars: usd(figures.hedgedUsd),
    unhedgedBetaDollars: usd(figures.unhedgedUsd),
    hedgeNote:
      exact === null
        ? ''
        : `Sell short. Exact hedge ${formatDecimal(exact.contracts, 2)} ${exact.symbol}: ${formatUsd(exact.toHedgeUsd)} of ${formatUsd(exact.exposureUsd)} beta-dollars`,
  };
}
