import { expect, test } from '@playwright/test';
import {
  atrField,
  atrText,
  barsCsv,
  collectErrors,
  expectNoBrokenNumbers,
  field,
  longAtrStop,
  makeBars,
  openApp,
  output,
  radio,
  wilderAtr,
} from './helpers';

const CHART_NAME = 'Close prices with ATR stop bands';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('pasted bars give the Wilder ATR(14); "Use as stop ATR" puts it into the stop', async ({ page }) => {
  const errors = collectErrors(page);
  const bars = makeBars(40);
  const expected = atrText(wilderAtr(bars, 14));
  const useAtr = page.getByRole('button', { name: 'Use as stop ATR' });
  await expect(output(page, 'ATR from bars')).toHaveText('—');
  await expect(useAtr).toBeDisabled();

  // Too few bars for ATR(14): no ATR, the button stays disabled, nothing broken.
  await field(page, 'Paste bars').fill(barsCsv(bars.slice(0, 10)));
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('10 bars read');
  await expect(page.getByText('needs at least 15')).toBeVisible();
  await expect(output(page, 'ATR from bars')).toHaveText('—');
  await expect(useAtr).toBeDisabled();
  await expectNoBrokenNumbers(page);

  await field(page, 'Paste bars').fill(barsCsv(bars));
  await expect(output(page, 'ATR from bars')).toHaveText(expected);
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('40 bars read.');
  await expect(page.getByRole('figure', { name: CHART_NAME })).toBeVisible();

  // The same bars newest-first are put back in date order: same ATR.
  const newestFirst = barsCsv([...bars].reverse());
  await field(page, 'Paste bars').fill(newestFirst);
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('newest-first');
  await expect(output(page, 'ATR from bars')).toHaveText(expected);

  // A longer period changes the ATR; the app follows the ATR period field.
  await field(page, 'ATR period').fill('20');
  await expect(output(page, 'ATR from bars')).toHaveText(atrText(wilderAtr(bars, 20)));
  await field(page, 'ATR period').fill('14');
  await expect(output(page, 'ATR from bars')).toHaveText(expected);

  await field(page, 'Entry price').fill('2000');
  await expect(radio(page, 'Price')).toBeChecked();
  await useAtr.click();
  await expect(atrField(page)).toHaveValue(expected);
  await expect(radio(page, 'ATR')).toBeChecked();
  await expect(output(page, 'Stop at')).toHaveText(longAtrStop(2000, expected, 2.5));
  await expect(output(page, 'Contracts')).not.toHaveText('—');
  await expectNoBrokenNumbers(page);
  expect(errors).toEqual([]);
});

test('importing a CSV file with two bad rows lists them by line number and draws the chart', async ({
  page,
}) => {
  const bars = makeBars(35);
  const lines = barsCsv(bars).split('\n');
  // Header is line 1, so bar i is on line i + 2. Replace two bars by broken rows (lines 6 and 21).
  lines[5] = '2026-01-05,2001.0,abc,1990.0,2000.0';
  lines[20] = '2026-01-20,2001.0,2010.0';
  const good = bars.filter((_, i) => i !== 4 && i !== 19);
  const text = lines.join('\n');

  await page.getByLabel('Import bars').setInputFiles({
    name: 'bars.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf-8'),
  });
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('33 bars read; 2 rows rejected');
  await expect(report.getByRole('listitem')).toHaveCount(2);
  await expect(report.getByRole('listitem').nth(0)).toContainText('line 6');
  await expect(report.getByRole('listitem').nth(0)).toContainText('high');
  await expect(report.getByRole('listitem').nth(1)).toContainText('line 21');
  await expect(report.getByRole('listitem').nth(1)).toContainText('columns');
  await expect(output(page, 'ATR from bars')).toHaveText(atrText(wilderAtr(good, 14)));
  await expect(page.getByRole('button', { name: /Clear bars \(bars\.csv\)/ })).toBeVisible();

  const chart = page.getByRole('figure', { name: CHART_NAME });
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg').first()).toBeVisible();
  await expect(chart).toContainText('Last 33 bars');

  await page.getByRole('button', { name: /Clear bars/ }).click();
  await expect(output(page, 'ATR from bars')).toHaveText('—');
  await expect(chart).toHaveCount(0);
});

test('semicolon-separated bars without a header also work, with decimal commas and CRLF', async ({
  page,
}) => {
  const bars = makeBars(30);
  const expected = atrText(wilderAtr(bars, 14));
  const text = barsCsv(bars, { delimiter: ';', header: false });
  expect(text).toMatch(/^2026-01-02;\d+\.\d;\d+\.\d;\d+\.\d;\d+\.\d\n/);
  await field(page, 'Paste bars').fill(text);
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('30 bars read.');
  await expect(output(page, 'ATR from bars')).toHaveText(expected);
  await expect(page.getByRole('figure', { name: CHART_NAME })).toBeVisible();

  // A European export: decimal commas, CRLF, a blank line after row 10 and a bad last row (line 32).
  const rows = text.replace(/\./g, ',').split('\n');
  const european = [
    ...rows.slice(0, 10),
    '',
    ...rows.slice(10),
    '2026-02-01;2000,0;1990,0;2010,0;2000,0',
  ].join('\r\n');
  await field(page, 'Paste bars').fill(european);
  await expect(report).toContainText(/30 bars read; 1 rows? rejected/);
  await expect(report.getByRole('listitem')).toHaveText([/^line 32: high 1990,0 is below low 2010,0/]);
  await expect(output(page, 'ATR from bars')).toHaveText(expected);
});

test('a TradingView-style `time` column of unix seconds is read as dates', async ({ page }) => {
  const bars = makeBars(20);
  // Each bar's date as unix seconds at 00:00 UTC.
  const rows = bars.map(
    (bar) =>
      `${Date.parse(`${bar.date}T00:00:00Z`) / 1000},${bar.open.toFixed(1)},${bar.high.toFixed(1)},${bar.low.toFixed(1)},${bar.close.toFixed(1)}`,
  );
  await field(page, 'Paste bars').fill(['time,open,high,low,close', ...rows].join('\n'));
  await expect(output(page, 'ATR from bars')).toHaveText(atrText(wilderAtr(bars, 14)));
  await expect(
    page.getByText(`ATR(14) of 20 bars, ${bars[0]?.date ?? ''} to ${bars[19]?.date ?? ''}`),
  ).toBeVisible();
});

test('rows whose date cannot be read are counted and named; the order check still runs', async ({ page }) => {
  const bars = makeBars(20);
  const lines = barsCsv(bars).split('\n');
  // Line 6 gets a date RiskDesk cannot read; line 10 repeats line 9's date.
  lines[5] = lines[5]?.replace(/^[^,]+/, 'sometime') ?? '';
  lines[9] = lines[9]?.replace(/^[^,]+/, bars[7]?.date ?? '') ?? '';
  await field(page, 'Paste bars').fill(lines.join('\n'));
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('18 bars read; 2 rows rejected:');
  await expect(report).toContainText('line 6: date "sometime" is not a date RiskDesk can read');
  await expect(report).toContainText('line 10:');
});
