/**
 * The spread planner as text: "0.3448", "10 MES", "+$13,000.00", "+13.00%", "29 M2K : 10 MES", the
 * best-matches table and the notes naming the target and the moves. The figures arrive rounded as shown
 * (spread.ts).
 */
import type { Dec } from '../decimal';
import {
  formatDecimal,
  formatPercent,
  formatSignedPercent,
  formatSignedUsd,
  formatUsd,
  NO_VALUE,
} from '../format';
import type { SpreadMethod } from '../inputs';
import type { SpreadFigures } from '../spread';
import { contractsText } from './presentSizer';

/** The spread planner's texts. A type (not an interface) so that it is a plain record of strings. */
export type SpreadOutputs = {
  spreadHedgeRatio: string;
  spreadShortPosition: string;
  spreadLongNotional: string;
  spreadShortNotional: string;
  spreadMismatch: string;
  spreadMismatchPct: string;
  /** The target the mismatch is measured against, in words. */
  spreadMismatchNote: string;
  spreadBestMatch: string;
  spreadPnl: string;
  /** Which move applies to which leg, in words. */
  spreadPnlNote: string;
};

/** One row of the best-matches table: "29 M2K : 10 MES", "0.00%". */
export interface BestMatchView {
  readonly text: string;
  readonly mismatch: string;
}

/** The spread section of the view: its texts and the best-matches table. */
export type SpreadView = SpreadOutputs & { readonly bestMatches: readonly BestMatchView[] };

const TARGET_WORDS: Readonly<Record<SpreadMethod, string>> = {
  notional: 'the long notional',
  beta: 'β × the long notional',
  volatility: 'equal dollar ATR',
};

/** The spread planner's texts and table from its figures. */
export function presentSpread(figures: SpreadFigures): SpreadView {
  const { longSymbol, shortSymbol, bestMatch, target, moves } = figures;
  const matchText = (longQty: number, shortQty: number) =>
    `${longQty} ${longSymbol ?? ''} : ${shortQty} ${shortSymbol ?? ''}`;
  const usd = (value: Dec | null) => (value === null ? NO_VALUE : formatUsd(value));
  let bestMatchText = NO_VALUE;
  if (bestMatch?.kind === 'match') bestMatchText = matchText(bestMatch.longQty, bestMatch.shortQty);
  else if (bestMatch?.kind === 'none-within')
    bestMatchText = `No match within ${bestMatch.maxPerLeg} per leg`;
  return {
    spreadHedgeRatio: figures.hedgeRatio === null ? NO_VALUE : formatDecimal(figures.hedgeRatio, 4),
    spreadShortPosition: figures.shortPosition === null ? NO_VALUE : contractsText(figures.shortPosition),
    spreadLongNotional: usd(figures.longNotionalUsd),
    spreadShortNotional: usd(figures.shortNotionalUsd),
    spreadMismatch: figures.mismatchUsd === null ? NO_VALUE : formatSignedUsd(figures.mismatchUsd),
    spreadMismatchPct:
      figures.mismatchPercent === null ? NO_VALUE : formatSignedPercent(figures.mismatchPercent),
    spreadMismatchNote:
      target === null
        ? ''
        : `Target short notional ${formatUsd(target.shortNotionalUsd)} (${TARGET_WORDS[target.method]})`,
    spreadBestMatch: bestMatchText,
    spreadPnl: figures.pnlUsd === null ? NO_VALUE : formatSignedUsd(figures.pnlUsd),
    spreadPnlNote:
      moves === null
        ? ''
        : `${moves.longSymbol} moves by the ${moves.longMove}-cap move, ${moves.shortSymbol} by the ${moves.shortMove}-cap move`,
    bestMatches: figures.bestMatches.map((m) => ({
      text: matchText(m.longQty, m.shortQty),
      mismatch: formatPercent(m.mismatchPercent),
    })),
  };
}
