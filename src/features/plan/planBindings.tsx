/** Store-connected figures of the Plan: a section figure by its output key, a log or breaker figure. */
import type { PlanLogOutputs } from '../../core';
import type { PlanOutputs } from '../../core/plan/planDoor';
import { Output } from '../../components/Output';
import { usePlanLogNote, usePlanLogText, usePlanNote, usePlanText } from '../../store/selectors';

/** A Plan figure: an `<output>` named by its label, with an optional note that is itself a Plan text. */
export function PlanOutputField({
  outputKey,
  label,
  noteKey,
  emphasis,
}: {
  outputKey: keyof PlanOutputs;
  label: string;
  noteKey?: keyof PlanOutputs;
  emphasis?: boolean;
}) {
  const value = usePlanText(outputKey);
  const note = usePlanNote(noteKey);
  return <Output id={`out-plan-${outputKey}`} label={label} value={value} note={note} emphasis={emphasis} />;
}

/** A trade log or breaker figure (shown on every page: the account strip uses it too). */
export function PlanLogOutputField({
  outputKey,
  label,
  noteKey,
}: {
  outputKey: keyof PlanLogOutputs;
  label: string;
  noteKey?: keyof PlanLogOutputs;
}) {
  const value = usePlanLogText(outputKey);
  const note = usePlanLogNote(noteKey);
  return <Output id={`out-log-${outputKey}`} label={label} value={value} note={note} />;
}
