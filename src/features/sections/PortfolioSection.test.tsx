import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { costKey } from '../../core';
import { useDesk } from '../../store/deskStore';
import { PortfolioSection } from './PortfolioSection';

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  // The worked plan's costs: commission 0, day-trade margins within 20 % of $5,000.
  useDesk.getState().setInputs({
    equity: '5000',
    [costKey('MES', 'commission')]: '0',
    [costKey('MES', 'dayTrade')]: '100',
    [costKey('MNQ', 'commission')]: '0',
    [costKey('MNQ', 'dayTrade')]: '100',
  });
});

const figure = (name: string) => screen.getByRole('status', { name });
const field = (name: string) => screen.getByRole('textbox', { name });
const select = (name: string) => screen.getByRole('combobox', { name });

describe('Portfolio section', () => {
  it('sizes typed assets: 1 MES and 1 MNQ at $5,000, their correlated risk, the scaling plan', async () => {
    const user = userEvent.setup();
    render(<PortfolioSection />);
    expect(field('Risk per trade')).toHaveProperty('value', '1.5');
    expect(field('Max margin per asset')).toHaveProperty('value', '20');
    expect(select('Margin basis')).toHaveProperty('value', 'dayTrade');

    await user.click(screen.getByRole('button', { name: 'Add asset' }));
    // The new row's contract picker has the focus and offers every product of the registry by symbol.
    expect(document.activeElement).toBe(select('Asset 1 contract'));
    const symbols = within(select('Asset 1 contract'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(symbols).toEqual(expect.arrayContaining(['MES', 'MNQ', 'MGC', 'MCL', 'SIL', 'M6E']));
    await user.selectOptions(select('Asset 1 contract'), 'MES');
    await user.type(field('Asset 1 price'), '5800.00');
    await user.type(field('Asset 1 stop distance'), '14.00');
    expect(figure('MES Contracts').textContent).toBe('1');
    expect(figure('MES risk per contract').textContent).toBe('$70.00');
    expect(figure('MES margin % of equity').textContent).toBe('2.00%');

    await user.click(screen.getByRole('button', { name: 'Add asset' }));
    await user.selectOptions(select('Asset 2 contract'), 'MNQ');
    await user.type(field('Asset 2 price'), '20500.00');
    await user.type(field('Asset 2 stop distance'), '30.00');
    expect(figure('MNQ Contracts').textContent).toBe('1');
    expect(figure('Total risk').textContent).toBe('$130.00');
    // No correlation known: assumed 1, the correlated risk is the sum.
    expect(figure('Correlated risk').textContent).toBe('$130.00');

    await user.type(field('Correlation MES–MNQ'), '0');
    // √(70² + 60²) = √8,500 = 92.20
    expect(figure('Correlated risk').textContent).toBe('$92.20');

    const plan = screen.getByRole('region', { name: 'Scaling plan' });
    const rows = within(plan).getAllByRole('row');
    // Header, then $5,000: 1 MES, 1 MNQ; $10,000: 2 and 2.
    expect(rows[1]?.textContent).toBe('$5,000.0011');
    expect(rows[3]?.textContent).toBe('$10,000.0022');

    await user.clear(field('Account equity'));
    await user.type(field('Account equity'), '10,000');
    expect(figure('MES Contracts').textContent).toBe('2');
    expect(figure('MNQ Contracts').textContent).toBe('2');
  });

  it('an off-grid price is a message at the field; the margin above the cap is said on the row', async () => {
    const user = userEvent.setup();
    useDesk.getState().setInputs({ [costKey('MNQ', 'dayTrade')]: '1276' });
    render(<PortfolioSection />);
    await user.click(screen.getByRole('button', { name: 'Add asset' }));
    await user.selectOptions(select('Asset 1 contract'), 'MNQ');
    await user.type(field('Asset 1 price'), '20500.10');
    await user.type(field('Asset 1 stop distance'), '30');
    expect(screen.getByText(/is not on the MNQ tick grid/)).toBeTruthy();
    expect(figure('MNQ Contracts').textContent).toBe('—');
    await user.clear(field('Asset 1 price'));
    await user.type(field('Asset 1 price'), '20500.00');
    expect(figure('MNQ Contracts').textContent).toBe('0');
    expect(
      screen.getByText("One contract's day-trade margin is above the 20% cap ($1,000.00)."),
    ).toBeTruthy();
  });
});
