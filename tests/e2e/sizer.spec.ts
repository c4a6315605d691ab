import { expect, test, type Page } from '@playwright/test';
import {
  atrField,
  expectFieldMessage,
  expectFieldValid,
  expectNoBrokenFigures,
  expectNoBrokenNumbers,
  field,
  fillEntryAndStop,
  openApp,
  output,
  radio,
} from './helpers';
import { goTo, PRODUCT_SYMBOLS } from './panelHelpers';

const INPUT_NAMES = [
  'Account equity',
  'Risk per trade',
  'Max margin use',
  'Daily loss limit',
  "Today's realized P&L",
  'Contract',
  'Entry price',
  'Stop price',
  'Stop distance (ticks)',
  'ATR multiplier',
  'ATR period',
  'Target price',
  'Slippage (ticks)',
  'Margin basis',
  'Import bars',
  'Paste bars',
];

/** The contract costs, in the Contracts section. */
const COST_NAMES = PRODUCT_SYMBOLS.flatMap((symbol) => [
  `${symbol} initial margin`,
  `${symbol} maintenance margin`,
  `${symbol} day-trade margin`,
  `${symbol} commission per side`,
]);

const OUTPUT_NAMES = [
  'Contracts',
  'Risk budget',
  'Total risk',
  'Risk per contract',
  'Stop at',
  'Target at',
  'Reward to risk',
  'Notional',
  'Account leverage',
  'Margin leverage',
  'Margin required',
  'Binding limit',
  'ATR from bars',
  'Front month',
  'Last trading day',
  'Roll date',
];

/** The outputs of the worked example: defaults, M2K long, entry 2000, stop 1990. */
const WORKED_EXAMPLE: Readonly<Record<string, string>> = {
  Contracts: '4 M2K',
  'Risk budget': '$250.00',
  'Risk per contract': '$51.74',
  'Total risk': '$206.96',
  'Stop at': '1,990.0',
  Notional: '$40,000.00',
  'Margin required': '$3,568.00',
  'Account leverage': '1.60 : 1',
  'Margin leverage': '11.21 : 1',
  'Binding limit': 'risk',
  'Front month': 'M2KZ6',
  'Last trading day': '2026-12-18',
  'Roll date': '2026-12-10',
};

