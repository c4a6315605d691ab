import { memo } from 'react';
import { FieldNotes, fieldNoteIds } from './FieldNotes';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly ChoiceOption[];
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

/** A labelled select. */
export const SelectField = memo(function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  error,
}: SelectFieldProps) {
  return (
    <div className={error === undefined ? 'field' : 'field field--invalid'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={fieldNoteIds(id, { error })}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} error={error} />
    </div>
  );
});

export interface RadioGroupProps {
  readonly name: string;
  readonly legend: string;
  readonly value: string;
  readonly options: readonly ChoiceOption[];
  readonly onChange: (value: string) => void;
}

/** A fieldset of radios; each radio's accessible name is its option label. */
export const RadioGroup = memo(function RadioGroup({
  name,
  legend,
  value,
  options,
  onChange,
}: RadioGroupProps) {
  return (
    <fieldset className="radios">
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <span key={option.value} className="radios__option">
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <label htmlFor={id}>{option.label}</label>
          </span>
        );
      })}
    </fieldset>
  );
});

export interface CheckboxFieldProps {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: string | undefined;
}

/** A labelled checkbox. */
export const CheckboxField = memo(function CheckboxField({
  id,
  label,
  checked,
  onChange,
  hint,
}: CheckboxFieldProps) {
  return (
    <div className="field field--checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={fieldNoteIds(id, { hint })}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} />
    </div>
  );
});
