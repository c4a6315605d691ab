import { expect, test, type Page } from '@playwright/test';
import {
  FIXED_NOW,
  barsCsv,
  collectErrors,
  expectNoBrokenNumbers,
  field,
  fillEntryAndStop,
  makeBars,
  openApp,
  output,
  radio,
} from './helpers';
import { goTo, textbox } from './panelHelpers';

test('typed inputs and pasted bars survive a reload', async ({ page }) => {
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  await field(page, 'Account equity').fill('25,000.00');
  await radio(page, 'Short').check();
  await field(page, 'Stop price').fill('2010');
  await field(page, 'Paste bars').fill(barsCsv(makeBars(30)));
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  await expect(output(page, 'ATR from bars')).not.toHaveText('—');
  const atr = await output(page, 'ATR from bars').innerText();

  await page.reload();
  await expect(field(page, 'Entry price')).toHaveValue('2000');
  await expect(field(page, 'Stop price')).toHaveValue('2010');
  // Exactly what was typed, not a reformatted number.
  await expect(field(page, 'Account equity')).toHaveValue('25,000.00');
  await expect(radio(page, 'Short')).toBeChecked();
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  await expect(output(page, 'Stop at')).toHaveText('2,010.0');
  await expect(output(page, 'ATR from bars')).toHaveText(atr);
  await expect(field(page, 'Paste bars')).toHaveValue(barsCsv(makeBars(30)));
  await expect(page.getByRole('list', { name: 'Notices' })).toHaveCount(0);
});

test('a save from before versioning (inputs at the top level) is migrated, not dropped', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    localStorage.setItem('riskdesk', JSON.stringify({ entry: '2000', stopPrice: '1990', equity: '30,000' }));
  });
  await page.reload();
  await expect(field(page, 'Entry price')).toHaveValue('2000');
  await expect(field(page, 'Stop price')).toHaveValue('1990');
  await expect(field(page, 'Account equity')).toHaveValue('30,000');
  await expect(output(page, 'Contracts')).toHaveText('5 M2K');
  await expect(page.getByRole('list', { name: 'Notices' })).toHaveCount(0);
});

test('a corrupt save shows a notice, keeps the text aside, and the app still works', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.evaluate(() => {
    localStorage.setItem('riskdesk', '{not json');
  });
  await page.reload();
  const notices = page.getByRole('list', { name: 'Notices' });
  await expect(notices).toContainText('could not be read');
  // The damaged save stays untouched until the trader chooses: here, to start fresh.
  await page.getByRole('button', { name: 'Start fresh' }).click();
  // The damaged text is set aside, not thrown away.
  const setAside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('riskdesk:set-aside'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(setAside).toContain('{not json');
  await expect(field(page, 'Account equity')).toHaveValue('25,000');
  await fillEntryAndStop(page, '2000', '1990');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  await expectNoBrokenNumbers(page);

  await expect(notices).toHaveCount(0);

  // A damaged share link is reported, and the own inputs stay.
  await page.goto('/?from=chat#s=not-a-valid-link!');
  await expect(notices).toContainText('damaged');
  await expect(field(page, 'Entry price')).toHaveValue('2000');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  expect(errors).toEqual([]);
});

test('a share link opened in a fresh browser context restores the same inputs', async ({ page, browser }) => {
  await openApp(page);
  await goTo(page, 'Contracts');
  await field(page, 'MES commission per side').fill('0.5');
  await goTo(page, 'Size');
  await field(page, 'Account equity').fill('50,000');
  await field(page, 'Contract').selectOption('MES');
  await radio(page, 'Short').check();
  await field(page, 'Entry price').fill('6000.25');
  await field(page, 'Stop distance (ticks)').fill('40');
  await field(page, 'Target price').fill('5950');
  await expect(output(page, 'Stop at')).toHaveText('6,010.25');
  const contracts = await output(page, 'Contracts').innerText();
  expect(contracts).toMatch(/^\d+ MES$/);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  const linkBox = page.getByRole('textbox', { name: /^Share link/ });
  await expect(linkBox).toBeVisible();
  const link = await linkBox.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*#\/size\?z=[A-Za-z0-9_-]+$/);
  // Only what differs from the defaults, compressed: a short link.
  expect(new URL(link).hash.length).toBeLessThanOrEqual(200);

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.clock.setFixedTime(FIXED_NOW);
    await other.goto(link);
    await expect(other.getByRole('list', { name: 'Notices' })).toContainText('shared link');
    await expect(field(other, 'Account equity')).toHaveValue('50,000');
    await expect(field(other, 'Contract')).toHaveValue('MES');
    await expect(radio(other, 'Short')).toBeChecked();
    await expect(radio(other, 'Ticks')).toBeChecked();
    await expect(field(other, 'Entry price')).toHaveValue('6000.25');
    await expect(field(other, 'Stop distance (ticks)')).toHaveValue('40');
    await expect(field(other, 'Target price')).toHaveValue('5950');
    await expect(output(other, 'Contracts')).toHaveText(contracts);
    await expect(output(other, 'Stop at')).toHaveText('6,010.25');
    await expect(output(other, 'Front month')).toHaveText('MESZ6');
    // The share payload is removed from the address bar once applied; the section route stays.
    expect(new URL(other.url()).hash).toBe('#/size');
    await goTo(other, 'Contracts');
    await expect(field(other, 'MES commission per side')).toHaveValue('0.5');
  } finally {
    await context.close();
  }
});

