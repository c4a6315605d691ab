/**
 * Helpers for the spread, book, stress and hedge e2e tests: controls by role and exact accessible name
 * (several names are prefixes of others: "Beta" / "Portfolio beta", "Hedge ratio" / "Hedge ratio (%)"),
 * waiting for the lazily loaded panels, and filling book rows by hand.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { openApp, output } from './helpers';

/** A text input by its exact accessible name. */
export function textbox(page: Page, name: string): Locator {
  return page.getByRole('textbox', { name, exact: true });
}

/** A select by its exact accessible name. */
export function combobox(page: Page, name: string): Locator {
  return page.getByRole('combobox', { name, exact: true });
}

export function button(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/** Every built-in product, by the symbol each contract picker must offer (#8), in the registry's order. */
export const PRODUCT_SYMBOLS = [
  'RTY',
  'M2K',
  'ES',
  'MES',
  'NQ',
  'MNQ',
  'YM',
  'MYM',
  'GC',
  'MGC',
  'SI',
  'SIL',
  'CL',
  'MCL',
  '6E',
  'M6E',
  '6B',
  'M6B',
];

/** The workspace's sections by their navigation link, with the heading each shows. */
export const SECTION_HEADINGS = {
  Size: 'Size a trade',
  Spread: 'Spread planner',
  'Book & stress': 'Book and margin stress',
  Hedge: 'Portfolio hedge',
  Contracts: 'Contracts and margins',
  Portfolio: 'Portfolio planner',
  Plan: 'Trade plan',
  Calendar: 'Calendar and sessions',
} as const;
export type SectionName = keyof typeof SECTION_HEADINGS;

/** Goes to a section through its navigation link and waits until its (lazily loaded) body shows. */
export async function goTo(page: Page, name: SectionName): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: SECTION_HEADINGS[name] })).toBeVisible();
  await expect(page.locator('main .chart-placeholder')).toHaveCount(0, { timeout: 15_000 });
}

/** Opens the app on the fixed clock in a section (Book & stress unless named). */
export async function openPanels(page: Page, name: SectionName = 'Book & stress'): Promise<void> {
  await openApp(page);
  await goTo(page, name);
}

/** Checks every figure (role status, exact name) against its expected text, each check auto-waiting. */
export async function expectFigures(page: Page, expected: Readonly<Record<string, string>>): Promise<void> {
  await Promise.all(
    Object.entries(expected).map(([name, text]) => expect(output(page, name), name).toHaveText(text)),
  );
}

/** Every figure named shows "—" (nothing computable). */
export async function expectNoFigures(page: Page, names: readonly string[]): Promise<void> {
  await Promise.all(names.map((name) => expect(output(page, name), name).toHaveText('—')));
}

export interface TypedPosition {
  readonly symbol: string;
  readonly side: 'long' | 'short';
  readonly quantity: string;
  readonly entry: string;
}

/** The four controls of book row `n` (1-based). */
export function bookRow(page: Page, n: number) {
  return {
    symbol: combobox(page, `Position ${n} symbol`),
    side: combobox(page, `Position ${n} side`),
    quantity: textbox(page, `Position ${n} quantity`),
    entry: textbox(page, `Position ${n} entry`),
  };
}

/** Clicks "Add position" and types the new row `n` in by hand. */
export async function addPosition(page: Page, n: number, position: TypedPosition): Promise<void> {
  await button(page, 'Add position').click();
  const row = bookRow(page, n);
  await row.symbol.selectOption(position.symbol);
  await row.side.selectOption(position.side);
  await row.quantity.fill(position.quantity);
  await row.entry.fill(position.entry);
}

/** Expects book row `n` to hold exactly these values. */
export async function expectBookRow(
  page: Page,
  n: number,
  position: { symbol: string; side: string; quantity: string; entry: string | RegExp },
): Promise<void> {
  const row = bookRow(page, n);
  await expect(row.symbol).toHaveValue(position.symbol);
  await expect(row.side).toHaveValue(position.side);
  await expect(row.quantity).toHaveValue(position.quantity);
  await expect(row.entry).toHaveValue(position.entry);
}
