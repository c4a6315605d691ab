import { expect, test, type Page } from '@playwright/test';
import { expectFieldMessage, output } from './helpers';
import { button, combobox, expectFigures, expectNoFigures, openPanels, textbox } from './panelHelpers';

const HEDGE_FIGURES = ['Hedge position', 'Hedged beta-dollars', 'Unhedged beta-dollars'];

async function fillPortfolio(page: Page, value: string, beta: string, ratioPct: string): Promise<void> {
  await textbox(page, 'Portfolio value').fill(value);
  await textbox(page, 'Portfolio beta').fill(beta);
  await textbox(page, 'Hedge ratio (%)').fill(ratioPct);
}

test('$250,000 at β 1.2, 40 % on RTY at 2,000 → short 1 RTY + 2 M2K; ETF leverage, presets, MES and bad inputs', async ({
  page,
}) => {
  await openPanels(page, 'Hedge');
  await expectNoFigures(page, HEDGE_FIGURES);
  await fillPortfolio(page, '250,000', '1.2', '40');
  await combobox(page, 'Hedge contract').selectOption('RTY');
  await textbox(page, 'Hedge contract price').fill('2000');
  // 0.4 × 1.2 × 250,000 = 120,000 = 12 M2K units of $10,000.
  await expectFigures(page, {
    'Hedge position': '1 RTY + 2 M2K',
    'Hedged beta-dollars': '$120,000.00',
    'Unhedged beta-dollars': '$180,000.00',
  });

  // A 3× ETF triples the beta-dollars: 360,000 hedged of 900,000.
  await textbox(page, 'ETF leverage').fill('3');
  await expectFigures(page, {
    'Hedge position': '3 RTY + 6 M2K',
    'Hedged beta-dollars': '$360,000.00',
    'Unhedged beta-dollars': '$540,000.00',
  });
  await textbox(page, 'ETF leverage').fill('1');

  const ratio = textbox(page, 'Hedge ratio (%)');
  await button(page, '50 %').click();
  await expect(ratio).toHaveValue('50');
  await expectFigures(page, {
    'Hedge position': '1 RTY + 5 M2K',
    'Hedged beta-dollars': '$150,000.00',
    'Unhedged beta-dollars': '$150,000.00',
  });
  await button(page, '100 %').click();
  await expect(ratio).toHaveValue('100');
  await expectFigures(page, {
    'Hedge position': '3 RTY',
    'Hedged beta-dollars': '$300,000.00',
    'Unhedged beta-dollars': '$0.00',
  });
  await button(page, '25 %').click();
  await expect(ratio).toHaveValue('25');
  // 0.25 × 1.2 × 260,000 = 78,000 → 7.8 units, nearest 8 M2K.
  await textbox(page, 'Portfolio value').fill('260000');
  await expectFigures(page, {
    'Hedge position': '8 M2K',
    'Hedged beta-dollars': '$80,000.00',
    'Unhedged beta-dollars': '$232,000.00',
  });

  // An S&P 500 hedge.
  await fillPortfolio(page, '250000', '1.2', '50');
  await combobox(page, 'Hedge contract').selectOption('MES');
  await textbox(page, 'Hedge contract price').fill('5800');
  // 150,000 ÷ (5,800 × $5) = 5.17 → 5 MES.
  await expectFigures(page, {
    'Hedge position': '5 MES',
    'Hedged beta-dollars': '$145,000.00',
    'Unhedged beta-dollars': '$155,000.00',
  });
  // The E-mini of the same family gives the same mix.
  await combobox(page, 'Hedge contract').selectOption('ES');
  await expect(output(page, 'Hedge position')).toHaveText('5 MES');

  await textbox(page, 'Hedge contract price').fill('5800.1');
  await expectFieldMessage(textbox(page, 'Hedge contract price'), /tick/, /5,800\.00/, /5,800\.25/);
  await expectNoFigures(page, HEDGE_FIGURES);
  await textbox(page, 'Hedge contract price').fill('5800');
  await expect(output(page, 'Hedge position')).toHaveText('5 MES');

  await textbox(page, 'Portfolio beta').fill('abc');
  await expectFieldMessage(textbox(page, 'Portfolio beta'), /not a number/);
  await expectNoFigures(page, HEDGE_FIGURES);
  await textbox(page, 'Portfolio beta').fill('1.2');
  await textbox(page, 'Hedge ratio (%)').fill('0');
  await expectFieldMessage(textbox(page, 'Hedge ratio (%)'), /greater than 0/);
  await expectNoFigures(page, HEDGE_FIGURES);
});