async function linkThenOtherInputs(page: Page): Promise<string> {
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: /^Share link/ }).inputValue();
  await field(page, 'Entry price').fill('2100');
  await field(page, 'Stop price').fill('2080');
  await expect(output(page, 'Contracts')).toHaveText('2 M2K');
  return link;
}

test('opening a share link keeps the own inputs, and "Restore my previous inputs" brings them back', async ({
  page,
}) => {
  const link = await linkThenOtherInputs(page);
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('list', { name: 'Notices' })).toContainText('shared link');
  await expect(field(page, 'Entry price')).toHaveValue('2000');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  await page.getByRole('button', { name: 'Restore my previous inputs' }).click();
  await expect(field(page, 'Entry price')).toHaveValue('2100');
  await expect(field(page, 'Stop price')).toHaveValue('2080');
  await expect(output(page, 'Contracts')).toHaveText('2 M2K');
  await expect(page.getByRole('list', { name: 'Notices' })).toHaveCount(0);
});

test('a share link pasted into a tab that already shows RiskDesk is applied (fragment-only navigation)', async ({
  page,
}) => {
  const link = await linkThenOtherInputs(page);
  // Only the fragment differs from the page's URL, so the browser does not load the page again.
  await page.goto(link);
  // Decoding a link takes a few milliseconds: no need to wait the default 5 s to see it was not applied.
  await expect(field(page, 'Entry price')).toHaveValue('2000', { timeout: 2_000 });
  await expect(field(page, 'Stop price')).toHaveValue('1990');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');
  await expect(page.getByRole('list', { name: 'Notices' })).toContainText('shared link');
  expect(new URL(page.url()).hash).toBe('');
});

test('the sizer trade of the issue makes a share link of at most 200 characters, which opens', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: /^Share link/ }).inputValue();
  expect(new URL(link).hash).toMatch(/^#z=[A-Za-z0-9_-]+$/);
  expect(new URL(link).hash.length).toBeLessThanOrEqual(200);

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await openApp(other, link.slice(link.indexOf('/', 'http://'.length)));
    await expect(output(other, 'Contracts')).toHaveText('4 M2K');
    await expect(field(other, 'Account equity')).toHaveValue('25,000');
  } finally {
    await context.close();
  }
});

test('a link in the old form (#s= and the whole save JSON) still opens', async ({ page }) => {
  const inputs = { entry: '2000', stopPrice: '1990', equity: '30,000' };
  const json = JSON.stringify({ version: 1, inputs, book: [] });
  const fragment = `#s=${Buffer.from(json).toString('base64url')}`;
  await openApp(page, `/${fragment}`);
  await expect(page.getByRole('list', { name: 'Notices' })).toContainText(
    'Opened the inputs of a shared link.',
  );
  await expect(field(page, 'Entry price')).toHaveValue('2000');
  await expect(field(page, 'Account equity')).toHaveValue('30,000');
  await expect(output(page, 'Contracts')).toHaveText('5 M2K');
  await expect(page.getByRole('button', { name: 'Restore my previous inputs' })).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
});

test('a share link keeps the section route: made on #/spread it opens there, and the address bar keeps only the route', async ({
  page,
  browser,
}) => {
  await openApp(page, '/#/spread');
  await textbox(page, 'Long leg price').fill('2000');
  await textbox(page, 'Short leg price').fill('5800');
  await textbox(page, 'Long leg quantity').fill('29');
  await expect(output(page, 'Short position')).toHaveText('10 MES');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: /^Share link/ }).inputValue();
  expect(new URL(link).hash).toMatch(/^#\/spread\?z=[A-Za-z0-9_-]+$/);

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await openApp(other, link.slice(link.indexOf('/', 'http://'.length)));
    await expect(output(other, 'Short position')).toHaveText('10 MES');
    expect(new URL(other.url()).hash).toBe('#/spread');
  } finally {
    await context.close();
  }
});
