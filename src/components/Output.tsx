import { memo } from 'react';

export interface OutputProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** A secondary line under the figure (what it is made of, why it is what it is). */
  readonly note?: string | undefined;
  readonly emphasis?: boolean | undefined;
}

/** A computed figure: an `<output>` (role status) whose accessible name is its visible label. */
export const Output = memo(function Output({ id, label, value, note, emphasis }: OutputProps) {
  return (
    <div className={emphasis === true ? 'figure figure--main' : 'figure'}>
      <label htmlFor={id} className="figure__label">
        {label}
      </label>
      <output id={id} className="figure__value" aria-live="off">
        {value}
      </output>
      {note === undefined || note === '' ? null : <p className="figure__note">{note}</p>}
    </div>
  );
});
