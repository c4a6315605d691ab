import { memo } from 'react';
import { FieldNotes, fieldNoteIds } from './FieldNotes';
import { fieldForm, fieldLabel, useTextInput } from './textInput';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  /**
   * Words added to the accessible name but not shown (", custom contract 2"): tells apart the same field
   * of several rows while each shows its short label.
   */
  readonly labelDetail?: string | undefined;
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** A message about the typed value, shown under the field; undefined when the value is fine. */
  readonly error?: string | undefined;
  readonly placeholder?: string | undefined;
  /** At most this many characters can be typed. */
  readonly maxLength?: number | undefined;
}

/**
 * A text input for words (an event's title, a date as YYYY-MM-DD): it keeps exactly what the user types
 * and shows the field's message, if any, right under it.
 */
export const TextField = memo(function TextField({
  id,
  label,
  labelDetail,
  value,
  onChange,
  error,
  placeholder,
  maxLength,
}: TextFieldProps) {
  const invalid = error !== undefined;
  const input = useTextInput({
    id,
    text: value,
    onText: onChange,
    invalid,
    describedBy: fieldNoteIds(id, { error }),
    placeholder,
    maxLength,
  });
  return fieldForm(
    invalid,
    <>
      {fieldLabel(id, label, labelDetail)}
      {input}
      <FieldNotes id={id} error={error} />
    </>,
  );
});
