import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDesk } from '../../store/deskStore';
import { BookSection } from '../sections/BookSection';
import { ContractsSection } from '../sections/ContractsSection';
import { SizerPanel } from '../sizer/SizerPanel';
import { AccountStrip } from './AccountStrip';
import { RiskBar } from './RiskBar';

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 21 });
});

const figure = (name: string) => screen.getByRole('status', { name });
const field = (name: string) => screen.getByRole('textbox', { name });

function renderDesk() {
  render(
    <>
      <RiskBar />
      <AccountStrip />
      <SizerPanel />
      <BookSection />
      <ContractsSection />
    </>,
  );
}

const user = userEvent.setup({ delay: null });

/** Sets a field's whole text in one change (the figures recompute on it as on every keystroke). */
function typeInto(name: string, text: string) {
  fireEvent.change(field(name), { target: { value: text } });
}

describe('the risk bar', () => {
  it('shows the margin the book uses and caps the sizer by it', async () => {
    renderDesk();
    typeInto('RTY initial margin', '2000');
    typeInto('M2K initial margin', '900');
    typeInto('M2K commission per side', '0');
    typeInto('Slippage (ticks)', '0');
    await user.click(screen.getByRole('button', { name: 'Add position' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Position 1 symbol' }), 'RTY');
    typeInto('Position 1 quantity', '1');
    typeInto('Position 1 entry', '2000.0');
    expect(figure('Margin in use').textContent).toBe('$2,000.00');
    expect(screen.getByText('8.00% of equity · max 20.00%')).toBeTruthy();
    typeInto('Entry price', '2000.0');
    typeInto('Stop price', '1990.0');
    expect(figure('Contracts').textContent).toBe('3 M2K');
    expect(figure('Binding limit').textContent).toBe('margin');
    expect(
      screen.getByText('The book already uses $2,000.00 of margin; $3,000.00 is left under the cap.'),
    ).toBeTruthy();
  });

  it('caps the risk budget by the max open risk, with words when the limit is reached', async () => {
    renderDesk();
    typeInto('RTY commission per side', '0');
    typeInto('Slippage (ticks)', '0');
    typeInto('Risk per trade', '1.5');
    typeInto('Max open risk', '2');
    await user.click(screen.getByRole('button', { name: 'Add position' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Position 1 symbol' }), 'RTY');
    typeInto('Position 1 quantity', '1');
    typeInto('Position 1 entry', '2000.0');
    typeInto('Position 1 stop', '1995.0');
    expect(figure('Position 1 risk').textContent).toBe('$250.00');
    expect(figure('Open risk').textContent).toBe('$250.00');
    expect(figure('Risk budget').textContent).toBe('$250.00');
    expect(figure('Binding limit').textContent).toBe('open risk');
    typeInto('Position 1 stop', '1990.0');
    expect(figure('Open risk').textContent).toBe('$500.00');
    expect(figure('Risk budget').textContent).toBe('$0.00');
    const openRiskItem = figure('Open risk').closest('.risk-bar__item');
    expect(openRiskItem?.textContent).toBe('Open risk$500.00of $500.00 maxlimit reached');
  });
});
