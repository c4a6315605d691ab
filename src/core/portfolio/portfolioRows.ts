/**
 * The portfolio planner's inputs that are not single fields: its asset rows (texts, as typed, like the
 * book's) and the trader's typed correlations per pair of symbols. Kept apart from the section's compute
 * (portfolioDesk.ts, loaded with the section) because the store, saves and share links need them on the
 * first paint.
 */

export const PORTFOLIO_ROW_FIELDS = [
  'symbol',
  'side',
  'price',
  'stopMode',
  'stopPoints',
  'atrMultiple',
  'atr',
  'usualAtr',
] as const;
export type PortfolioRowField = (typeof PORTFOLIO_ROW_FIELDS)[number];

/** How a row's stop distance is given: typed points, or k × ATR (typed, or from the asset's own bars). */
export const PORTFOLIO_STOP_MODES = ['points', 'atr'] as const;
export type PortfolioStopMode = (typeof PORTFOLIO_STOP_MODES)[number];

/** One asset of the portfolio as typed. `atr` empty = the asset's bars' ATR; `usualAtr` empty = the bars' usual ATR. */
export interface PortfolioRowText {
  readonly id: string;
  readonly symbol: string;
  readonly side: string;
  readonly price: string;
  readonly stopMode: string;
  readonly stopPoints: string;
  readonly atrMultiple: string;
  readonly atr: string;
  readonly usualAtr: string;
}

/** The trader's correlations by pair (`pairKey(a, b)` = "A|B", A ≤ B), as typed; absent or empty = not typed. */
export type TypedCorrelations = Readonly<Record<string, string>>;

/** An empty row of `symbol`, long, stop in points (k = 2.5 as the sizer's default). */
export function emptyPortfolioRow(id: string, symbol: string): PortfolioRowText {
  return {
    id,
    symbol,
    side: 'long',
    price: '',
    stopMode: 'points',
    stopPoints: '',
    atrMultiple: '2.5',
    atr: '',
    usualAtr: '',
  };
}

/** The number of the next free row id ("a1", "a2", …): one more than the largest in use. */
export function nextPortfolioRowNumber(rows: readonly { readonly id: string }[]): number {
  return rows.reduce((max, row) => Math.max(max, Number(/^a(\d+)$/.exec(row.id)?.[1] ?? 0)), 0) + 1;
}
