import type { InputKey } from '../../core';
import { useFieldError, useInputText, useSetInput } from '../../store/selectors';
import { inputId } from '../bindings';

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
  const describedBy = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className={error === undefined ? 'field' : 'field field--invalid'}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => {
          setInput(inputKey, event.target.value);
        }}
      />
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
    </div>
  );
}
