/**
 * Named selectors: each returns a primitive (mostly an already formatted string), so a keystroke
 * re-renders only the figures whose text changed.
 */
import type { DeskOutputs, InputKey } from '../core';
import { useDesk } from './deskStore';

/** The raw text of an input, exactly as typed. */
export function useInputText(key: InputKey): string {
  return useDesk((s) => s.inputs[key]);
}

/** The message for an input, or undefined when it is fine. */
export function useFieldError(key: InputKey): string | undefined {
  return useDesk((s) => s.result.fieldErrors[key]);
}

/** The warning for an input whose value is used but looks wrong, or undefined. */
export function useFieldWarning(key: InputKey): string | undefined {
  return useDesk((s) => s.result.fieldWarnings[key]);
}

/** A computed figure as display text ("—" when it cannot be computed). */
export function useOutput(key: keyof DeskOutputs): string {
  return useDesk((s) => s.result.outputs[key]);
}

/** The store's setter for one input (stable across renders). */
export function useSetInput(): (key: InputKey, text: string) => void {
  return useDesk((s) => s.setInput);
}
