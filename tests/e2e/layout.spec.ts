import { expect, test, type Page } from '@playwright/test';
import {
  barsCsv,
  collectErrors,
  expectNoBrokenNumbers,
  field,
  fillEntryAndStop,
  makeBars,
  openApp,
  output,
  radio,
  tabTo,
} from './helpers';
import { goTo } from './panelHelpers';

async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.documentElement.scrollWidth > document.documentElement.clientWidth ||
      document.body.scrollWidth > document.documentElement.clientWidth,
  );
}

test('the sizer can be operated with the keyboard alone', async ({ page }) => {
  await openApp(page);
  const entry = field(page, 'Entry price');
  const stop = field(page, 'Stop price');

  // Editing in the middle of a field keeps the caret where it is: "25,000" → "250,000".
  const equity = field(page, 'Account equity');
  await tabTo(page, equity);
  await page.keyboard.press('End');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('0');
  await expect(equity).toHaveValue('250,000');
  await expect(output(page, 'Risk budget')).toHaveText('$2,500.00');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('25,000');
  await expect(output(page, 'Risk budget')).toHaveText('$250.00');

  await tabTo(page, entry);
  await page.keyboard.type('2000');
  await tabTo(page, stop);
  await page.keyboard.type('1990');
  await expect(entry).toHaveValue('2000');
  await expect(stop).toHaveValue('1990');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');

  // Back to the side radios (one tab stop, on the checked "Long"); an arrow key moves to and checks "Short".
  await tabTo(page, radio(page, 'Long'), 20, 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(radio(page, 'Short')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(radio(page, 'Short')).toBeChecked();
  // The stop is now on the wrong side: the field says so.
  await expect(stop).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page, 'Contracts')).toHaveText('—');

  await tabTo(page, stop);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2010');
  await expect(stop).toHaveValue('2010');
  await expect(output(page, 'Stop at')).toHaveText('2,010.0');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');

  // The mix checkbox toggles with Space.
  const mix = page.getByRole('checkbox', { name: 'Mix minis and micros' });
  await tabTo(page, mix);
  await page.keyboard.press('Space');
  await expect(mix).toBeChecked();
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('no horizontal scroll; Contracts, Total risk and Stop at stay on screen while typing', async ({
    page,
  }) => {
    await openApp(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await fillEntryAndStop(page, '2000', '1990');
    await expect(output(page, 'Contracts')).toHaveText('4 M2K');
    // Typing further down the sizer: the key figures stick below the risk bar, entirely on screen.
    await field(page, 'Target price').fill('2030');
    await field(page, 'Slippage (ticks)').fill('2');
    for (const name of ['Contracts', 'Total risk', 'Stop at']) {
      await expect(output(page, name)).toBeInViewport({ ratio: 1 });
    }
    // 4 × (10 points × $5 + 2 ticks × $0.50 + 2 × $0.62) = 4 × $52.24
    await expect(output(page, 'Total risk')).toHaveText('$208.96');

    // Long texts (a field message, the share link, the import report and the chart) still fit the width.
    await field(page, 'Entry price').fill('2000.05');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('textbox', { name: /^Share link/ })).toBeVisible();
    await field(page, 'Paste bars').fill(barsCsv(makeBars(30)));
    await expect(page.getByRole('figure', { name: 'Close prices with ATR stop bands' })).toBeVisible();
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('renders dark, with every panel and no console errors', async ({ page }) => {
    const errors = collectErrors(page);
    await openApp(page);
    const dark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(true);
    await fillEntryAndStop(page, '2000', '1990');
    await field(page, 'Paste bars').fill(barsCsv(makeBars(30)));
    await expect(output(page, 'Contracts')).toHaveText('4 M2K');
    await expect(page.getByRole('figure', { name: 'Close prices with ATR stop bands' })).toBeVisible();
    for (const name of ['Account', 'Trade sizer', 'ATR from bars']) {
      await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
    }
    await goTo(page, 'Contracts');
    await expect(
      page.getByRole('heading', { level: 3, name: 'Contracts & margins', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The page background is dark.
    const luminance = await page.evaluate(() => {
      const background = getComputedStyle(document.documentElement).backgroundColor;
      const [r = 255, g = 255, b = 255, alpha = 1] = (background.match(/[\d.]+/g) ?? []).map(Number);
      // A transparent background would fall back to the browser's canvas colour: count it as not dark.
      return alpha === 0 ? 1 : (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
    expect(luminance).toBeLessThan(0.3);
    await expectNoBrokenNumbers(page);
    expect(errors).toEqual([]);
  });
});
