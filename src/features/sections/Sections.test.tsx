import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDesk } from '../../store/deskStore';
import { SizerPanel } from '../sizer/SizerPanel';
import { BookSection } from './BookSection';
import { ContractsSection } from './ContractsSection';
import { HedgeSection } from './HedgeSection';
import { SpreadSection } from './SpreadSection';

/** Every section but Size at once: a test of figures that cross sections (the workspace shows one at a time). */
function SecondaryPanels() {
  return (
    <>
      <SpreadSection />
      <BookSection />
      <HedgeSection />
      <ContractsSection />
    </>
  );
}

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
});

const figure = (name: string) => screen.getByRole('status', { name });
const field = (name: string) => screen.getByRole('textbox', { name });

describe('spread planner, book, stress and hedge panels', () => {
  it('plans a dollar-neutral M2K / MES spread and puts both legs in the book', async () => {
    const user = userEvent.setup();
    render(<SecondaryPanels />);
    await user.type(field('Long leg price'), '2000');
    await user.type(field('Short leg price'), '5800');
    await user.clear(field('Long leg quantity'));
    await user.type(field('Long leg quantity'), '29');
    expect(figure('Hedge ratio').textContent).toBe('0.3448');
    expect(figure('Short position').textContent).toBe('10 MES');
    expect(figure('Best match').textContent).toBe('29 M2K : 10 MES');
    await user.type(field('Small-cap move'), '-2');
    await user.type(field('Large-cap move'), '-1');
    expect(figure('Spread P&L').textContent).toBe('-$2,900.00');

    await user.click(screen.getByRole('button', { name: 'Add spread to book' }));
    expect(screen.getByText('Added 29 M2K long, 10 MES short to the book.')).toBeTruthy();
    expect(field('Position 1 quantity')).toHaveProperty('value', '29');
    expect(screen.getByRole('combobox', { name: 'Position 2 symbol' })).toHaveProperty('value', 'MES');
    expect(screen.getByRole('combobox', { name: 'Position 2 side' })).toHaveProperty('value', 'short');
    expect(figure('Net notional').textContent).toBe('$0.00');
    expect(figure('Book initial margin').textContent).toBe('$42,818.00');
    expect(figure('Book maintenance margin').textContent).toBe('$38,929.00');
  });

  it('switches the hedge method when Beta or a leg ATR is typed', async () => {
    const user = userEvent.setup();
    render(<SecondaryPanels />);
    await user.type(field('Long leg price'), '2000');
    await user.type(field('Short leg price'), '5800');
    await user.clear(field('Beta'));
    await user.type(field('Beta'), '1.2');
    expect(screen.getByRole('radio', { name: 'Beta' })).toHaveProperty('checked', true);
    expect(figure('Hedge ratio').textContent).toBe('0.4138');
    await user.type(field('Long leg ATR'), '30');
    await user.type(field('Short leg ATR'), '70');
    expect(screen.getByRole('radio', { name: 'Volatility' })).toHaveProperty('checked', true);
    expect(figure('Hedge ratio').textContent).toBe('0.4286');
  });

  it('stresses a hand-typed book against the Russell limits', async () => {
    const user = userEvent.setup();
    render(<SecondaryPanels />);
    expect(screen.getByText('Add positions to the book to stress them.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add position' }));
    await user.type(field('Position 1 quantity'), '10');
    await user.type(field('Position 1 entry'), '2000');
    await user.type(field('RTY reference price'), '2000');
    expect(screen.getByText('approximate: no cash close')).toBeTruthy();
    expect(figure('RTY 7% limit').textContent).toBe('1,860.0');
    await user.type(field('RTY cash index close'), '1995.37');
    expect(screen.queryByText('approximate: no cash close')).toBeNull();
    expect(figure('RTY 7% limit').textContent).toBe('1,860.4');
    expect(figure('P&L at 7%').textContent).toBe('-$6,980.00');
    expect(figure('Margin call at 7%').textContent).toBe('No');
    expect(figure('Margin excess at 20%').textContent).toBe('-$3,060.00');
    expect(figure('Margin call at 20%').textContent).toBe('Yes');
    expect(figure('Move to margin call').textContent).toBe('-16.89% (RTY -337.8 pts)');
    expect(figure('Move to zero equity').textContent).toBe('-25.00% (RTY -500.0 pts)');
  });

  it('edits and removes book rows, with a message at a bad field', async () => {
    const user = userEvent.setup();
    render(<SecondaryPanels />);
    await user.click(screen.getByRole('button', { name: 'Add position' }));
    await user.type(field('Position 1 quantity'), '2.5');
    await user.type(field('Position 1 entry'), '2000');
    expect(field('Position 1 quantity').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a whole number at least 1 and at most 100,000.')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe('Position 1 left out: quantity is not valid.');
    expect(figure('Net notional').textContent).toBe('$0.00');
    await user.clear(field('Position 1 quantity'));
    await user.type(field('Position 1 quantity'), '2');
    expect(screen.queryByRole('note')).toBeNull();
    expect(figure('Net notional').textContent).toBe('+$20,000.00');
    expect(figure('Position 1 open P&L').textContent).toBe('$0.00');
    await user.click(screen.getByRole('button', { name: 'Remove position 1' }));
    expect(screen.queryByRole('textbox', { name: 'Position 1 quantity' })).toBeNull();
    expect(figure('Net notional').textContent).toBe('$0.00');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add position' }));
  });

  it('adds the sized trade to the book', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SizerPanel />
        <SecondaryPanels />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Add to book' })).toHaveProperty('disabled', true);
    await user.type(field('Entry price'), '2000');
    await user.type(field('Stop price'), '1990');
    await user.click(screen.getByRole('button', { name: 'Add to book' }));
    expect(screen.getByText('Added 4 M2K long to the book.')).toBeTruthy();
    expect(field('Position 1 quantity')).toHaveProperty('value', '4');
    expect(field('Position 1 entry')).toHaveProperty('value', '2000.0');
    expect(figure('Book initial margin').textContent).toBe('$3,568.00');
  });

  it('sizes a portfolio hedge, with presets for the hedge ratio', async () => {
    const user = userEvent.setup();
    render(<SecondaryPanels />);
    await user.type(field('Portfolio value'), '250,000');
    await user.clear(field('Portfolio beta'));
    await user.type(field('Portfolio beta'), '1.2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hedge contract' }), 'RTY');
    await user.type(field('Hedge contract price'), '2000');
    await user.clear(field('Hedge ratio (%)'));
    await user.type(field('Hedge ratio (%)'), '40');
    expect(figure('Hedge position').textContent).toBe('1 RTY + 2 M2K');
    expect(figure('Hedged beta-dollars').textContent).toBe('$120,000.00');
    expect(figure('Unhedged beta-dollars').textContent).toBe('$180,000.00');
    await user.click(screen.getByRole('button', { name: '100 %' }));
    expect(field('Hedge ratio (%)')).toHaveProperty('value', '100');
    expect(figure('Hedge position').textContent).toBe('3 RTY');
  });
});
