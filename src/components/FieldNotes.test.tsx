import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldNotes, fieldNoteIds } from './FieldNotes';

describe('field notes', () => {
  it.each([
    [{}, undefined],
    [{ hint: 'Optional' }, 'in-x-hint'],
    [{ error: 'Enter a number', hint: 'Optional' }, 'in-x-error in-x-hint'],
    [{ warning: 'Looks high', hint: 'Optional' }, 'in-x-warning in-x-hint'],
    // A message replaces the warning: the warning is neither shown nor pointed at.
    [{ error: 'Enter a number', warning: 'Looks high' }, 'in-x-error'],
  ])('%j is described by %s', (notes, ids) => {
    expect(fieldNoteIds('in-x', notes)).toBe(ids);
  });

  it('shows the hint and the message, and the warning only while there is no message', () => {
    const { rerender } = render(
      <FieldNotes id="in-x" hint="Optional" error="Enter a number" warning="Looks high" />,
    );
    expect(screen.getByText('Optional').id).toBe('in-x-hint');
    expect(screen.getByText('Enter a number').id).toBe('in-x-error');
    expect(screen.queryByText('Looks high')).toBeNull();
    rerender(<FieldNotes id="in-x" hint="Optional" warning="Looks high" />);
    expect(screen.getByText('Looks high').id).toBe('in-x-warning');
    expect(screen.queryByText('Enter a number')).toBeNull();
  });
});
