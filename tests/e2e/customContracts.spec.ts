/**
 * Issue 8, contracts as data: the catalogue of every product and the trader's own contracts, defined
 * through the UI, refused field by field, saved across a reload and opened from a share link.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  collectErrors,
  expectFieldMessage,
  expectFieldValid,
  field,
  fillEntryAndStop,
  FIXED_NOW,
  openApp,
  output,
} from './helpers';
import { button, goTo, textbox } from './panelHelpers';

/** A field of custom contract `n` by its label ("Tick" → "Tick (custom contract 1)"). */
const custom = (page: Page, label: string, n = 1) => textbox(page, `${label} (custom contract ${n})`);

/** A product's card in the catalogue ("SIL Micro Silver"). */
const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

test('the catalogue shows each product’s spec, front contract on the fixed day and limit rule', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openApp(page);
  await goTo(page, 'Contracts');
  for (const group of ['Equity index', 'Metals', 'Energy', 'Currencies']) {
    await expect(page.getByRole('heading', { level: 4, name: group, exact: true })).toBeVisible();
  }
  const sil = card(page, 'SIL Micro Silver');
  await expect(sil).toContainText('$1,000 per 1.00 move');
  await expect(sil).toContainText('0.005 = $5.00');
  await expect(sil).toContainText('1 SI = 5 SIL');
  // 2026-11-21: SILZ6 rolls on 25 Nov and last trades on 29 Dec (third last business day).
  await expect(sil).toContainText('SILZ6');
  await expect(sil).toContainText('2026-12-29 (Tue), in 38 days');
  await expect(sil).toContainText('No daily price limits (dynamic circuit breakers)');
  await expect(card(page, 'M6E Micro EUR/USD')).toContainText('0.0001 = $1.25');
  await expect(card(page, '6E Euro FX')).toContainText('0.00005 = $6.25');
  await expect(card(page, 'M6E Micro EUR/USD')).toContainText('No price limits: custom moves only');
  // M2KZ6 expires on the third Friday, 18 Dec 2026 (helpers.ts FIXED_NOW).
  await expect(card(page, 'M2K Micro E-mini Russell 2000')).toContainText('M2KZ6');
  await expect(card(page, 'M2K Micro E-mini Russell 2000')).toContainText('2026-12-18 (Fri), in 27 days');
  await expect(card(page, 'ES E-mini S&P 500')).toContainText('7/13/20 % of the reference — stress levels');
  await expect(sil.getByRole('link', { name: /^CME contract specifications/ })).toHaveAttribute(
    'href',
    'https://www.cmegroup.com/markets/metals/precious/silver-micro.contractSpecs.html',
  );
  expect(errors).toEqual([]);
});

test('a custom contract is refused field by field, accepted when fixed, kept after a reload and shared', async ({
  page,
  browser,
}) => {
  // A long walk (a reload, a second browser, the sizer): more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  await openApp(page);
  await goTo(page, 'Contracts');
  await button(page, 'Add contract').click();
  await expect(custom(page, 'Symbol')).toBeFocused();

  // Every bad field says why, at the field.
  await custom(page, 'Symbol').fill('GC');
  await custom(page, 'Name').fill('Nano silver');
  await custom(page, 'Point value').fill('100');
  await custom(page, 'Tick').fill('0.005.');
  await custom(page, 'Pairs with').fill('SI');
  await custom(page, 'Ratio').fill('5');
  await custom(page, 'Maintenance margin').fill('300');
  await custom(page, 'Initial margin').fill('200');
  await custom(page, 'Commission per side').fill('0.5');
  await expectFieldMessage(custom(page, 'Symbol'), /GC is a built-in contract/);
  await expectFieldMessage(custom(page, 'Tick'), /0\.005\./);
  await expectFieldMessage(custom(page, 'Ratio'), /does not match the point values: \$5,000 ÷ \$100 = 50/);
  await expectFieldMessage(custom(page, 'Maintenance margin'), /cannot exceed the initial margin/);
  await expectFieldValid(custom(page, 'Point value'));
  await expect(page.getByText('Not usable yet: see the messages at the fields.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'Yours', exact: true })).toHaveCount(0);

  // Fixed, it is accepted and listed in the catalogue under Yours.
  await custom(page, 'Symbol').fill('nsil');
  await custom(page, 'Tick').fill('0.005');
  await custom(page, 'Ratio').fill('50');
  await custom(page, 'Initial margin').fill('330');
  for (const label of ['Symbol', 'Tick', 'Ratio', 'Maintenance margin']) {
    await expectFieldValid(custom(page, label));
  }
  await expect(page.getByText('Usable in every contract picker: tick 0.005 = $0.50.')).toBeVisible();
  const nsil = card(page, 'NSIL Nano silver');
  await expect(nsil).toContainText('1 SI = 50 NSIL');
  await expect(nsil).toContainText('No limit rule (custom contract): custom moves only');
  await expect(card(page, 'SI Silver')).toContainText('1 SI = 5 SIL');

  // Saved: a reload brings the definition back as typed.
  await page.reload();
  await goTo(page, 'Contracts');
  await expect(custom(page, 'Symbol')).toHaveValue('nsil');
  await expect(custom(page, 'Ratio')).toHaveValue('50');
  await expect(card(page, 'NSIL Nano silver')).toBeVisible();

  // Shared: a link opens the same contract in a fresh browser.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: /^Share link/ }).inputValue();
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.clock.setFixedTime(FIXED_NOW);
    await other.goto(link);
    await expect(other.getByRole('list', { name: 'Notices' })).toContainText('shared link');
    await goTo(other, 'Contracts');
    await expect(custom(other, 'Name')).toHaveValue('Nano silver');
    await expect(custom(other, 'Commission per side')).toHaveValue('0.5');
    await expect(card(other, 'NSIL Nano silver')).toContainText('0.005 = $0.50');
  } finally {
    await context.close();
  }

  // Every contract picker offers it: the sizer sizes it with its own tick, point value and costs.
  // Risk per contract: 0.100 × $100 + 1 tick slippage $0.50 + 2 × $0.50 = $11.50, so $250 buys 21; the
  // margin cap (20 % of $25,000 = $5,000 at $330 initial) allows 15.
  await goTo(page, 'Size');
  await field(page, 'Contract').selectOption('NSIL');
  await fillEntryAndStop(page, '25.000', '24.900');
  await expect(output(page, 'Contracts')).toHaveText('15 NSIL');
  await expect(output(page, 'Binding limit')).toHaveText('margin');

  // Removing it takes it out of the catalogue and puts the focus on Add contract.
  await goTo(page, 'Contracts');
  await button(page, 'Remove custom contract 1').click();
  await expect(button(page, 'Add contract')).toBeFocused();
  await expect(card(page, 'NSIL Nano silver')).toHaveCount(0);
  expect(errors).toEqual([]);
});
