/**
 * Issue 7, accessible by scan: axe (WCAG 2.x A and AA rules) over every section, in light and dark, at
 * desktop and phone width, with a book, bars and a notice on the page: no violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { barsCsv, field, fillEntryAndStop, makeBars, openApp, output } from './helpers';
import { SECTION_HEADINGS, addPosition, goTo, type SectionName } from './panelHelpers';

const SECTIONS = Object.keys(SECTION_HEADINGS) as SectionName[];

/** A desk with something in every section: a sized trade, bars and their chart, a book under stress, a notice. */
async function fillDesk(page: Page): Promise<void> {
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  await field(page, 'Target price').fill('2030');
  await field(page, 'Paste bars').fill(barsCsv(makeBars(40)));
  await expect(output(page, 'ATR from bars')).not.toHaveText('—');
  await page.getByRole('button', { name: 'Add to book' }).click();
  await goTo(page, 'Book & stress');
  await addPosition(page, 2, { symbol: 'MES', side: 'short', quantity: '2', entry: '5800.00' });
  await page.getByRole('textbox', { name: 'RTY reference price', exact: true }).fill('2000.0');
  await goTo(page, 'Spread');
  await page.getByRole('textbox', { name: 'Long leg price', exact: true }).fill('2000');
  await page.getByRole('textbox', { name: 'Short leg price', exact: true }).fill('5800');
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
  await page.getByRole('textbox', { name: 'ETF price', exact: true }).fill('40');
  await page.getByRole('textbox', { name: 'ETF amount', exact: true }).fill('50000');
  await page.getByRole('textbox', { name: 'Futures price', exact: true }).fill('2000');
  // Three losses in a row, the last 10 minutes before the fixed clock: the desk shows its pause.
  for (const [i, time] of ['11:40', '11:45', '11:50'].entries()) {
    const n = i + 1;
    await page.getByRole('button', { name: 'Add trade', exact: true }).click();
    await page.getByRole('textbox', { name: `Trade ${n} time`, exact: true }).fill(time);
    await page.getByRole('textbox', { name: `Trade ${n} quantity`, exact: true }).fill('1');
    await page.getByRole('textbox', { name: `Trade ${n} entry price`, exact: true }).fill('2000.0');
    await page.getByRole('textbox', { name: `Trade ${n} exit price`, exact: true }).fill('1995.0');
  }
  // Two custom contracts: one refused field by field (messages at its fields), one accepted.
  await goTo(page, 'Contracts');
  await page.getByRole('button', { name: 'Add contract', exact: true }).click();
  await page.getByRole('textbox', { name: 'Symbol (custom contract 1)', exact: true }).fill('ES');
  await page.getByRole('textbox', { name: 'Tick (custom contract 1)', exact: true }).fill('0.1x');
  await page.getByRole('button', { name: 'Add contract', exact: true }).click();
  for (const [label, text] of [
    ['Symbol', 'NSIL'],
    ['Name', 'Nano silver'],
    ['Point value', '100'],
    ['Tick', '0.005'],
    ['Pairs with', 'SI'],
    ['Ratio', '50'],
    ['Commission per side', '0.5'],
  ] as const) {
    await page.getByRole('textbox', { name: `${label} (custom contract 2)`, exact: true }).fill(text);
  }
  await expect(page.getByRole('article', { name: 'NSIL Nano silver', exact: true })).toBeVisible();
  // A notice on the page: a damaged share link is reported.
  await page.goto('/#/size?s=damaged!');
  await expect(page.getByRole('list', { name: 'Notices' })).toBeVisible();
}

async function scanEverySection(page: Page, label: string): Promise<void> {
  for (const section of SECTIONS) {
    await goTo(page, section);
    // Let deferred charts draw before the scan.
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const found = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect.soft(found, `${label}, ${section}`).toEqual([]);
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test(`axe finds no violations in any section, desktop and phone (${colorScheme})`, async ({ page }) => {
      // Every section scanned at desktop and at phone width: slow on a shared 2-core machine.
      test.setTimeout(420_000);
      await page.setViewportSize({ width: 1440, height: 900 });
      await fillDesk(page);
      await scanEverySection(page, `${colorScheme} desktop`);
      await page.setViewportSize({ width: 390, height: 844 });
      await scanEverySection(page, `${colorScheme} phone`);
    });
  });
}
