/**
 * Phone-width screenshots of every section, written to docs/ (the README shows them). Each section is
 * filled in first, so the pictures show figures, not empty forms; the test also checks that nothing on
 * them scrolls sideways.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { barsCsv, field, fillEntryAndStop, makeBars, openApp, output } from './helpers';
import { SECTION_HEADINGS, addPosition, goTo, type SectionName } from './panelHelpers';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const FILES: Readonly<Record<SectionName, string>> = {
  Size: 'phone-size.png',
  Spread: 'phone-spread.png',
  'Book & stress': 'phone-book.png',
  Hedge: 'phone-hedge.png',
  Contracts: 'phone-contracts.png',
  Portfolio: 'phone-portfolio.png',
  Plan: 'phone-plan.png',
  Calendar: 'phone-calendar.png',
};

test.use({ viewport: { width: 390, height: 844 } });

test('phone-width screenshots of every section', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  await field(page, 'Target price').fill('2030');
  await field(page, 'Paste bars').fill(barsCsv(makeBars(60)));
  await expect(output(page, 'ATR from bars')).not.toHaveText('—');
  await page.getByRole('button', { name: 'Add to book' }).click();
  await goTo(page, 'Book & stress');
  await addPosition(page, 2, { symbol: 'MES', side: 'short', quantity: '2', entry: '5800.00' });
  await page.getByRole('textbox', { name: 'RTY reference price', exact: true }).fill('2000.0');
  await page.getByRole('textbox', { name: 'ES reference price', exact: true }).fill('5800.00');
  await goTo(page, 'Spread');
  await page.getByRole('textbox', { name: 'Long leg price', exact: true }).fill('2000');
  await page.getByRole('textbox', { name: 'Short leg price', exact: true }).fill('5800');
  await page.getByRole('textbox', { name: 'Long leg quantity', exact: true }).fill('29');
  await goTo(page, 'Hedge');
  await page.getByRole('textbox', { name: 'Portfolio value', exact: true }).fill('250,000');
  await page.getByRole('textbox', { name: 'Hedge contract price', exact: true }).fill('2000');
  await goTo(page, 'Portfolio');
  for (const [n, symbol, price, stop] of [
    [1, 'MES', '5800.00', '14.00'],
    [2, 'MNQ', '20500.00', '30.00'],
  ] as const) {
    await page.getByRole('button', { name: 'Add asset', exact: true }).click();
    await page.getByRole('combobox', { name: `Asset ${n} contract`, exact: true }).selectOption(symbol);
    await page.getByRole('textbox', { name: `Asset ${n} price`, exact: true }).fill(price);
    await page.getByRole('textbox', { name: `Asset ${n} stop distance`, exact: true }).fill(stop);
  }
  await page.getByRole('textbox', { name: 'Correlation MES–MNQ', exact: true }).fill('0.85');
  await goTo(page, 'Plan');
  await page.getByRole('textbox', { name: 'Win rate', exact: true }).fill('55');
  await page.getByRole('textbox', { name: 'Average win', exact: true }).fill('150');
  await page.getByRole('textbox', { name: 'Average loss', exact: true }).fill('100');
  await page.getByRole('button', { name: 'Add trade', exact: true }).click();
  await page.getByRole('textbox', { name: 'Trade 1 time', exact: true }).fill('09:30');
  await page.getByRole('textbox', { name: 'Trade 1 quantity', exact: true }).fill('2');
  await page.getByRole('textbox', { name: 'Trade 1 entry price', exact: true }).fill('2000.0');
  await page.getByRole('textbox', { name: 'Trade 1 exit price', exact: true }).fill('2004.5');
  await expect(page.getByRole('status', { name: 'Median final equity', exact: true })).toHaveText(/^\$/, {
    timeout: 15_000,
  });

  for (const name of Object.keys(SECTION_HEADINGS) as SectionName[]) {
    await goTo(page, name);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    // Deferred charts draw a frame or two after the numbers.
    await page.waitForTimeout(400);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} scrolls sideways`).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${DOCS}${FILES[name]}` });
  }
});
