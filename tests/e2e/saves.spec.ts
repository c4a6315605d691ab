/**
 * Issue 6, "nothing lost": a save that cannot be read is never overwritten, full storage pauses saving,
 * set-aside copies can be restored, downloaded or deleted, and share links are checked before use.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { FIXED_NOW, collectErrors, field, fillEntryAndStop, openApp, output } from './helpers';
import { button } from './panelHelpers';

const notices = (page: Page) => page.getByRole('list', { name: 'Notices' });

test('a damaged save is never overwritten, even with storage full, until the trader acts', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openApp(page);
  // Fill storage the way the repro did: 4 MB of stored bars and a 0.7 MB save from a newer version.
  const damaged = await page.evaluate(() => {
    const bars = {
      text: `Date,Open,High,Low,Close\n${'2026-01-02,1,2,0.5,1\n'.repeat(190_000)}`,
      sourceName: 'big.csv',
    };
    localStorage.setItem('riskdesk:bars', JSON.stringify(bars));
    const save = JSON.stringify({ version: 2, inputs: { entry: '2000' }, notes: 'x'.repeat(700_000) });
    localStorage.setItem('riskdesk', save);
    return save;
  });
  await page.reload();
  await expect(notices(page)).toContainText('written by a newer RiskDesk');
  await field(page, 'Entry price').fill('2100');
  await field(page, 'Stop price').fill('2090');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  expect(await page.evaluate(() => localStorage.getItem('riskdesk'))).toBe(damaged);

  const download = page.waitForEvent('download');
  await button(page, 'Download damaged save').click();
  const file = await (await download).path();
  expect(await readFile(file, 'utf8')).toBe(damaged);
  expect(await page.evaluate(() => localStorage.getItem('riskdesk'))).toBe(damaged);

  await button(page, 'Start fresh').click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('riskdesk'))).toContain('"entry":"2100"');
  expect(errors).toEqual([]);
});

test('full storage: saved inputs still show, saving is paused, dropping the stored bars frees room', async ({
  page,
}) => {
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  // Saves are debounced: the inputs must be stored before the storage is filled up.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('riskdesk'))).toContain('"entry":"2000"');
  await page.evaluate(() => {
    const bars = { text: 'x'.repeat(4_000_000), sourceName: 'big.csv' };
    localStorage.setItem('riskdesk:bars', JSON.stringify(bars));
    // Fill what is left so that the next save cannot fit.
    let size = 512 * 1024;
    for (let i = 0; size >= 1; i++) {
      try {
        localStorage.setItem(`filler:${i}`, 'y'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await page.reload();
  await expect(field(page, 'Entry price')).toHaveValue('2000');
  // A save some 20 characters longer than the stored one no longer fits (the filling above may leave
  // room for a one-character item under a short key, about 11 characters).
  await field(page, 'Account equity').fill('30,000.00');
  await field(page, 'Target price').fill('2030.0');
  await field(page, 'Daily loss limit').fill('1,000,000.00');
  await expect(notices(page)).toContainText('saving is paused until space is freed');
  await button(page, 'Drop stored bars').click();
  await expect(page.getByText('saving is paused')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('riskdesk'))).toContain('30,000.00');
});

test('a share link in a fresh browser offers no restore; Saved copies restore, download and delete', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  await button(page, 'Copy share link').click();
  const link = await page.getByRole('textbox', { name: /^Share link/ }).inputValue();

  const context = await browser.newContext();
  try {
    const fresh = await context.newPage();
    await fresh.clock.setFixedTime(FIXED_NOW);
    await fresh.goto(link);
    await expect(notices(fresh)).toContainText('Opened the inputs of a shared link.');
    await expect(button(fresh, 'Restore my previous inputs')).toHaveCount(0);
    await expect(fresh.getByRole('heading', { name: 'Saved copies' })).toHaveCount(0);
  } finally {
    await context.close();
  }

  // In the first browser, with inputs of its own, the link keeps them as a saved copy.
  await field(page, 'Entry price').fill('2100');
  await field(page, 'Stop price').fill('2080');
  await page.goto('about:blank');
  await page.goto(link);
  await expect(field(page, 'Entry price')).toHaveValue('2000');
  const copies = page.getByRole('region', { name: 'Saved copies' });
  await expect(copies).toContainText('Inputs before a share link');
  const download = page.waitForEvent('download');
  await copies.getByRole('button', { name: /^Download/ }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('"entry":"2100"');
  await copies.getByRole('button', { name: /^Restore/ }).click();
  await expect(field(page, 'Entry price')).toHaveValue('2100');
  await copies.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('region', { name: 'Saved copies' })).toHaveCount(0);
});

test('a share link with more than 500 book rows is refused whole', async ({ page }) => {
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  const fragment = await page.evaluate(() => {
    const row = (i: number) => ({ id: `p${i}`, symbol: 'M2K', side: 'long', quantity: '1', entry: '2000.0' });
    const json = JSON.stringify({
      version: 1,
      inputs: { entry: '2500' },
      book: Array.from({ length: 501 }, (_, i) => row(i + 1)),
    });
    return `#s=${btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  });
  await page.goto(`/${fragment}`);
  await expect(notices(page)).toContainText('holds 501 book rows, more than the 500 RiskDesk opens');
  await expect(field(page, 'Entry price')).toHaveValue('2000');
});
