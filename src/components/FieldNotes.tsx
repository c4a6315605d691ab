import { memo } from 'react';

/**
 * What a field says under its control: a hint, a message about the typed value, a warning (shown only while
 * there is no message). One way for every field to show them and to point `aria-describedby` at them.
 */
export interface FieldNoteTexts {
  /** A message about the typed value; undefined when the value is fine. */
  readonly error?: string | undefined;
  /** A warning about a value that is used but looks wrong; shown when there is no error. */
  readonly warning?: string | undefined;
  /** A short hint (units, what empty means). */
  readonly hint?: string | undefined;
}

/** The ids of the notes a field shows, for its `aria-describedby`; undefined when it shows none. */
export function fieldNoteIds(id: string, { error, warning, hint }: FieldNoteTexts): string | undefined {
  const ids = [
    error === undefined ? null : `${id}-error`,
    error === undefined && warning !== undefined ? `${id}-warning` : null,
    hint === undefined ? null : `${id}-hint`,
  ].filter((part) => part !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}

/**
 * The notes under the field `id`: its hint, its message, and its warning while there is no message. Memoised:
 * a keystroke re-renders the field typed into, and its notes only when they change.
 */
export const FieldNotes = memo(function FieldNotes({
  id,
  error,
  warning,
  hint,
}: FieldNoteTexts & { readonly id: string }) {
  return (
    <>
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {error !== undefined || warning === undefined ? null : (
        <p id={`${id}-warning`} className="field__warning">
          {warning}
        </p>
      )}
    </>
  );
});
