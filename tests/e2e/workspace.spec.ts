/**
 * Issue 7, the workspace: sections on hash routes, the risk bar in every section, the desktop and phone
 * layouts, keyboard navigation.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, field, fillEntryAndStop, openApp, output } from './helpers';
import { SECTION_HEADINGS, addPosition, goTo, type SectionName } from './panelHelpers';

const SECTION_NAMES = Object.keys(SECTION_HEADINGS) as SectionName[];
const ROUTES: Readonly<Record<SectionName, string>> = {
  Size: '#/size',
  Spread: '#/spread',
  'Book & stress': '#/book',
  Hedge: '#/hedge',
  Contracts: '#/contracts',
  Portfolio: '#/portfolio',
  Plan: '#/plan',
  Calendar: '#/calendar',
};

async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test('each section has a route to bookmark; the risk bar is in every section', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  for (const name of SECTION_NAMES) {
    await goTo(page, name);
    expect(new URL(page.url()).hash).toBe(ROUTES[name]);
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }),
    ).toHaveAttribute('aria-current', 'page');
    for (const figure of ['Risk budget', 'Open risk', 'Margin in use']) {
      await expect(output(page, figure)).toBeVisible();
    }
    // Every field one types into is alone in a form of its own (Chrome's autofill reads the whole form of
    // the typed field on every keystroke), and no form is inside another.
    const fields = await page.evaluate(() => {
      const typed = 'input[type="text"]:not([readonly]), textarea:not([readonly])';
      const all = [...document.querySelectorAll<HTMLInputElement>(typed)];
      return {
        count: all.length,
        notAlone: all
          .filter((f) => f.form === null || f.form.querySelectorAll(typed).length !== 1)
          .map((f) => f.id),
        nestedForms: document.querySelectorAll('form form').length,
      };
    });
    expect(fields.count, name).toBeGreaterThan(0);
    expect(fields.notAlone, name).toEqual([]);
    expect(fields.nestedForms, name).toBe(0);
  }
  // Enter in a field submits nothing: the page, its route and the typed text stay.
  await goTo(page, 'Size');
  await field(page, 'Account equity').fill('30000');
  await page.evaluate(() => {
    (window as { sameDocument?: boolean }).sameDocument = true;
  });
  await field(page, 'Account equity').press('Enter');
  expect(new URL(page.url()).hash).toBe(ROUTES.Size);
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(field(page, 'Account equity')).toHaveValue('30000');
  // A bookmark opens its section directly.
  await page.goto(`/${ROUTES.Hedge}`);
  await expect(page.getByRole('heading', { level: 2, name: SECTION_HEADINGS.Hedge })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Portfolio value', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('keyboard: a section link moves the focus to the section heading; every section is reachable', async ({
  page,
}) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const name of SECTION_NAMES) {
    await nav.getByRole('link', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: SECTION_HEADINGS[name] })).toBeFocused();
  }
});

test.describe('desktop 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the sizer’s inputs and its whole result fit without scrolling', async ({ page }) => {
    await openApp(page);
    await fillEntryAndStop(page, '2000', '1990');
    await field(page, 'Target price').fill('2030');
    await expect(output(page, 'Contracts')).toHaveText('4 M2K');
    for (const name of [
      'Contract',
      'Entry price',
      'Stop price',
      'Target price',
      'Slippage (ticks)',
      'Margin basis',
    ]) {
      await expect(field(page, name), name).toBeInViewport({ ratio: 1 });
    }
    for (const name of [
      'Contracts',
      'Total risk',
      'Stop at',
      'Risk per contract',
      'Binding limit',
      'Roll date',
    ]) {
      await expect(output(page, name), name).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByRole('button', { name: 'Add to book' })).toBeInViewport({ ratio: 1 });
  });
});

test.describe('phone 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation sits where a thumb reaches it; no section scrolls sideways', async ({ page }) => {
    await openApp(page);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const box = await nav.boundingBox();
    expect(box).not.toBeNull();
    // Docked at the bottom of the screen.
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(844 - 2);
    await goTo(page, 'Book & stress');
    await addPosition(page, 1, { symbol: 'M2K', side: 'long', quantity: '10', entry: '2000.0' });
    await page.getByRole('textbox', { name: 'RTY reference price', exact: true }).fill('2000.0');
    await expect(output(page, 'Margin call at 20%')).toBeVisible();
    for (const name of SECTION_NAMES) {
      await goTo(page, name);
      expect(await hasHorizontalScroll(page), name).toBe(false);
    }
  });

  test('the stress table reflows: no column is clipped', async ({ page }) => {
    await openApp(page);
    await goTo(page, 'Book & stress');
    await addPosition(page, 1, { symbol: 'M2K', side: 'long', quantity: '10', entry: '2000.0' });
    for (const name of ['P&L at 20%', 'Equity at 20%', 'Margin excess at 20%', 'Margin call at 20%']) {
      const cell = output(page, name);
      await cell.scrollIntoViewIfNeeded();
      await expect(cell, name).toBeInViewport({ ratio: 1 });
    }
  });
});

test('Copy ticket gives the sized trade as one line; Export book downloads the book as escaped CSV', async ({
  page,
}) => {
  await openApp(page);
  await fillEntryAndStop(page, '2000', '1990');
  await field(page, 'Target price').fill('2030');
  await expect(page.getByRole('figure', { name: 'Price ladder' })).toContainText('reward $595.04');
  await page.getByRole('button', { name: 'Copy ticket' }).click();
  await expect(page.getByRole('textbox', { name: /^Trade ticket/ })).toHaveValue(
    'BUY 4 M2KZ6 @ 2,000.0 · stop 1,990.0 (−100 ticks) · target 2,030.0 (+300 ticks) · risk $206.96',
  );
  await page.getByRole('button', { name: 'Add to book' }).click();
  await goTo(page, 'Book & stress');
  await addPosition(page, 2, { symbol: 'MES', side: 'short', quantity: '-1', entry: '=cmd' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export book' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')).toEqual([
    'Position,Symbol,Side,Quantity,Entry,Stop,Open P&L (USD),Risk to stop (USD),Note',
    '1,M2K,long,4,2000.0,1990.0,0.00,206.96,',
    "2,MES,short,'-1,'=cmd,,,,Left out: quantity is not valid.",
    '',
  ]);
});
