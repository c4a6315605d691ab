/**
 * Issue 7, the workspace: sections on hash routes, the risk bar in every section, the desktop and phone
 * layouts, keyboard navigation.
 */
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
  }
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
