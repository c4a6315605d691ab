import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { costKey } from '../../core';
import { useDesk } from '../../store/deskStore';
import { SizerPanel } from '../sizer/SizerPanel';
import { PlanSection } from './PlanSection';

/** Thursday 2026-11-19 09:00 CT: the session ends at 17:00 CT. */
const NINE_CT = Date.UTC(2026, 10, 19, 15, 0);

function SizeAndPlan() {
  return (
    <>
      <SizerPanel />
      <PlanSection />
    </>
  );
}

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 19 });
  useDesk.getState().setNow({ ms: NINE_CT, timeZone: 'America/Chicago' });
});

const figure = (name: string) => screen.getByRole('status', { name });
const field = (name: string) => screen.getByRole('textbox', { name });

describe('Plan section', () => {
  it('brackets the sized position: the issue example, Blended R:R 2.00 : 1 and the text to copy', async () => {
    const user = userEvent.setup();
    useDesk
      .getState()
      .setInputs({ equity: '30000', slippageTicks: '0', [costKey('M2K', 'commission')]: '0' });
    render(<SizeAndPlan />);
    await user.type(field('Entry price'), '2000.0');
    await user.type(field('Stop price'), '1990.0');
    for (const [n, price] of [
      [1, '2010.0'],
      [2, '2020.0'],
      [3, '2030.0'],
    ] as const) {
      await user.clear(field(`Target ${n}`));
      await user.type(field(`Target ${n}`), price);
    }
    expect(figure('Bracket stop ticks').textContent).toBe('−100 ticks');
    expect(['T1', 'T2', 'T3'].map((t) => figure(`${t} ticks`).textContent)).toEqual([
      '+100 ticks',
      '+200 ticks',
      '+300 ticks',
    ]);
    expect(['T1', 'T2', 'T3'].map((t) => figure(`${t} contracts`).textContent)).toEqual(['2', '2', '2']);
    expect(figure('Reward if all fill').textContent).toBe('+$600.00');
    expect(figure('Bracket risk').textContent).toBe('$300.00');
    expect(figure('Blended R:R').textContent).toBe('2.00 : 1');
    expect(screen.getByRole('textbox', { name: 'Bracket as text' })).toHaveProperty(
      'value',
      expect.stringContaining('ATM template: stop loss 100 ticks; profit targets 100 / 200 / 300 ticks'),
    );
    expect(screen.getByRole('button', { name: 'Copy bracket' })).toHaveProperty('disabled', false);
  });

  it('shows Kelly and its halves beside the chosen risk, and "No edge" for f* ≤ 0', async () => {
    const user = userEvent.setup();
    render(<PlanSection />);
    await user.click(screen.getByRole('radio', { name: 'R multiples' }));
    await user.type(field('Win rate'), '55');
    await user.type(field('Average win'), '1.5');
    await user.type(field('Average loss'), '1');
    expect(figure('Kelly fraction').textContent).toBe('25.00%');
    expect(figure('Half Kelly').textContent).toBe('12.50%');
    expect(figure('Quarter Kelly').textContent).toBe('6.25%');
    expect(figure('Expectancy').textContent).toBe('0.38 R');
    await user.clear(field('Win rate'));
    await user.type(field('Win rate'), '30');
    expect(figure('Kelly fraction').textContent).toBe('No edge');
  });

  it('runs a seeded Monte Carlo (main thread where no worker runs) and gives the same figures again', async () => {
    const user = userEvent.setup();
    useDesk.getState().setInputs({ planPaths: '500', planTrades: '50' });
    render(<PlanSection />);
    await user.type(field('Win rate'), '55');
    await user.type(field('Average win'), '150');
    await user.type(field('Average loss'), '100');
    const median = () => figure('Median final equity').textContent;
    await waitFor(() => {
      expect(median()).toMatch(/^\$[\d,]+\.\d\d$/);
    });
    const first = median();
    await user.clear(field('Seed'));
    await user.type(field('Seed'), '2');
    await waitFor(() => {
      expect(median()).not.toBe(first);
    });
    await user.clear(field('Seed'));
    await user.type(field('Seed'), '1');
    await waitFor(() => {
      expect(median()).toBe(first);
    });
  });

  it('the 3rd loss in a row in the log disables Add to book until the trader overrides the pause', async () => {
    const user = userEvent.setup();
    render(<SizeAndPlan />);
    await user.type(field('Entry price'), '2000');
    await user.type(field('Stop price'), '1990');
    const add = screen.getByRole('button', { name: 'Add to book' });
    expect(add).toHaveProperty('disabled', false);
    for (const [i, time] of ['08:30', '08:40', '08:50'].entries()) {
      const n = i + 1;
      await user.click(screen.getByRole('button', { name: 'Add trade' }));
      await user.clear(field(`Trade ${n} time`));
      await user.type(field(`Trade ${n} time`), time);
      await user.type(field(`Trade ${n} quantity`), '1');
      await user.type(field(`Trade ${n} entry price`), '2000.0');
      await user.type(field(`Trade ${n} exit price`), '1995.0');
    }
    // 3 × ((1995.0 − 2000.0) × $5 − 2 × $0.62) = 3 × −$26.24.
    expect(screen.getAllByRole('status', { name: "Today's realized P&L" })[0]?.textContent).toBe('-$78.72');
    expect(figure('Consecutive losses').textContent).toBe('3');
    expect(add).toHaveProperty('disabled', true);
    await user.click(screen.getAllByRole('button', { name: 'Override pause' })[0] as HTMLElement);
    expect(add).toHaveProperty('disabled', false);
    expect(screen.getAllByText('Pause overridden at 09:00.').length).toBeGreaterThan(0);
  });
});
