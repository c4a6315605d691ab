/**
 * Test support: the whole desk computed from the defaults plus a few typed inputs, on a fixed day
 * (2026-11-21, when the front month is Z6), without bars — as typed figures (`figuresWith`) or as the
 * display text the presenter makes of them (`deskWith`: the former result shape, plus figures and view).
 */
import type { BookRow } from '../../src/core/book';
import { computeDesk, type DeskCollections, type DeskFigures } from '../../src/core/desk';
import { DEFAULT_INPUTS, type InputKey } from '../../src/core/inputs';
import { toDeskResult, type DeskResult } from './shownDesk';
import { createDeskPresenter, type DeskView } from '../../src/core/present/presentDesk';

export const TODAY = { year: 2026, month: 11, day: 21 } as const;

/** computeDesk over DEFAULT_INPUTS with `overrides` typed in and `book` as the book: the typed figures. */
export function figuresWith(
  overrides: Partial<Record<InputKey, string>> = {},
  book: readonly BookRow[] = [],
  collections: DeskCollections = {},
): DeskFigures {
  return computeDesk(
    { ...DEFAULT_INPUTS, ...overrides },
    { today: TODAY, studyBars: null },
    book,
    collections,
  );
}

/** The desk as shown: `outputs` and the other display texts as the presenter makes them, with the figures. */
export type ShownDesk = DeskResult & { readonly figures: DeskFigures; readonly view: DeskView };

/** figuresWith, presented (by a presenter of its own, so no test sees another's memory). */
export function deskWith(
  overrides: Partial<Record<InputKey, string>> = {},
  book: readonly BookRow[] = [],
  collections: DeskCollections = {},
): ShownDesk {
  const figures = figuresWith(overrides, book, collections);
  const view = createDeskPresenter()(figures);
  return { ...toDeskResult(figures, view), figures, view };
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
