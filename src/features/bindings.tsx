/**
 * Store-connected fields: each reads its own text, message or figure through a selector, so a keystroke
 * re-renders only the field typed into and the figures whose text changed.
 */
import { useCallback } from 'react';
import type { DeskOutputs, InputKey } from '../core';
import { CheckboxField, RadioGroup, SelectField, type ChoiceOption } from '../components/ChoiceFields';
import { NumberField } from '../components/NumberField';
import { Output } from '../components/Output';
import {
  useFieldError,
  useFieldWarning,
  useInputText,
  useOutput,
  useOutputNote,
  useSetInput,
} from '../store/selectors';

/** The DOM id of an input's control. */
export function inputId(key: InputKey): string {
  return `in-${key.replaceAll('.', '-')}`;
}

function useTextSetter(key: InputKey): (text: string) => void {
  const setInput = useSetInput();
  return useCallback(
    (text: string) => {
      setInput(key, text);
    },
    [setInput, key],
  );
}

export interface InputFieldProps {
  readonly inputKey: InputKey;
  readonly label: string;
  readonly unit?: string;
  readonly hint?: string;
  readonly placeholder?: string | undefined;
  /** The field takes negative numbers (P&L, moves). */
  readonly signed?: boolean;
}

/** A number field bound to one input. */
export function InputField({ inputKey, label, unit, hint, placeholder, signed }: InputFieldProps) {
  const value = useInputText(inputKey);
  const error = useFieldError(inputKey);
  const warning = useFieldWarning(inputKey);
  const setText = useTextSetter(inputKey);
  return (
    <NumberField
      id={inputId(inputKey)}
      label={label}
      value={value}
      onChange={setText}
      error={error}
      warning={warning}
      unit={unit}
      hint={hint}
      placeholder={placeholder}
      signed={signed}
    />
  );
}

/** A select bound to one input. */
export function SelectInput({
  inputKey,
  label,
  options,
}: {
  inputKey: InputKey;
  label: string;
  options: readonly ChoiceOption[];
}) {
  const value = useInputText(inputKey);
  const error = useFieldError(inputKey);
  return (
    <SelectField
      id={inputId(inputKey)}
      label={label}
      value={value}
      options={options}
      onChange={useTextSetter(inputKey)}
      error={error}
    />
  );
}

/** Radios bound to one input. */
export function RadioInput({
  inputKey,
  legend,
  options,
}: {
  inputKey: InputKey;
  legend: string;
  options: readonly ChoiceOption[];
}) {
  const value = useInputText(inputKey);
  return (
    <RadioGroup
      name={inputId(inputKey)}
      legend={legend}
      value={value}
      options={options}
      onChange={useTextSetter(inputKey)}
    />
  );
}

/** A checkbox bound to one input holding "true" / "false". */
export function CheckboxInput({
  inputKey,
  label,
  hint,
}: {
  inputKey: InputKey;
  label: string;
  hint?: string;
}) {
  const checked = useInputText(inputKey) === 'true';
  const setText = useTextSetter(inputKey);
  const onChange = useCallback(
    (next: boolean) => {
      setText(next ? 'true' : 'false');
    },
    [setText],
  );
  return (
    <CheckboxField id={inputId(inputKey)} label={label} checked={checked} onChange={onChange} hint={hint} />
  );
}

/** A computed figure bound to one output, with an optional note that is itself an output's text. */
export function OutputField({
  outputKey,
  label,
  noteKey,
  emphasis,
}: {
  outputKey: keyof DeskOutputs;
  label: string;
  noteKey?: keyof DeskOutputs;
  emphasis?: boolean;
}) {
  const value = useOutput(outputKey);
  const note = useOutputNote(noteKey);
  return <Output id={`out-${outputKey}`} label={label} value={value} note={note} emphasis={emphasis} />;
}
