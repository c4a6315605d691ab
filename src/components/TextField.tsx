import { memo } from 'react';
import { FieldNotes, fieldNoteIds } from './FieldNotes';

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
  return (
    <div className={error === undefined ? 'field' : 'field field--invalid'}>
      <label htmlFor={id}>
        {label}
        {labelDetail === undefined ? null : <span className="visually-hidden">{labelDetail}</span>}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={error !== undefined}
        aria-describedby={fieldNoteIds(id, { error })}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <FieldNotes id={id} error={error} />
    </div>
  );
});
