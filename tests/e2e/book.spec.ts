import { expect, test } from '@playwright/test';
import { expectFieldMessage, expectFieldValid, fillEntryAndStop, output } from './helpers';
import {
  addPosition,
  bookRow,
  button,
  combobox,
  expectBookRow,
  expectFigures,
  goTo,
  openPanels,
  textbox,
} from './panelHelpers';

test('"Add spread to book" puts both legs in the book, one row per contract of a mixed short leg', async ({
  page,
}) => {
  await openPanels(page);
  await expect(bookRow(page, 1).symbol).toHaveCount(0);
  await goTo(page, 'Spread');
  await textbox(page, 'Long leg price').fill('2000');
  await textbox(page, 'Short leg price').fill('5800');
  await textbox(page, 'Long leg quantity').fill('29');
  await expect(output(page, 'Short position')).toHaveText('10 MES');

  await button(page, 'Add spread to book').click();
  await goTo(page, 'Book & stress');
  await expectBookRow(page, 1, { symbol: 'M2K', side: 'long', quantity: '29', entry: /^2,?000(\.0)?$/ });
  await expectBookRow(page, 2, { symbol: 'MES', side: 'short', quantity: '10', entry: /^5,?800(\.00?)?$/ });
  await expect(bookRow(page, 3).symbol).toHaveCount(0);
  // $290,000 each way; margin 29 × 892 + 10 × 1,695 and 29 × 811 + 10 × 1,541.
  await expectFigures(page, {
    'Net notional': '$0.00',
    'Book initial margin': '$42,818.00',
    'Book maintenance margin': '$38,929.00',
  });

  // RTY against ES with the mini + micro mix: 3 ES + 4 MES, each a row of its own.
  await goTo(page, 'Spread');
  await combobox(page, 'Long leg').selectOption('RTY');
  await combobox(page, 'Short leg').selectOption('ES');
  await textbox(page, 'Long leg quantity').fill('10');
  await page.getByRole('checkbox', { name: 'Mix E-minis and micros on the short leg' }).check();
  await expect(output(page, 'Short position')).toHaveText('3 ES + 4 MES');
  await button(page, 'Add spread to book').click();
  await goTo(page, 'Book & stress');
  await expectBookRow(page, 3, { symbol: 'RTY', side: 'long', quantity: '10', entry: /^2,?000(\.0)?$/ });
  await expectBookRow(page, 4, { symbol: 'ES', side: 'short', quantity: '3', entry: /^5,?800(\.00?)?$/ });
  await expectBookRow(page, 5, { symbol: 'MES', side: 'short', quantity: '4', entry: /^5,?800(\.00?)?$/ });
  // $1,000,000 long against $986,000 short; + 10 × 8,920 + 3 × 16,950 + 4 × 1,695 and so on.
  await expectFigures(page, {
    'Book initial margin': '$189,648.00',
    'Book maintenance margin': '$172,423.00',
  });
  await expect(output(page, 'Net notional')).toHaveText(/^\+?\$14,000\.00$/);
  // Both families of the book are now in the stress panel.
  await expect(textbox(page, 'RTY reference price')).toBeVisible();
  await expect(textbox(page, 'ES reference price')).toBeVisible();
});

test('positions from the sizer and by hand: edit, bad input, remove; they survive a reload', async ({
  page,
}) => {
  await openPanels(page, 'Size');
  await fillEntryAndStop(page, '2000', '1990');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  await button(page, 'Add to book').click();
  await goTo(page, 'Book & stress');
  await expectBookRow(page, 1, { symbol: 'M2K', side: 'long', quantity: '4', entry: '2000.0' });
  await expectFigures(page, {
    'Book initial margin': '$3,568.00',
    'Book maintenance margin': '$3,244.00',
  });
  await expect(output(page, 'Net notional')).toHaveText(/^\+?\$40,000\.00$/);

  // A new row is empty until typed in: it is left out and named, and the totals stay those of row 1.
  await button(page, 'Add position').click();
  const second = bookRow(page, 2);
  await expect(second.quantity).toHaveValue('');
  await expect(second.entry).toHaveValue('');
  await expect(page.getByText('Position 2 left out: quantity is empty.')).toBeVisible();
  await expect(output(page, 'Book initial margin')).toHaveText('$3,568.00');

  await second.symbol.selectOption('ES');
  await second.side.selectOption('short');
  await second.entry.fill('5800');
  await second.quantity.fill('2.5');
  await expectFieldMessage(second.quantity, /whole number/);
  await expect(page.getByText('Position 2 left out: quantity is not valid.')).toBeVisible();
  await expect(output(page, 'Book initial margin')).toHaveText('$3,568.00');

  await second.quantity.fill('1');
  await expectFieldValid(second.quantity);
  // 4 × 892 + 16,950 and 4 × 811 + 15,410; $40,000 long against $290,000 short.
  await expectFigures(page, {
    'Net notional': '-$250,000.00',
    'Book initial margin': '$20,518.00',
    'Book maintenance margin': '$18,654.00',
  });

  // Editing a row changes the totals: 2 ES short.
  await second.quantity.fill('2');
  await expect(output(page, 'Book initial margin')).toHaveText('$37,468.00');
  await second.quantity.fill('1');

  await page.getByRole('button', { name: 'Remove position 1', exact: true }).click();
  await expectBookRow(page, 1, { symbol: 'ES', side: 'short', quantity: '1', entry: '5800' });
  await expect(bookRow(page, 2).symbol).toHaveCount(0);
  await expectFigures(page, {
    'Net notional': '-$290,000.00',
    'Book initial margin': '$16,950.00',
    'Book maintenance margin': '$15,410.00',
  });

  // A hand-typed entry off the tick grid is refused at that field.
  await addPosition(page, 2, { symbol: 'MES', side: 'long', quantity: '3', entry: '5800.1' });
  await expectFieldMessage(bookRow(page, 2).entry, /tick/, /5,800\.00/, /5,800\.25/);
  await expect(output(page, 'Book initial margin')).toHaveText('$16,950.00');
  await bookRow(page, 2).entry.fill('5,800.25');
  // 3 × 5,800.25 × $5 = $87,003.75 long; margin + 3 × 1,695 and + 3 × 1,541.
  const final = {
    'Net notional': '-$202,996.25',
    'Book initial margin': '$22,035.00',
    'Book maintenance margin': '$20,033.00',
  };
  await expectFigures(page, final);

  await page.reload();
  await expectBookRow(page, 1, { symbol: 'ES', side: 'short', quantity: '1', entry: '5800' });
  await expectBookRow(page, 2, { symbol: 'MES', side: 'long', quantity: '3', entry: '5,800.25' });
  await expect(bookRow(page, 3).symbol).toHaveCount(0);
  await expectFigures(page, final);
});
