import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

export interface RowFocus {
  /** The list's add button: it takes the focus when no row is left at the removed row's place. */
  readonly addButton: RefObject<HTMLButtonElement | null>;
  /** Removes the row and moves the focus to the row that takes its place (stable across renders). */
  readonly onRemove: (id: string, index: number) => void;
  /** Call before adding a row: the new (last) row's first field takes the focus. */
  readonly focusNewRow: () => void;
}

/**
 * Keyboard focus for an editable list of rows (the book, the trade log, the trader's events): after a
 * removal it goes to the first field of the row that took the removed row's place, else to the add button,
 * so a keyboard user never lands on the page's top.
 */
export function useRowFocus(
  rows: readonly { readonly id: string }[],
  remove: (id: string) => void,
  firstFieldId: (rowId: string) => string,
): RowFocus {
  const addButton = useRef<HTMLButtonElement>(null);
  const focusIndex = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const next = rows[index];
    const nextField = next === undefined ? null : document.getElementById(firstFieldId(next.id));
    (nextField ?? addButton.current)?.focus();
  }, [rows, firstFieldId]);
  const onRemove = useCallback(
    (id: string, index: number) => {
      focusIndex.current = index;
      remove(id);
    },
    [remove],
  );
  const focusNewRow = useCallback(() => {
    focusIndex.current = rows.length;
  }, [rows.length]);
  return { addButton, onRemove, focusNewRow };
}
