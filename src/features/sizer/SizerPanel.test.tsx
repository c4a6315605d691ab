import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Desk } from '../../Desk';
import { ContractsPanel } from '../contracts/ContractsPanel';
import { SizerPanel } from './SizerPanel';
import { useDesk } from '../../store/deskStore';

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 21 });
});

const figure = (name: string) => screen.getByRole('status', { name });
const field = (name: string) => screen.getByRole('textbox', { name });

describe('Trade sizer panel', () => {
  it('shows the size right after typing entry and stop', async () => {
    const user = userEvent.setup();
    render(<Desk />);
    expect(figure('Contracts').textContent).toBe('—');
    await user.type(field('Entry price'), '2000');
    await user.type(field('Stop price'), '1990');
    expect(figure('Contracts').textContent).toBe('4 M2K');
    expect(figure('Risk budget').textContent).toBe('$250.00');
    expect(figure('Risk per contract').textContent).toBe('$51.74');
    expect(figure('Total risk').textContent).toBe('$206.96');
    expect(figure('Stop at').textContent).toBe('1,990.0');
    expect(figure('Notional').textContent).toBe('$40,000.00');
    expect(figure('Margin required').textContent).toBe('$3,568.00');
    expect(figure('Account leverage').textContent).toBe('1.60 : 1');
    expect(figure('Margin leverage').textContent).toBe('11.21 : 1');
    expect(figure('Binding limit').textContent).toBe('risk');
    expect(figure('Front month').textContent).toBe('M2KZ6');
    expect(figure('Last trading day').textContent).toBe('2026-12-18');
    expect(figure('Roll date').textContent).toBe('2026-12-10');
  });

  it('keeps exactly what was typed and shows a message at the field for bad input', async () => {
    const user = userEvent.setup();
    render(<Desk />);
    const equity = field('Account equity');
    await user.clear(equity);
    await user.type(equity, ' 25,000x');
    expect((equity as HTMLInputElement).value).toBe(' 25,000x');
    expect(equity.getAttribute('aria-invalid')).toBe('true');
    const messageId = equity.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(messageId.split(' ')[0] ?? '')?.textContent).toBe(
      '"25,000x" is not a number. Enter a number greater than $0 and at most $1,000,000,000.',
    );
    expect(figure('Risk budget').textContent).toBe('—');
  });

  it('switches the stop method when a stop field is typed into', async () => {
    const user = userEvent.setup();
    render(<Desk />);
    await user.type(field('Entry price'), '2000');
    await user.type(field('Stop distance (ticks)'), '40');
    expect(screen.getByRole('radio', { name: 'Ticks' })).toHaveProperty('checked', true);
    expect(figure('Stop at').textContent).toBe('1,996.0');
    await user.type(field('ATR'), '10');
    expect(screen.getByRole('radio', { name: 'ATR' })).toHaveProperty('checked', true);
    expect(figure('Stop at').textContent).toBe('1,975.0');
    await user.click(screen.getByRole('radio', { name: 'Short' }));
    expect(figure('Stop at').textContent).toBe('2,025.0');
  });

  it('mixes minis and micros and sizes by the selected contract', async () => {
    const user = userEvent.setup();
    render(<Desk />);
    await user.clear(field('Account equity'));
    await user.type(field('Account equity'), '100000');
    await user.type(field('Entry price'), '2000');
    await user.type(field('Stop price'), '1990');
    await user.click(screen.getByRole('checkbox', { name: 'Mix minis and micros' }));
    expect(figure('Contracts').textContent).toBe('1 RTY + 9 M2K');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Contract' }), 'ES');
    expect(screen.getByRole('textbox', { name: 'Entry price' }).getAttribute('aria-invalid')).toBe('false');
    expect(figure('Front month').textContent).toBe('ESZ6 · MESZ6');
  });

  it('converts the risk amount when the unit switches, keeping the budget', async () => {
    const user = userEvent.setup();
    render(<Desk />);
    await user.click(screen.getByRole('radio', { name: 'Fixed dollars' }));
    expect(field('Risk per trade')).toHaveProperty('value', '250');
    expect(figure('Risk budget').textContent).toBe('$250.00');
    await user.clear(field('Risk per trade'));
    await user.type(field('Risk per trade'), '125');
    await user.click(screen.getByRole('radio', { name: 'Percent of equity' }));
    expect(field('Risk per trade')).toHaveProperty('value', '0.5');
    expect(figure('Risk budget').textContent).toBe('$125.00');
  });

  it('edits a contract margin and the size follows', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SizerPanel />
        <ContractsPanel />
      </>,
    );
    await user.type(field('Entry price'), '2000');
    await user.type(field('Stop price'), '1990');
    const contracts = screen.getByRole('region', { name: 'Contracts & margins' });
    const margin = within(contracts).getByRole('textbox', { name: 'M2K initial margin' });
    await user.clear(margin);
    await user.type(margin, '2500');
    expect(figure('Contracts').textContent).toBe('2 M2K');
    expect(figure('Binding limit').textContent).toBe('margin');
    await user.click(screen.getByRole('button', { name: 'Reset margins and commissions to defaults' }));
    expect(figure('Contracts').textContent).toBe('4 M2K');
  });
});
