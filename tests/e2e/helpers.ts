/**
 * Shared helpers for the RiskDesk end-to-end tests: a fixed clock, locators by accessible name, error
 * collection, and deterministic daily bars with an independent Wilder ATR to check the app against.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The browser clock every sizer test runs on: the front M2K contract is then M2KZ6 (expires 2026-12-18). */
export const FIXED_NOW = new Date('2026-11-21T12:00:00');

/** Opens the app on a fixed clock (before any script of the page runs) and waits for the first paint. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'RiskDesk' })).toBeVisible();
}

/** A computed figure (`<output>`, role status) by its label. */
export function output(page: Page, name: string): Locator {
  return page.getByRole('status', { name, exact: true });
}

/** An input, select or textarea by its label. Not for "ATR": a radio and a textbox share that name. */
export function field(page: Page, name: string): Locator {
  return page.getByLabel(name, { exact: true });
}

export function radio(page: Page, name: string): Locator {
  return page.getByRole('radio', { name, exact: true });
}

/** The ATR number field of the stop (the "ATR" radio has the same name). */
export function atrField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'ATR', exact: true });
}

/** Fills entry and stop price (the default stop method is Price). */
export async function fillEntryAndStop(page: Page, entry: string, stop: string): Promise<void> {
  await field(page, 'Entry price').fill(entry);
  await field(page, 'Stop price').fill(stop);
}

/** Collects console errors and uncaught exceptions of a page from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.message}`);
  });
  return errors;
}

/** The page shows no NaN, Infinity or undefined anywhere in its text or in any field's value. */
export async function expectNoBrokenNumbers(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  const values = await page
    .locator('input:not([type=file]), textarea, select')
    .evaluateAll((elements) =>
      elements.map((element) =>
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
          ? element.value
          : '',
      ),
    );
  for (const value of values) expect(value).not.toMatch(/NaN|Infinity|undefined/);
}

/** No computed figure (role status) shows NaN, Infinity or undefined; typed texts may echo in messages. */
export async function expectNoBrokenFigures(page: Page): Promise<void> {
  const figures = await page.getByRole('status').allInnerTexts();
  expect(figures.length).toBeGreaterThan(0);
  for (const text of figures) expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

/**
 * Expects the field to be marked invalid and one element its aria-describedby names (the message, not the
 * hint) to match every pattern; returns that message.
 */
export async function expectFieldMessage(input: Locator, ...patterns: RegExp[]): Promise<string> {
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAttribute('aria-describedby', /\S/);
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const page = input.page();
  const texts: string[] = [];
  for (const id of describedBy.split(/\s+/).filter((part) => part !== '')) {
    const described = page.locator(`[id="${id}"]`);
    await expect(described, `#${id} named by aria-describedby`).toHaveCount(1);
    if (await described.isVisible()) texts.push(await described.innerText());
  }
  const message = texts.find((text) => patterns.every((pattern) => pattern.test(text)));
  expect(
    message,
    `a visible description matching ${patterns.join(', ')}; got ${JSON.stringify(texts)}`,
  ).toBeDefined();
  return message ?? '';
}

/** The field is valid again (no message). */
export async function expectFieldValid(input: Locator): Promise<void> {
  await expect(input).toHaveAttribute('aria-invalid', 'false');
}

/** Presses Tab until `target` has the focus (at most `maxTabs` times); keyboard only. */
export async function tabTo(page: Page, target: Locator, maxTabs = 60, key = 'Tab'): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

// ---------------------------------------------------------------------------------------------------------
// Bars

export interface Bar {
  readonly date: string;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
}

/** "2026-01-02" for `day` days after 2026-01-01. */
function isoDay(day: number): string {
  return new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
}

/**
 * `count` valid daily bars around 2000 (prices in tenths, so every figure is exact in the file), with
 * gaps between closes and next opens so that the true range is not just high − low. Deterministic.
 */
export function makeBars(count: number): Bar[] {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const bars: Bar[] = [];
  let closeTenths = 20000;
  for (let i = 0; i < count; i++) {
    const openTenths = closeTenths + next(101) - 50;
    const closeNext = openTenths + next(301) - 150;
    const highTenths = Math.max(openTenths, closeNext) + next(120);
    const lowTenths = Math.min(openTenths, closeNext) - next(120);
    bars.push({
      date: isoDay(i + 1),
      open: openTenths / 10,
      high: highTenths / 10,
      low: lowTenths / 10,
      close: closeNext / 10,
    });
    closeTenths = closeNext;
  }
  return bars;
}

/** One bar as a CSV row. */
export function barRow(bar: Bar, delimiter = ','): string {
  return [bar.date, bar.open.toFixed(1), bar.high.toFixed(1), bar.low.toFixed(1), bar.close.toFixed(1)].join(
    delimiter,
  );
}

/** Bars as CSV text, with the header `Date,Open,High,Low,Close` unless `header` is false. */
export function barsCsv(bars: readonly Bar[], { delimiter = ',', header = true } = {}): string {
  const rows = bars.map((bar) => barRow(bar, delimiter));
  return (header ? [['Date', 'Open', 'High', 'Low', 'Close'].join(delimiter), ...rows] : rows).join('\n');
}

/** Wilder's ATR(n) of the last bar, TA-Lib convention (first ATR at bar n = mean of TR[1..n]). */
export function wilderAtr(bars: readonly Bar[], period: number): number {
  let atr = 0;
  let sum = 0;
  for (let i = 1; i < bars.length; i++) {
    const bar = bars[i];
    const previous = bars[i - 1];
    if (bar === undefined || previous === undefined) throw new Error('missing bar');
    const tr = Math.max(
      bar.high - bar.low,
      Math.abs(bar.high - previous.close),
      Math.abs(bar.low - previous.close),
    );
    if (i < period) sum += tr;
    else if (i === period) atr = (sum + tr) / period;
    else atr = (atr * (period - 1) + tr) / period;
  }
  if (bars.length < period + 1) throw new Error('too few bars');
  return atr;
}

/** An ATR as the app shows it: rounded up to the cent of a point ("23.46"). */
export function atrText(atr: number): string {
  const hundredths = Math.ceil(Math.round(atr * 100 * 1e6) / 1e6);
  return (hundredths / 100).toFixed(2);
}

/** "1,956.8": a price with one decimal (M2K tick 0.1) and thousands separators, from tenths. */
export function formatTenths(tenths: number): string {
  const whole = Math.floor(tenths / 10);
  return `${whole.toLocaleString('en-US')}.${tenths % 10}`;
}

/** A long M2K stop `multiplier` × ATR below `entry`, snapped down to the 0.1 tick, e.g. "1,956.8". */
export function longAtrStop(entry: number, atr: string, multiplier: number): string {
  // Thousandths of a point: ATR has 2 decimals, the multiplier here 1 (2.5), so this is exact.
  const atrHundredths = Math.round(Number(atr) * 100);
  const multiplierTenths = Math.round(multiplier * 10);
  const stopThousandths = entry * 1000 - atrHundredths * multiplierTenths;
  return formatTenths(Math.floor(stopThousandths / 100));
}
