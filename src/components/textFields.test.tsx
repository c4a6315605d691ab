/**
 * NumberField and TextField are uncontrolled inputs kept showing their text (textInput.tsx): typing leaves
 * the input element to the browser, a text from elsewhere is written in.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

/** A field bound to state, as the store binds it, and a button that sets its text from elsewhere. */
function Bound({ kind, external }: { kind: 'number' | 'text'; external: string }) {
  const [text, setText] = useState('25000');
  const error = /^\d*$/.test(text) ? undefined : 'Enter digits only.';
  return (
    <>
      {kind === 'number' ? (
        <NumberField id="in-x" label="Amount" value={text} onChange={setText} error={error} />
      ) : (
        <TextField id="in-x" label="Amount" value={text} onChange={setText} error={error} />
      )}
      <output aria-label="Stored">{text}</output>
      <button
        type="button"
        onClick={() => {
          setText(external);
        }}
      >
        Set
      </button>
    </>
  );
}

/** The attributes of `element` changed while `act` runs. */
async function attributeChanges(element: Element, act: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) seen.push(record.attributeName ?? '');
  });
  observer.observe(element, { attributes: true });
  await act();
  // MutationObserver callbacks are microtasks: take the records still queued.
  for (const record of observer.takeRecords()) seen.push(record.attributeName ?? '');
  observer.disconnect();
  return seen;
}

describe.each(['number', 'text'] as const)('a %s field', (kind) => {
  it('shows what is typed, passes it on, and leaves the input element alone while typing', async () => {
    const user = userEvent.setup();
    render(<Bound kind={kind} external="" />);
    const field = screen.getByRole('textbox', { name: 'Amount' });
    if (!(field instanceof HTMLInputElement)) throw new Error('not an input');
    expect(field.value).toBe('25000');
    await user.click(field);
    await user.keyboard('{End}');
    const changes = await attributeChanges(field, () => user.keyboard('7'));
    expect(field.value).toBe('250007');
    expect(screen.getByRole('status', { name: 'Stored' }).textContent).toBe('250007');
    // A controlled input has its value attribute rewritten by React's commit at every keystroke; this one
    // keeps its first text there (React's restore after the event still resets its name and type).
    expect(changes).not.toContain('value');
    expect(field.getAttribute('value')).toBe('25000');
    // The caret stays where the keystroke left it.
    expect(field.selectionStart).toBe(6);
  });

  it('shows a text set from elsewhere, and its message', async () => {
    const user = userEvent.setup();
    render(<Bound kind={kind} external="12a" />);
    const field = screen.getByRole('textbox', { name: 'Amount' });
    if (!(field instanceof HTMLInputElement)) throw new Error('not an input');
    await user.click(screen.getByRole('button', { name: 'Set' }));
    expect(field.value).toBe('12a');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter digits only.').id).toBe('in-x-error');
    // Typing on from there: the field and the state agree.
    await user.type(field, '{Backspace}3');
    expect(field.value).toBe('123');
    expect(screen.getByRole('status', { name: 'Stored' }).textContent).toBe('123');
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('is alone in a form of its own, which Enter never submits', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Bound kind={kind} external="" />
        <NumberField id="in-y" label="Other" value="" onChange={() => undefined} />
      </>,
    );
    const field = screen.getByRole('textbox', { name: 'Amount' });
    if (!(field instanceof HTMLInputElement)) throw new Error('not an input');
    const form = field.form;
    if (form === null) throw new Error('the field has no form');
    expect([...form.elements]).toEqual([field]);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Other' }).form).not.toBe(form);
    await user.type(field, '{End}1{Enter}');
    expect(field.value).toBe('250001');
    // fireEvent returns false when a handler prevented the default: the submit goes nowhere.
    expect(fireEvent.submit(form)).toBe(false);
  });
});
