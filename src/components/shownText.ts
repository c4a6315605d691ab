import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * A text input that is not controlled by React, kept showing `text`. What the trader types is already in
 * the field, so the render a keystroke causes must not touch the input element: the field memoises its
 * `<input>` (its props without the text) and React leaves it alone. React re-applies a controlled
 * input's name, type and value attribute in every such render, twice (the commit, then the restore of its
 * controlled value). A text that comes from elsewhere (a share link, a button, a restored save, a reset) is
 * written into the field here, and only when it differs from what the field shows, so the caret stays
 * where it is while typing.
 *
 * Returns the ref to put on the input and its first text (its `defaultValue`).
 */
export function useShownText(text: string): {
  readonly ref: RefObject<HTMLInputElement | null>;
  readonly initialText: string;
} {
  const ref = useRef<HTMLInputElement>(null);
  const [initialText] = useState(text);
  useLayoutEffect(() => {
    const input = ref.current;
    if (input !== null && input.value !== text) input.value = text;
  }, [text]);
  return { ref, initialText };
}
