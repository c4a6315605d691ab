/**
 * The imported bars' ATR as text: "23.46" (the same text "Use this ATR" copies into the stop's ATR field,
 * so no thousands separators) and "ATR(14) of 250 bars, 2025-11-20 to 2026-11-20" or why there is none.
 */
import type { BarsFigures } from '../desk';
import { NO_VALUE } from '../format';

/** The bars' texts. A type (not an interface) so that it is a plain record of strings. */
export type BarsOutputs = {
  atrFromBars: string;
  /** "ATR(14) of 250 bars, 2025-11-20 to 2026-11-20" or why there is no ATR. */
  atrFromBarsNote: string;
};

/** The bars' texts from their figures. */
export function presentBars(figures: BarsFigures): BarsOutputs {
  const { study, atrPoints } = figures;
  let note = '';
  if (study !== null) {
    const span = study.firstDate === null ? '' : `, ${study.firstDate} to ${study.lastDate ?? ''}`;
    note =
      atrPoints === null
        ? `${study.barCount} bars: ATR(${study.period}) needs at least ${study.period + 1}.`
        : `ATR(${study.period}) of ${study.barCount} bars${span}`;
  }
  return { atrFromBars: atrPoints === null ? NO_VALUE : atrPoints.toFixed(2), atrFromBarsNote: note };
}
