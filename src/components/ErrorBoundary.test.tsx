import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

let failing = true;
function Fragile() {
  if (failing) throw new Error('bad data');
  return <p>recovered</p>;
}

beforeEach(() => {
  failing = true;
  // React reports the caught error on the console; the boundary's own message is what is under test.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('contains a panel that throws; its neighbours keep working; "Try again" re-renders it', async () => {
    render(
      <>
        <ErrorBoundary name="Margin stress">
          <Fragile />
        </ErrorBoundary>
        <ErrorBoundary name="Trade sizer">
          <p>still here</p>
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Margin stress stopped working');
    expect(screen.getByRole('alert').textContent).toContain('bad data');
    expect(screen.getByText('still here')).toBeTruthy();
    failing = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