async function expectOutputs(page: Page, expected: Readonly<Record<string, string>>): Promise<void> {
  // In parallel: each is an independent auto-waiting check.
  await Promise.all(
    Object.entries(expected).map(([name, text]) => expect.soft(output(page, name), name).toHaveText(text)),
  );
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test.describe('names and defaults', () => {
  test('every input and output named in the issue resolves to exactly one element', async ({ page }) => {
    const locators = [
      ...INPUT_NAMES.map((name) => field(page, name)),
      ...['Long', 'Short', 'Price', 'Ticks', 'ATR'].map((name) => radio(page, name)),
      atrField(page),
      page.getByRole('checkbox', { name: 'Mix minis and micros' }),
      ...OUTPUT_NAMES.map((name) => output(page, name)),
      page.getByRole('combobox', { name: 'Contract', exact: true }),
      page.getByRole('combobox', { name: 'Margin basis', exact: true }),
      page.getByRole('button', { name: 'Use as stop ATR' }),
      page.getByRole('button', { name: 'Copy share link' }),
    ];
    await Promise.all(locators.map((locator) => expect.soft(locator, locator.toString()).toHaveCount(1)));
    // Each output is an <output> element.
    const tags = await Promise.all(
      OUTPUT_NAMES.map((name) => output(page, name).evaluate((element) => element.tagName)),
    );
    expect(new Set(tags)).toEqual(new Set(['OUTPUT']));
    await goTo(page, 'Contracts');
    await Promise.all(COST_NAMES.map((name) => expect.soft(field(page, name), name).toHaveCount(1)));
  });

  test('defaults: account strip, M2K long, price stop, 1 tick slippage, contract costs', async ({ page }) => {
    await expect(field(page, 'Account equity')).toHaveValue('25,000');
    await expect(field(page, 'Risk per trade')).toHaveValue('1');
    await expect(field(page, 'Max margin use')).toHaveValue('20');
    await expect(field(page, 'Daily loss limit')).toHaveValue('');
    await expect(field(page, 'Contract')).toHaveValue('M2K');
    await expect(radio(page, 'Long')).toBeChecked();
    await expect(radio(page, 'Price')).toBeChecked();
    await expect(field(page, 'Slippage (ticks)')).toHaveValue('1');
    await expect(field(page, 'ATR multiplier')).toHaveValue('2.5');
    await expect(field(page, 'ATR period')).toHaveValue('14');
    await expect(field(page, 'Margin basis')).toHaveValue('initial');
    await expect(page.getByRole('checkbox', { name: 'Mix minis and micros' })).not.toBeChecked();
    const optionValues = await field(page, 'Contract')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(optionValues).toEqual(PRODUCT_SYMBOLS);
    const basisLabels = await field(page, 'Margin basis').locator('option').allInnerTexts();
    expect(basisLabels).toEqual(['Initial', 'Maintenance', 'Day-trade']);
    // Nothing entered yet: the position shows "—", the calendar is already known.
    await expectOutputs(page, {
      Contracts: '—',
      'Stop at': '—',
      'Total risk': '—',
      'Risk budget': '$250.00',
      'Front month': 'M2KZ6',
    });
    await expectNoBrokenNumbers(page);
    await goTo(page, 'Contracts');
    await expect(field(page, 'M2K initial margin')).toHaveValue('892');
    await expect(field(page, 'M2K commission per side')).toHaveValue('0.62');
  });
});

test.describe('sizing', () => {
  test('worked example: M2K long 2000 / stop 1990 with the defaults', async ({ page }) => {
    await fillEntryAndStop(page, '2000', '1990');
    await expectOutputs(page, WORKED_EXAMPLE);
    await expect(output(page, 'Target at')).toHaveText('—');
    await expect(output(page, 'Reward to risk')).toHaveText('—');
    await expectNoBrokenNumbers(page);
    // What people type: spaces and thousands separators are fine, and the text stays as typed.
    await field(page, 'Entry price').fill(' 2,000 ');
    await expect(field(page, 'Entry price')).toHaveValue(' 2,000 ');
    await expectFieldValid(field(page, 'Entry price'));
    await expect(output(page, 'Notional')).toHaveText('$40,000.00');
    await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  });

  test('short: entry 2000, stop 2010 sizes the same, stop above entry', async ({ page }) => {
    await radio(page, 'Short').check();
    await fillEntryAndStop(page, '2000', '2010');
    await expectOutputs(page, {
      Contracts: '4 M2K',
      'Risk per contract': '$51.74',
      'Total risk': '$206.96',
      'Stop at': '2,010.0',
      'Binding limit': 'risk',
    });
    // A long stop above entry would be wrong; for a short, a stop below entry is.
    await field(page, 'Stop price').fill('1990');
    await expectFieldMessage(field(page, 'Stop price'), /short/i, /above/i);
    await expect(output(page, 'Contracts')).toHaveText('—');
  });

  test('ticks stop: 100 ticks below 2000 is 1,990.0', async ({ page }) => {
    await field(page, 'Entry price').fill('2000');
    await field(page, 'Stop distance (ticks)').fill('100');
    await expect(radio(page, 'Ticks')).toBeChecked();
    await expectOutputs(page, { 'Stop at': '1,990.0', Contracts: '4 M2K', 'Risk per contract': '$51.74' });
    await radio(page, 'Short').check();
    await expect(output(page, 'Stop at')).toHaveText('2,010.0');
  });

  test('ATR stop: 2.5 × 17.27 below 2000 snaps away from entry to 1,956.8', async ({ page }) => {
    await field(page, 'Entry price').fill('2000');
    await atrField(page).fill('17.27');
    await expect(radio(page, 'ATR')).toBeChecked();
    await expect(field(page, 'ATR multiplier')).toHaveValue('2.5');
    // 2000 − 43.175 = 1956.825 → 1,956.8; risk = 43.2 × 5 + 0.50 + 1.24 = $217.74 → 1 M2K.
    await expectOutputs(page, {
      'Stop at': '1,956.8',
      'Risk per contract': '$217.74',
      Contracts: '1 M2K',
      'Total risk': '$217.74',
    });
    // Short: 2043.175 → up to 2,043.2.
    await radio(page, 'Short').check();
    await expect(output(page, 'Stop at')).toHaveText('2,043.2');
  });

  test('target 2030 → Target at 2,030.0, reward to risk 3.00 : 1', async ({ page }) => {
    await fillEntryAndStop(page, '2000', '1990');
    await field(page, 'Target price').fill('2030');
    await expectOutputs(page, { 'Target at': '2,030.0', 'Reward to risk': '3.00 : 1', Contracts: '4 M2K' });
    // A long's target below entry is an error in words.
    await field(page, 'Target price').fill('1980');
    await expectFieldMessage(field(page, 'Target price'), /above the entry/);
    await expect(output(page, 'Target at')).toHaveText('—');
    await expect(output(page, 'Reward to risk')).toHaveText('—');
  });

  test('mix minis and micros with equity 100,000 → 1 RTY + 9 M2K', async ({ page }) => {
    await field(page, 'Account equity').fill('100,000');
    await fillEntryAndStop(page, '2000', '1990');
    await expect(output(page, 'Contracts')).toHaveText('19 M2K');
    await page.getByRole('checkbox', { name: 'Mix minis and micros' }).check();
    // RTY risks $509.50, M2K $51.74: 1 RTY + 9 M2K = $975.16 ties 19 M2K in exposure with fewer contracts.
    await expectOutputs(page, {
      Contracts: '1 RTY + 9 M2K',
      'Risk budget': '$1,000.00',
      'Total risk': '$975.16',
      Notional: '$190,000.00',
      'Margin required': '$16,948.00',
      'Binding limit': 'risk',
    });
  });

  test('margin cap binds: max margin use 5 % → 1 M2K', async ({ page }) => {
    await fillEntryAndStop(page, '2000', '1990');
    await field(page, 'Max margin use').fill('5');
    await expectOutputs(page, {
      Contracts: '1 M2K',
      'Binding limit': 'margin',
      'Margin required': '$892.00',
      'Total risk': '$51.74',
      Notional: '$10,000.00',
    });
  });

  test('daily loss limit 500 with realized −380 leaves $120 → 2 M2K', async ({ page }) => {
    await fillEntryAndStop(page, '2000', '1990');
    await field(page, 'Daily loss limit').fill('500');
    await field(page, "Today's realized P&L").fill('-380');
    await expectOutputs(page, {
      'Risk budget': '$120.00',
      Contracts: '2 M2K',
      'Binding limit': 'daily loss',
      'Total risk': '$103.48',
    });
    await expect(output(page, 'Daily loss left')).toHaveText('$120.00');
    await expect(page.getByText('Set by what is left of the daily loss limit')).toBeVisible();
    // A loss beyond the limit leaves nothing: no new risk today.
    await field(page, "Today's realized P&L").fill('-600');
    await expectOutputs(page, { 'Risk budget': '$0.00', Contracts: '0 M2K', 'Binding limit': 'daily loss' });
    await expect(page.getByText('The daily loss limit is used up')).toBeVisible();
    // A winning day does not extend the allowance beyond the risk setting.
    await field(page, "Today's realized P&L").fill('300');
    await expectOutputs(page, { 'Risk budget': '$250.00', Contracts: '4 M2K', 'Binding limit': 'risk' });
  });

  test('switching the contract to ES changes the front month to ESZ6', async ({ page }) => {
    await field(page, 'Contract').selectOption('ES');
    await expect(page.getByRole('combobox', { name: 'Contract', exact: true })).toHaveValue('ES');
    await expectOutputs(page, {
      'Front month': 'ESZ6',
      'Last trading day': '2026-12-18',
      'Roll date': '2026-12-10',
    });
    // ES: $50 a point, tick 0.25 ($12.50): 10 points = $500 + $12.50 + $4.50 > $250 budget → 0 ES.
    await fillEntryAndStop(page, '6000', '5990');
    await expectOutputs(page, { 'Risk per contract': '$517.00', Contracts: '0 ES', 'Stop at': '5,990.00' });
    await expect(page.getByText('One ES risks $517.00, more than the $250.00 budget.')).toBeVisible();
  });

  test('editing M2K initial margin or the margin basis changes Margin required', async ({ page }) => {
    await fillEntryAndStop(page, '2000', '1990');
    await expect(output(page, 'Margin required')).toHaveText('$3,568.00');
    await goTo(page, 'Contracts');
    await field(page, 'M2K initial margin').fill('1000');
    await goTo(page, 'Size');
    await expect(output(page, 'Margin required')).toHaveText('$4,000.00');
    await expect(output(page, 'Margin leverage')).toHaveText('10.00 : 1');
    await field(page, 'Margin basis').selectOption('dayTrade');
    await expect(output(page, 'Margin required')).toHaveText('$1,784.00');
    await goTo(page, 'Contracts');
    await field(page, 'M2K commission per side').fill('1.00');
    await goTo(page, 'Size');
    // 50 + 0.50 + 2 × 1.00
    await expect(output(page, 'Risk per contract')).toHaveText('$52.50');
  });
});

test.describe('contract calendar', () => {
  // [today, front month, last trading day, roll date]: third Friday of Mar/Jun/Sep/Dec, roll on the Thursday
  // 8 days before it; the roll date itself still belongs to the expiring contract; Good Friday and (observed)
  // Juneteenth move the expiry to the Thursday, not the roll.
  const cases = [
    ['2026-12-10', 'M2KZ6', '2026-12-18', '2026-12-10'],
    ['2026-12-11', 'M2KH7', '2027-03-19', '2027-03-11'],
    ['2026-05-01', 'M2KM6', '2026-06-18', '2026-06-11'],
    ['2027-05-01', 'M2KM7', '2027-06-17', '2027-06-10'],
    ['2008-02-15', 'M2KH8', '2008-03-20', '2008-03-13'],
  ] as const;

  test('front month, last trading day and roll date follow the clock', async ({ page }) => {
    for (const [today, front, last, roll] of cases) {
      await page.clock.setFixedTime(new Date(`${today}T12:00:00`));
      await page.reload();
      await expect.soft(output(page, 'Front month'), today).toHaveText(front);
      await expect.soft(output(page, 'Last trading day'), today).toHaveText(last);
      await expect.soft(output(page, 'Roll date'), today).toHaveText(roll);
    }
  });
});

test.describe('bad input', () => {
  test('Account equity "abc": message under the field with the range, Contracts "—"', async ({ page }) => {
    await fillEntryAndStop(page, '2000', '1990');
    await expect(output(page, 'Contracts')).toHaveText('4 M2K');
    const equity = field(page, 'Account equity');
    await equity.fill('abc');
    await expectFieldMessage(equity, /"abc" is not a number/, /greater than \$0/, /\$1,000,000,000/);
    await expect(equity).toHaveValue('abc');
    await expect(output(page, 'Contracts')).toHaveText('—');
    await expect(output(page, 'Risk budget')).toHaveText('—');
    await expectNoBrokenNumbers(page);
    await equity.fill('-5000');
    await expectFieldMessage(equity, /greater than \$0/);
    await equity.fill(' 30,000 ');
    await expectFieldValid(equity);
    await expect(equity).toHaveValue(' 30,000 ');
    await expect(output(page, 'Risk budget')).toHaveText('$300.00');
    await expect(output(page, 'Contracts')).toHaveText('5 M2K');
  });

  test('a long stop above entry, or equal to it, is a message at Stop price', async ({ page }) => {
    await fillEntryAndStop(page, '2000', '2010');
    await expectFieldMessage(field(page, 'Stop price'), /below the entry price/, /2,000\.0/);
    await expect(output(page, 'Contracts')).toHaveText('—');
    await expect(output(page, 'Stop at')).toHaveText('—');
    await field(page, 'Stop price').fill('2000');
    await expectFieldMessage(field(page, 'Stop price'), /no distance/);
    await expect(output(page, 'Contracts')).toHaveText('—');
    await expectNoBrokenNumbers(page);
  });

  test('entry off the tick grid names the two nearest valid prices', async ({ page }) => {
    await fillEntryAndStop(page, '2000.05', '1990');
    await expectFieldMessage(field(page, 'Entry price'), /2,000\.0/, /2,000\.1/, /tick/);
    await expect(output(page, 'Contracts')).toHaveText('—');
    await expect(output(page, 'Notional')).toHaveText('—');
    await field(page, 'Entry price').fill('2000.1');
    await expectFieldValid(field(page, 'Entry price'));
    await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  });

  test('risk per trade 0, 150 or -1 is out of range; 100 is allowed', async ({ page }) => {
    await fillEntryAndStop(page, '2000', '1990');
    const risk = field(page, 'Risk per trade');
    for (const text of ['0', '150', '-1']) {
      await risk.fill(text);
      await expectFieldMessage(risk, /greater than 0%/, /at most 100%/);
      await expect(output(page, 'Contracts')).toHaveText('—');
      await expect(output(page, 'Risk budget')).toHaveText('—');
      await expectNoBrokenNumbers(page);
    }
    await risk.fill('100');
    await expectFieldValid(risk);
    // $25,000 budget; the 20 % margin cap ($5,000) allows 5 M2K.
    await expect(output(page, 'Risk budget')).toHaveText('$25,000.00');
    await expect(output(page, 'Contracts')).toHaveText('5 M2K');
    await expect(output(page, 'Binding limit')).toHaveText('margin');
  });

  test('garbage everywhere never shows NaN, Infinity or undefined', async ({ page }) => {
    const garbage: Readonly<Record<string, string>> = {
      'Account equity': '1e309',
      'Risk per trade': 'Infinity',
      'Max margin use': 'NaN',
      'Daily loss limit': '0',
      "Today's realized P&L": '--5',
      'Entry price': '.',
      'Stop price': '2,50',
      'Target price': 'undefined',
      'Slippage (ticks)': '1.5',
      'ATR multiplier': '0',
      'ATR period': '0',
    };
    await goTo(page, 'Contracts');
    await field(page, 'M2K initial margin').fill('');
    await field(page, 'M2K commission per side').fill('-1');
    await goTo(page, 'Size');
    for (const [name, text] of Object.entries(garbage)) await field(page, name).fill(text);
    await atrField(page).fill('1/0');
    // Typing into the ATR field switched the stop method to ATR.
    await expect(radio(page, 'ATR')).toBeChecked();
    for (const name of [
      'Account equity',
      'Risk per trade',
      'Max margin use',
      'Entry price',
      'Slippage (ticks)',
    ]) {
      await expect.soft(field(page, name), name).toHaveAttribute('aria-invalid', 'true');
    }
    await expect.soft(atrField(page), 'ATR').toHaveAttribute('aria-invalid', 'true');
    await expect(output(page, 'Contracts')).toHaveText('—');
    // The texts typed stay as typed (messages may quote them), but no computed figure is broken.
    await expectNoBrokenFigures(page);
    for (const method of ['Ticks', 'ATR', 'Price']) {
      await radio(page, method).check();
      await expect(output(page, 'Contracts')).toHaveText('—');
      await expect(output(page, 'Stop at')).toHaveText('—');
    }
    // "2,50" is ambiguous (commas must group thousands): rejected once the price stop is in use.
    await field(page, 'Entry price').fill('2000');
    await expectFieldMessage(field(page, 'Stop price'), /"2,50" is not a number/);
    await expectNoBrokenFigures(page);
  });
});
