import { memo } from 'react';
import { FieldNotes, fieldNoteIds } from './FieldNotes';
import { fieldForm, fieldLabel, useTextInput } from './textInput';

export interface NumberFieldProps {
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
  /** A warning about a value that is used but looks wrong; shown when there is no error. */
  readonly warning?: string | undefined;
  /** A short hint shown under the field (units, what empty means). */
  readonly hint?: string | undefined;
  /** A unit shown after the input ("USD", "%", "pts"). */
  readonly unit?: string | undefined;
  readonly placeholder?: string | undefined;
  /** True for fields that take negative numbers: phones then show a keyboard with a minus sign. */
  readonly signed?: boolean | undefined;
}

/**
 * A text input for numbers: it keeps exactly what the user types (nothing is rewritten under the cursor)
 * and shows the field's message, if any, right under it.
 */
export const NumberField = memo(function NumberField({
  id,
  label,
  labelDetail,
  value,
  onChange,
  error,
  warning,
  hint,
  unit,
  placeholder,
  signed,
}: NumberFieldProps) {
  const describedBy = fieldNoteIds(id, { error, warning, hint });
  const invalid = error !== undefined;
  const input = useTextInput({
    id,
    text: value,
    onText: onChange,
    invalid,
    describedBy,
    placeholder,
    inputMode: signed === true ? 'text' : 'decimal',
    spellCheck: false,
  });
  return fieldForm(
    invalid,
    <>
      {fieldLabel(id, label, labelDetail)}
      <div className="field__control">
        {input}
        {unit === undefined ? null : (
          <span className="field__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      <FieldNotes id={id} error={error} warning={warning} hint={hint} />
    </>,
  );
});
