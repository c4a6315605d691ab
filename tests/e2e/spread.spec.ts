import { expect, test, type Page } from '@playwright/test';
import { expectFieldMessage, output, radio } from './helpers';
import { combobox, expectFigures, expectNoFigures, openPanels, textbox } from './panelHelpers';

const SPREAD_FIGURES = [
  'Hedge ratio',
  'Short position',
  'Long notional',
  'Short notional',
  'Notional mismatch',
  'Mismatch (%)',
  'Best match',
  'Spread P&L',
];

async function fillLegs(page: Page, longPrice: string, shortPrice: string, quantity: string): Promise<void> {
  await textbox(page, 'Long leg price').fill(longPrice);
  await textbox(page, 'Short leg price').fill(shortPrice);
  await textbox(page, 'Long leg quantity').fill(quantity);
}

test('29 M2K at 2,000 against 10 MES at 5,800 is an exact notional match; the scenario gives its P&L', async ({
  page,
}) => {
  await openPanels(page, 'Spread');
  // Defaults: long M2K, short MES, notional method.
  await expect(combobox(page, 'Long leg')).toHaveValue('M2K');
  await expect(combobox(page, 'Short leg')).toHaveValue('MES');
  await expect(radio(page, 'Notional')).toBeChecked();
  await expectNoFigures(page, SPREAD_FIGURES);

  await fillLegs(page, '2000', '5800', '29');
  await expectFigures(page, {
    'Hedge ratio': '0.3448',
    'Short position': '10 MES',
    'Long notional': '$290,000.00',
    'Short notional': '$290,000.00',
    'Notional mismatch': '$0.00',
    'Mismatch (%)': '0.00%',
    'Best match': '29 M2K : 10 MES',
    'Spread P&L': '—',
  });
  // Best matches up to 30 per leg, smallest mismatch first; multiples of a listed pair are not repeated.
  const table = page.getByRole('table').filter({ hasText: 'Best matches' });
  await expect(table.getByRole('row')).toHaveText([
    /Long : short\s*Mismatch/,
    /29 M2K : 10 MES\s*0\.00%/,
    /26 M2K : 9 MES\s*0\.38%/,
    /23 M2K : 8 MES\s*0\.87%/,
    /20 M2K : 7 MES\s*1\.50%/,
    /17 M2K : 6 MES\s*2\.35%/,
  ]);

  // Small caps −2 %, large caps −1 %: 290,000 × −2 % − 290,000 × −1 % = −2,900.
  await textbox(page, 'Small-cap move').fill('-2');
  await textbox(page, 'Large-cap move').fill('-1');
  await expect(output(page, 'Spread P&L')).toHaveText('-$2,900.00');

  // With at most 20 per leg, 29 : 10 is out of reach: 20 : 7 (1.50 %) is the best left.
  await textbox(page, 'Max contracts per leg').fill('20');
  await expect(output(page, 'Best match')).toHaveText('20 M2K : 7 MES');

  // Bad input: a message at the field and "—" rather than a stale figure. MES trades in 0.25 steps.
  await textbox(page, 'Short leg price').fill('5800.1');
  await expectFieldMessage(textbox(page, 'Short leg price'), /tick/, /5,800\.00/, /5,800\.25/);
  await expectNoFigures(page, ['Hedge ratio', 'Short position', 'Short notional', 'Best match']);

  await textbox(page, 'Short leg price').fill('5800');
  await textbox(page, 'Long leg quantity').fill('2.5');
  await expectFieldMessage(textbox(page, 'Long leg quantity'), /whole number/);
  await expectNoFigures(page, ['Short position', 'Long notional', 'Notional mismatch']);
  await expect(page.getByRole('button', { name: 'Add spread to book', exact: true })).toBeDisabled();
});

test('notional, beta and volatility methods; typing a beta or an ATR selects its method', async ({
  page,
}) => {
  await openPanels(page, 'Spread');
  await fillLegs(page, '2000', '5800', '10');
  // 10 M2K = $100,000; 3 MES = $87,000 is nearest the $100,000 target.
  await expectFigures(page, {
    'Hedge ratio': '0.3448',
    'Short position': '3 MES',
    'Long notional': '$100,000.00',
    'Short notional': '$87,000.00',
    'Notional mismatch': '+$13,000.00',
    'Mismatch (%)': '+13.00%',
  });

  // Beta: short notional = 1.2 × long notional = $120,000 → 4 MES ($116,000).
  await textbox(page, 'Beta').fill('1.2');
  await expect(radio(page, 'Beta')).toBeChecked();
  await expectFigures(page, {
    'Hedge ratio': '0.4138',
    'Short position': '4 MES',
    'Short notional': '$116,000.00',
    'Notional mismatch': '+$4,000.00',
    'Mismatch (%)': '+3.33%',
  });

  // Volatility: equal dollar ATR, 30 × $5 against 70 × $5 → 0.4286 MES per M2K.
  await textbox(page, 'Long leg ATR').fill('30');
  await expect(radio(page, 'Volatility')).toBeChecked();
  await expect(output(page, 'Hedge ratio')).toHaveText('—');
  await textbox(page, 'Short leg ATR').fill('70');
  await expectFigures(page, { 'Hedge ratio': '0.4286', 'Short position': '4 MES' });

  // Back to notional, E-minis on both legs: RTY 2,000 = $100,000 against ES 5,800 = $290,000.
  await radio(page, 'Notional').check();
  await combobox(page, 'Long leg').selectOption('RTY');
  await combobox(page, 'Short leg').selectOption('ES');
  await expectFigures(page, {
    'Hedge ratio': '0.3448',
    'Short position': '3 ES',
    'Long notional': '$1,000,000.00',
    'Short notional': '$870,000.00',
    'Notional mismatch': '+$130,000.00',
    'Mismatch (%)': '+13.00%',
    'Best match': '29 RTY : 10 ES',
  });

  // The short leg's mini + micro mix: 34 MES units nearest 34.48 → 3 ES + 4 MES ($986,000).
  await page.getByRole('checkbox', { name: 'Mix E-minis and micros on the short leg' }).check();
  await expectFigures(page, {
    'Short position': '3 ES + 4 MES',
    'Short notional': '$986,000.00',
    'Notional mismatch': '+$14,000.00',
    'Mismatch (%)': '+1.40%',
  });
});
