/**
 * Test support: the whole desk computed from the defaults plus a few typed inputs, on a fixed day
 * (2026-11-21, when the front month is Z6), without bars.
 */
import type { BookRow } from '../../src/core/book';
import { computeDesk, type DeskResult } from '../../src/core/desk';
import { DEFAULT_INPUTS, type InputKey } from '../../src/core/inputs';

export const TODAY = { year: 2026, month: 11, day: 21 } as const;

/** computeDesk over DEFAULT_INPUTS with `overrides` typed in and `book` as the book. */
export function deskWith(
  overrides: Partial<Record<InputKey, string>> = {},
  book: readonly BookRow[] = [],
): DeskResult {
  return computeDesk({ ...DEFAULT_INPUTS, ...overrides }, { today: TODAY, studyBars: null }, book);
}

/** A book row as typed (no stop unless given). */
export function bookRow(
  id: string,
  symbol: string,
  side: string,
  quantity: string,
  entry: string,
  stop = '',
): BookRow {
  return { id, symbol, side, quantity, entry, stop };
}
