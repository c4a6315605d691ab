import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDesk } from '../../store/deskStore';
import { SizerPanel } from '../sizer/SizerPanel';
import { MonthPanel, NextEventsPanel, UserEventsPanel } from './EventsPanels';
import { SessionPanel } from './SessionPanel';

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 21 });
  // Saturday 2026-11-21 12:00 CST.
  useDesk.getState().setNow({ ms: Date.parse('2026-11-21T18:00:00Z'), timeZone: 'America/Chicago' });
});

const figure = (name: string) => screen.getByRole('status', { name });

// Whole panels under user-event: slow on a shared 2-core machine, so a longer limit than the default 5 s.
describe('Calendar panels', { timeout: 20_000 }, () => {
  it('adds an event, lists it in Next events and the month, and moves the focus on removal', async () => {
    const user = userEvent.setup();
    render(
      <>
        <NextEventsPanel />
        <MonthPanel />
        <UserEventsPanel />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const date = screen.getByRole('textbox', { name: 'Event 1 date' });
    expect(document.activeElement).toBe(date);
    await user.type(date, '2026-11-30');
    await user.type(screen.getByRole('textbox', { name: 'Event 1 title' }), 'Earnings');
    const list = screen.getByRole('list', { name: 'Next events' });
    const item = within(list)
      .getAllByRole('listitem')
      .find((li) => li.textContent.includes('Earnings'));
    expect(item?.textContent).toContain('in 9 days');
    expect(screen.getByRole('table', { name: /November 2026/ }).textContent).toContain('Earnings');
    await user.click(screen.getByRole('button', { name: 'Remove event 1' }));
    expect(screen.queryByRole('textbox', { name: 'Event 1 date' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add event' }));
  });

  it('shows the Globex clock of the selected contract', () => {
    render(<SessionPanel />);
    expect(figure('Session').textContent).toBe('Closed — weekend');
    expect(figure('Next session change').textContent).toMatch(/^in 1 d 5 h: Sun 17:00 CT/);
  });

  it('offers the Event ATR multiplier in the sizer and applies it only on the click', async () => {
    const user = userEvent.setup();
    render(<SizerPanel />);
    const holding = screen.getByRole('textbox', { name: 'Holding days' });
    await user.type(holding, '20');
    expect(figure('Events in holding period').textContent).toContain('FOMC decision 2026-12-09');
    const multiplier = screen.getByRole('textbox', { name: 'ATR multiplier' });
    const before = (multiplier as HTMLInputElement).value;
    await user.click(screen.getByRole('button', { name: 'Use Event ATR multiplier (3.0)' }));
    expect(before).not.toBe('3.0');
    expect((multiplier as HTMLInputElement).value).toBe('3.0');
  });
});
