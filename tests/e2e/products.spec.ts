/**
 * Contracts as data (#8): every registry product is selectable by its symbol in every contract picker, and
 * metals, energy and currencies size, hedge and stress by their own specs.
 */
import { expect, test } from '@playwright/test';
import { field, output } from './helpers';
import {
  addPosition,
  bookRow,
  button,
  combobox,
  expectFigures,
  goTo,
  openPanels,
  textbox,
  PRODUCT_SYMBOLS,
} from './panelHelpers';

test('every product is selectable by its symbol in the sizer, spread, hedge and book pickers', async ({
  page,
}) => {
  await openPanels(page, 'Size');
  const pickers = async (names: readonly string[]) => {
    for (const name of names) {
      const picker = combobox(page, name);
      for (const symbol of PRODUCT_SYMBOLS) {
        await picker.selectOption(symbol);
        await expect(picker).toHaveValue(symbol);
      }
    }
  };
  await pickers(['Contract']);
  await goTo(page, 'Spread');
  await pickers(['Long leg', 'Short leg']);
  await goTo(page, 'Hedge');
  await pickers(['Hedge contract']);
  await goTo(page, 'Book & stress');
  await button(page, 'Add position').click();
  await pickers(['Position 1 symbol']);
});

test('MCL sizes on its own tick and CME margin: 4 MCL at $62.24 each', async ({ page }) => {
  await openPanels(page, 'Size');
  await combobox(page, 'Contract').selectOption('MCL');
  await field(page, 'Entry price').fill('71.00');
  await field(page, 'Stop price').fill('70.40');
  await expectFigures(page, {
    Contracts: '4 MCL',
    'Total risk': '$248.96',
    'Risk per contract': '$62.24',
    'Front month': 'MCLF7',
  });
});

test('gold in the book: no limit levels, custom moves only, said in words', async ({ page }) => {
  await openPanels(page, 'Contracts');
  await textbox(page, 'GC initial margin').fill('20000');
  await textbox(page, 'GC maintenance margin').fill('18000');
  await goTo(page, 'Book & stress');
  await addPosition(page, 1, { symbol: 'GC', side: 'long', quantity: '1', entry: '2400.0' });
  await expect(bookRow(page, 1).symbol).toHaveValue('GC');
  await expect(
    page.getByText(/GC: No daily price limit: CME's dynamic circuit breakers pause trading/),
  ).toBeVisible();
  await expect(textbox(page, 'GC cash index close')).toHaveCount(0);
  await textbox(page, 'Custom move').fill('-5');
  await expect(output(page, 'P&L at custom')).toHaveText('-$12,000.00');
  await expect(output(page, 'Margin call at custom')).toHaveText('Yes');
  await expect(output(page, 'P&L at 7%')).toHaveText('—');
});
