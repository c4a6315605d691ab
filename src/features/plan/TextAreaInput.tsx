import type { InputKey } from '../../core';
import { useFieldError, useInputText, useSetInput } from '../../store/selectors';
import { inputId } from '../bindings';
import { FieldNotes, fieldNoteIds } from '../../components/FieldNotes';
import { fieldForm } from '../../components/textInput';

/** A labelled text area bound to one input (kept exactly as typed), with its message and a hint. */
export function TextAreaInput({
  inputKey,
  label,
  hint,
  placeholder,
  rows = 5,
}: {
  inputKey: InputKey;
  label: string;
  hint?: string;
  placeholder?: string;
  rows?: number;
}) {
  const value = useInputText(inputKey);
  const error = useFieldError(inputKey);
  const setInput = useSetInput();
  const id = inputId(inputKey);
  const describedBy = fieldNoteIds(id, { error, hint });
  return fieldForm(
    error !== undefined,
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setInput(inputKey, event.target.value);
        }}
      />
      <FieldNotes id={id} error={error} hint={hint} />
    </>,
  );
}
