/**
 * Issue 6 through the built app: stress from the mark, the book feeding the sizer's limits, partial
 * results, and the defects a fault and bad-input probe found.
 */
import { expect, test } from '@playwright/test';
import { atrField, collectErrors, expectFieldMessage, expectNoBrokenFigures, field, output } from './helpers';
import { addPosition, bookRow, button, goTo, openPanels, textbox } from './panelHelpers';

test('a limit-down move on an outright long is a loss from the mark; open P&L is shown per row', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openPanels(page);
  await addPosition(page, 1, { symbol: 'M2K', side: 'long', quantity: '10', entry: '2000.0' });
  // No reference typed yet: the family takes the newest row's entry, marked as from the book.
  await expect(output(page, 'RTY mark')).toHaveText('2,000.0');
  await expect(page.getByText('reference from the book')).toBeVisible();
  await textbox(page, 'RTY reference price').fill('2385.0');
  await expect(output(page, 'RTY 7% limit')).toHaveText('2,218.1');
  await expect(output(page, 'P&L at 7%')).toHaveText('-$8,345.00');
  await expect(output(page, 'Equity at 7%')).toHaveText('$16,655.00');
  await expect(output(page, 'Position 1 open P&L')).toHaveText('+$19,250.00');
  await expect(output(page, 'Open P&L')).toHaveText('+$19,250.00');
  await expect(page.getByText('reference from the book')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('each family can move by its own custom move', async ({ page }) => {
  await openPanels(page, 'Size');
  await field(page, 'Account equity').fill('100,000');
  await goTo(page, 'Book & stress');
  await addPosition(page, 1, { symbol: 'M2K', side: 'long', quantity: '29', entry: '2000.0' });
  await addPosition(page, 2, { symbol: 'MES', side: 'short', quantity: '10', entry: '5800.00' });
  await textbox(page, 'RTY custom move').fill('-10');
  await textbox(page, 'ES custom move').fill('-6');
  // M2K −200.0 × 5 × 29 = −29,000; MES short +348.00 × 5 × 10 = +17,400
  await expect(output(page, 'P&L at custom')).toHaveText('-$11,600.00');
});

test('the margin the book uses caps the sizer, and the risk bar shows it', async ({ page }) => {
  await openPanels(page, 'Contracts');
  await textbox(page, 'RTY initial margin').fill('2000');
  await textbox(page, 'M2K initial margin').fill('900');
  await textbox(page, 'M2K commission per side').fill('0');
  await goTo(page, 'Book & stress');
  await addPosition(page, 1, { symbol: 'RTY', side: 'long', quantity: '1', entry: '2000.0' });
  await expect(output(page, 'Margin in use')).toHaveText('$2,000.00');
  await expect(page.getByText('8.00% of equity · max 20.00%')).toBeVisible();
  await goTo(page, 'Size');
  await field(page, 'Slippage (ticks)').fill('0');
  await field(page, 'Entry price').fill('2000.0');
  await field(page, 'Stop price').fill('1990.0');
  await expect(output(page, 'Contracts')).toHaveText('3 M2K');
  await expect(output(page, 'Binding limit')).toHaveText('margin');
  await expect(page.getByText('The book already uses $2,000.00 of margin')).toBeVisible();
});

test('max open risk: the book’s open risk leaves a smaller risk budget', async ({ page }) => {
  await openPanels(page, 'Size');
  await field(page, 'Risk per trade').fill('1.5');
  await field(page, 'Max open risk').fill('2');
  await field(page, 'Slippage (ticks)').fill('0');
  await goTo(page, 'Contracts');
  await textbox(page, 'RTY commission per side').fill('0');
  await goTo(page, 'Book & stress');
  await addPosition(page, 1, { symbol: 'RTY', side: 'long', quantity: '1', entry: '2000.0' });
  await textbox(page, 'Position 1 stop').fill('1995.0');
  await expect(output(page, 'Position 1 risk')).toHaveText('$250.00');
  await expect(output(page, 'Open risk')).toHaveText('$250.00');
  await expect(output(page, 'Risk budget')).toHaveText('$250.00');
  // The risk bar stays in view while the page scrolls.
  await page.mouse.wheel(0, 3000);
  await expect(output(page, 'Open risk')).toBeInViewport();
  await goTo(page, 'Size');
  await expect(output(page, 'Binding limit')).toHaveText('open risk');
});

test('an empty or invalid row is left out and named; the valid rows still count', async ({ page }) => {
  await openPanels(page);
  await addPosition(page, 1, { symbol: 'MES', side: 'long', quantity: '2', entry: '5800.00' });
  await button(page, 'Add position').click();
  // A new blank row changes nothing until it is filled.
  await expect(output(page, 'Net notional')).toHaveText('+$58,000.00');
  await expect(page.getByText('Position 2 left out: quantity is empty.')).toBeVisible();
  await bookRow(page, 2).quantity.fill('2.5');
  await expectFieldMessage(bookRow(page, 2).quantity, /whole number/);
  await expect(page.getByText('Position 2 left out: quantity is not valid.')).toBeVisible();
  await expect(output(page, 'Net notional')).toHaveText('+$58,000.00');
  await expect(output(page, 'P&L at 7%')).not.toHaveText('—');
  await expectNoBrokenFigures(page);
});

test('removing a row with the keyboard moves the focus to the next row, else to Add position', async ({
  page,
}) => {
  await openPanels(page);
  await addPosition(page, 1, { symbol: 'M2K', side: 'long', quantity: '1', entry: '2000.0' });
  await addPosition(page, 2, { symbol: 'MES', side: 'short', quantity: '1', entry: '5800.00' });
  await button(page, 'Remove position 1').focus();
  await page.keyboard.press('Enter');
  await expect(bookRow(page, 1).symbol).toBeFocused();
  await expect(bookRow(page, 1).symbol).toHaveValue('MES');
  await page.keyboard.press('Shift+Tab');
  await button(page, 'Remove position 1').focus();
  await page.keyboard.press('Enter');
  await expect(button(page, 'Add position')).toBeFocused();
});

test('a mini + micro mix names each leg’s risk and front month', async ({ page }) => {
  await openPanels(page, 'Size');
  await field(page, 'Contract').selectOption('NQ');
  await field(page, 'Mix minis and micros').check();
  await field(page, 'Entry price').fill('21000.00');
  await field(page, 'Stop price').fill('20950.00');
  await expect(output(page, 'Risk per contract')).toHaveText('NQ $1,009.50 · MNQ $101.74');
  await expect(output(page, 'Front month')).toHaveText('NQZ6 · MNQZ6');
});

test('bad contract costs are named where they matter; a tiny ATR never gives Infinity', async ({ page }) => {
  await openPanels(page, 'Contracts');
  await textbox(page, 'M2K maintenance margin').fill('1000');
  await expect(page.getByText(/Above the M2K initial margin \(\$892\.00\)/)).toBeVisible();
  await expect(textbox(page, 'M2K maintenance margin')).toHaveAttribute('aria-invalid', 'false');
  await textbox(page, 'M2K initial margin').fill('abc');
  await goTo(page, 'Size');
  await field(page, 'Entry price').fill('2000.0');
  await field(page, 'Stop price').fill('1990.0');
  await expect(output(page, 'Contracts')).toHaveText('—');
  await expect(page.getByText('No size: M2K initial margin is not a number.')).toBeVisible();
  await goTo(page, 'Contracts');
  await textbox(page, 'M2K initial margin').fill('892');
  await goTo(page, 'Size');
  await page.getByRole('radio', { name: 'ATR', exact: true }).check();
  await atrField(page).fill(`0.${'0'.repeat(40)}1`);
  await expectFieldMessage(atrField(page), /the stop equals the entry/);
  await expect(output(page, 'Reward to risk')).toHaveText('—');
  await expectNoBrokenFigures(page);
});
