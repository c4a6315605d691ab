import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';

export interface TextInputProps {
  readonly id: string;
  /** The text the input shows. */
  readonly text: string;
  /** Called with the input's text after each edit. The owner stores it and passes it back as `text`. */
  readonly onText: (text: string) => void;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly placeholder?: string | undefined;
  readonly inputMode?: 'text' | 'decimal' | undefined;
  readonly spellCheck?: boolean | undefined;
  readonly maxLength?: number | undefined;
}

/**
 * The `<input type="text">` of NumberField and TextField (a hook, so that it is no component of its own to
 * render): not controlled by React, kept showing `text`.
 * What the trader types is already in the input, so the render a keystroke causes must not touch it: the
 * element is memoised without the text, and React leaves it alone. (React re-applies a controlled input's
 * name, type and value attribute in every such render, twice: the commit, then the restore of its
 * controlled value.) A text that comes from elsewhere (a share link, a button, a restored save, a reset) is
 * written in, and only when it differs from what the input shows, so the caret stays where it is while
 * typing.
 */
export function useTextInput({
  id,
  text,
  onText,
  invalid,
  describedBy,
  placeholder,
  inputMode,
  spellCheck,
  maxLength,
}: TextInputProps): React.JSX.Element {
  const ref = useRef<HTMLInputElement>(null);
  const [initialText] = useState(text);
  useLayoutEffect(() => {
    const input = ref.current;
    if (input !== null && input.value !== text) input.value = text;
  }, [text]);
  return useMemo(
    () => (
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={spellCheck}
        defaultValue={initialText}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(event) => {
          onText(event.target.value);
        }}
      />
    ),
    [id, inputMode, spellCheck, initialText, placeholder, maxLength, invalid, describedBy, onText],
  );
}

/**
 * The label of NumberField and TextField: the field's name, and a detail only screen readers hear. A
 * function, not a component, for the same reason as useTextInput.
 */
export function fieldLabel(id: string, label: string, labelDetail: string | undefined): React.JSX.Element {
  return (
    <label htmlFor={id}>
      {label}
      {labelDetail === undefined ? null : <span className="visually-hidden">{labelDetail}</span>}
    </label>
  );
}

/** Enter in a field never submits: RiskDesk has nowhere to send a form, and the page must stay. */
function stayOnPage(event: SyntheticEvent<HTMLFormElement>) {
  event.preventDefault();
}

/**
 * The box of a field one types into (label, control, notes; marked while its text is invalid), as a form
 * of its own. On every keystroke Chrome's autofill reads the whole form of the typed field, and all the
 * form-less fields of the page as one form: alone in its form, a field costs it what the floor page's
 * single input does (a CDP trace of 200 keystrokes into Account equity, thread time of that task:
 * 0.58–0.62 ms with a form per panel, 0.27–0.28 ms so; the floor's 0.29–0.31 ms).
 * A function, not a component, for the same reason as useTextInput.
 */
export function fieldForm(invalid: boolean, children: ReactNode): React.JSX.Element {
  return (
    <form className={invalid ? 'field field--invalid' : 'field'} noValidate onSubmit={stayOnPage}>
      {children}
    </form>
  );
}
