import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Panel } from './Panel';

describe('Panel', () => {
  it('holds its fields in a form of its own that never submits', () => {
    render(
      <>
        <Panel id="one" title="One">
          <input aria-label="First" defaultValue="25000" />
        </Panel>
        <Panel id="two" title="Two">
          <input aria-label="Second" />
        </Panel>
      </>,
    );
    const first = screen.getByRole<HTMLInputElement>('textbox', { name: 'First' });
    const second = screen.getByRole<HTMLInputElement>('textbox', { name: 'Second' });
    expect(first.form).not.toBeNull();
    expect(second.form).not.toBeNull();
    expect(first.form).not.toBe(second.form);
    expect(first.form?.closest('section')).toBe(screen.getByRole('region', { name: 'One' }));
    // fireEvent returns false when a handler prevented the default: the submit goes nowhere.
    expect(fireEvent.submit(first.form as HTMLFormElement)).toBe(false);
    expect(first.value).toBe('25000');
  });
});
