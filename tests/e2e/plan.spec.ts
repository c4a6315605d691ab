/**
 * Issue 9, the Plan section end to end in the built app: the bracket example, Kelly and the Monte Carlo,
 * the trade log feeding the account and the circuit breaker that disables `Add to book` (time injected
 * with Playwright's clock, never real), `Export log`, and the phone layout.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoBrokenFigures, field, fillEntryAndStop, output } from './helpers';
import { button, combobox, expectFigures, goTo, textbox } from './panelHelpers';

/** Thursday 2026-11-19, 16:00 in Berlin (09:00 CT): inside a CME session that ends at 17:00 CT (00:00 Berlin). */
const NOW = new Date('2026-11-19T15:00:00Z');

test.use({ timezoneId: 'Europe/Berlin' });

/** Opens the app with a clock that moves only when the test says so. */
async function openOnClock(page: Page): Promise<void> {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'RiskDesk' })).toBeVisible();
}

/** The example without costs: M2K long 6 @ 2000.0, stop 1990.0 (a $300 budget at 1 % of $30,000). */
async function sizeSixMicros(page: Page): Promise<void> {
  await field(page, 'Account equity').fill('30000');
  await fillEntryAndStop(page, '2000.0', '1990.0');
  await field(page, 'Slippage (ticks)').fill('0');
  await goTo(page, 'Contracts');
  await textbox(page, 'M2K commission per side').fill('0');
  await goTo(page, 'Size');
  await expect(output(page, 'Contracts')).toHaveText('6 M2K');
}

/** Adds log row `n` (1-based) by hand. */
async function logTrade(
  page: Page,
  n: number,
  trade: { time: string; side?: 'long' | 'short'; quantity: string; entry: string; exit: string },
): Promise<void> {
  await button(page, 'Add trade').click();
  await textbox(page, `Trade ${n} time`).fill(trade.time);
  await combobox(page, `Trade ${n} contract`).selectOption('M2K');
  await combobox(page, `Trade ${n} side`).selectOption(trade.side ?? 'long');
  await textbox(page, `Trade ${n} quantity`).fill(trade.quantity);
  await textbox(page, `Trade ${n} entry price`).fill(trade.entry);
  await textbox(page, `Trade ${n} exit price`).fill(trade.exit);
}

test('the bracket splits the sized position: ticks from entry, blended R:R 2.00 : 1, Copy bracket', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  await openOnClock(page);
  await sizeSixMicros(page);
  await goTo(page, 'Plan');
  await textbox(page, 'Target 1').fill('2010.0');
  await textbox(page, 'Target 2').fill('2020.0');
  await textbox(page, 'Target 3').fill('2030.0');
  await expectFigures(page, {
    'Bracketed position': '6 M2K long @ 2,000.0',
    'Bracket stop': '1,990.0',
    'Bracket stop ticks': '−100 ticks',
    'T1 ticks': '+100 ticks',
    'T2 ticks': '+200 ticks',
    'T3 ticks': '+300 ticks',
    'T1 contracts': '2',
    'T2 contracts': '2',
    'T3 contracts': '2',
    'T3 P&L if filled': '+$300.00',
    'Bracket risk': '$300.00',
    'Reward if all fill': '+$600.00',
    'Blended R:R': '2.00 : 1',
    'Worst case (stop first)': '-$300.00',
  });
  // An R target snaps toward entry: 1.55 R of 10.0 points = 15.5 points → 2015.5.
  await textbox(page, 'Target 1').fill('1.55R');
  await expect(output(page, 'T1 price')).toHaveText('2,015.5');
  await textbox(page, 'Target 1').fill('2010.0');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await button(page, 'Copy bracket').click();
  await expect(page.getByText('Copied the bracket.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')).toEqual([
    'Bracket (OCO): M2K long 6 @ 2000.0',
    'Stop 1990.0: −100 ticks, 6 contracts',
    'Target 1 2010.0: +100 ticks, 2 contracts',
    'Target 2 2020.0: +200 ticks, 2 contracts',
    'Target 3 2030.0: +300 ticks, 2 contracts',
    'Stop to breakeven after target 1: no',
    'ATM template: stop loss 100 ticks; profit targets 100 / 200 / 300 ticks; quantities 2 / 2 / 2',
  ]);
  await expect(field(page, 'Bracket as text')).toHaveValue(copied);
  await expectNoBrokenFigures(page);
  expect(errors).toEqual([]);
});

test('Kelly of p = 55 %, b = 1.5, growth per trade, and a seeded Monte Carlo in the worker', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openOnClock(page);
  await goTo(page, 'Plan');
  await textbox(page, 'Win rate').fill('55');
  await textbox(page, 'Average win').fill('150');
  await textbox(page, 'Average loss').fill('100');
  await expectFigures(page, {
    'Payoff (b)': '1.50',
    // 0.55 × 150 − 0.45 × 100 = 37.50
    Expectancy: '$37.50',
    'Kelly fraction': '25.00%',
    'Half Kelly': '12.50%',
    'Quarter Kelly': '6.25%',
    'Chosen risk': '1.00%',
    'Growth at full f*': '4.57%',
    'Growth at half f*': '3.44%',
    'Growth at your risk': '0.37%',
  });
  await expect(
    page.getByRole('figure', { name: 'Growth per trade against the fraction risked' }),
  ).toBeVisible();

  // The Monte Carlo runs once typing pauses; the clock is Playwright's, so move it on.
  await page.clock.runFor(400);
  const median = output(page, 'Median final equity');
  await expect(median).toHaveText(/^\$[\d,]+\.\d\d$/, { timeout: 15_000 });
  await expect(page.getByRole('figure', { name: 'Fan chart of equity paths' })).toBeVisible();

  // Another seed gives other paths; the first seed gives the same figures again. With 10,000 paths of a
  // win-or-lose edge the final equity's percentiles are a binomial's and come out the same for seeds 1
  // and 2, so this compares runs of 100 paths, each awaited until its result is shown (typing shows
  // "running…" at once).
  const run = async (seed: string) => {
    await textbox(page, 'Seed').fill(seed);
    await page.clock.runFor(400);
    await expect(
      page.getByText('100 paths × 200 trades at your risk per trade.', { exact: true }),
    ).toBeVisible({
      timeout: 15_000,
    });
    return {
      median: await median.innerText(),
      p5: await output(page, '5th percentile final equity').innerText(),
    };
  };
  await textbox(page, 'Paths').fill('100');
  const first = await run('1');
  expect(first.median).toMatch(/^\$[\d,]+\.\d\d$/);
  const second = await run('2');
  expect(second.median).toMatch(/^\$[\d,]+\.\d\d$/);
  expect(second).not.toEqual(first);
  expect(await run('1')).toEqual(first);

  // No edge: a negative f* is never a size.
  await textbox(page, 'Win rate').fill('30');
  await expectFigures(page, {
    'Kelly fraction': 'No edge',
    'Half Kelly': 'No edge',
    'Quarter Kelly': 'No edge',
  });

  // A pasted list: bad lines are listed by number.
  await page.getByRole('radio', { name: 'Pasted trade results', exact: true }).check();
  await field(page, 'Trade results').fill('1.5R\n-1R\nabc\n2R\n-1R\n$40');
  // Counted: 1.5R, −1R, 2R, −1R (line 6 is in $, not R): p = 0.5, b = 1.75 ÷ 1 → f* = 0.5 − 0.5 ÷ 1.75 = 21.43 %.
  await expectFigures(page, { 'Trades counted': '4 trades: 2 wins, 2 losses', 'Kelly fraction': '21.43%' });
  await expect(page.getByRole('note').filter({ hasText: 'line 3' })).toContainText('line 6');
  expect(errors).toEqual([]);
});

test('the trade log sets the realized P&L; the 3rd loss in a row pauses the desk and disables Add to book', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openOnClock(page);
  await fillEntryAndStop(page, '2000', '1990');
  await expect(page.getByRole('button', { name: 'Add to book' })).toBeEnabled();
  await field(page, "Today's realized P&L").fill('-50');

  await goTo(page, 'Plan');
  // (1995.0 − 2000.0) × $5 − 2 × $0.62 = −$26.24 a trade, 08:20–08:50 CT.
  await logTrade(page, 1, { time: '15:20', quantity: '1', entry: '2000.0', exit: '1995.0' });
  await logTrade(page, 2, { time: '15:35', quantity: '1', entry: '2000.0', exit: '1995.0' });
  await expectFigures(page, { 'Consecutive losses': '2', "Today's realized P&L": '-$52.48' });
  await expect(output(page, 'Circuit breaker')).toHaveText('Clear');
  await logTrade(page, 3, { time: '15:50', quantity: '1', entry: '2000.0', exit: '1995.0' });
  await expectFigures(page, {
    'Consecutive losses': '3',
    "Today's realized P&L": '-$78.72',
    'Trade 3 realized P&L': '-$26.24',
    'Circuit breaker': 'Paused until 16:10 (10 min left)',
  });

  await goTo(page, 'Size');
  const add = page.getByRole('button', { name: 'Add to book' });
  await expect(add).toBeDisabled();
  await expect(output(page, 'Circuit breaker')).toHaveText('Paused until 16:10 (10 min left)');
  await expect(page.getByText(/3 losses in a row: step away/)).toBeVisible();
  // The account uses the log's figure: an output in place of the input, the typed text kept.
  await expect(output(page, "Today's realized P&L")).toHaveText('-$78.72');
  await expect(page.getByRole('textbox', { name: "Today's realized P&L" })).toHaveCount(0);

  // The countdown follows the clock; at 16:10 the pause is over.
  await page.clock.runFor(5 * 60_000);
  await expect(output(page, 'Circuit breaker')).toHaveText('Paused until 16:10 (5 min left)');
  await page.clock.runFor(5 * 60_000 + 15_000);
  await expect(add).toBeEnabled();
  await expect(output(page, 'Circuit breaker')).toHaveCount(0);

  // A 4th loss pauses again; the trader overrides, and the override is logged.
  await goTo(page, 'Plan');
  await logTrade(page, 4, { time: '16:10', quantity: '1', entry: '2000.0', exit: '1995.0' });
  await expect(output(page, 'Circuit breaker')).toHaveText(/^Paused until 16:30/);
  await button(page, 'Override pause').click();
  await expect(output(page, 'Circuit breaker')).toHaveText('Clear (pause overridden)');
  await expect(page.getByText('Pause overridden at 16:10.')).toBeVisible();
  await goTo(page, 'Size');
  await expect(add).toBeEnabled();

  // An empty log gives the typed figure back.
  await goTo(page, 'Plan');
  for (let n = 4; n >= 1; n--)
    await page.getByRole('button', { name: `Remove trade ${n}`, exact: true }).click();
  await goTo(page, 'Size');
  await expect(field(page, "Today's realized P&L")).toHaveValue('-50');
  expect(errors).toEqual([]);
});

test('the daily loss limit stops the desk until the session ends at 17:00 CT; the log is saved and exported', async ({
  page,
}) => {
  await openOnClock(page);
  await fillEntryAndStop(page, '2000', '1990');
  await field(page, 'Daily loss limit').fill('50');
  await goTo(page, 'Plan');
  await textbox(page, 'Losses in a row before a pause').fill('5');
  await logTrade(page, 1, { time: '15:20', quantity: '2', entry: '2000.0', exit: '1995.0' });
  // −$52.48 against a $50 limit: stopped until 17:00 CT = 00:00 in Berlin, 8 hours from 16:00.
  await expect(output(page, 'Circuit breaker')).toHaveText('Stopped until 00:00 (8 h 00 min left)');
  await expect(button(page, 'Override pause')).toHaveCount(0);
  await goTo(page, 'Size');
  await expect(page.getByRole('button', { name: 'Add to book' })).toBeDisabled();
  await expect(output(page, 'Daily loss left')).toHaveText('$0.00');

  // A cell that would run as a formula is escaped in the export.
  await goTo(page, 'Plan');
  await button(page, 'Add trade').click();
  await textbox(page, 'Trade 2 time').fill('=HYPERLINK("x")');
  const download = page.waitForEvent('download');
  await button(page, 'Export log').click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('Time,Contract,Side,Quantity,Entry,Exit,Realized P&L (USD)');
  expect(csv).toContain('15:20,M2K,long,2,2000.0,1995.0,-52.48');
  expect(csv).toContain(`"'=HYPERLINK(""x"")"`);

  // Saved like every input.
  await page.reload();
  await goTo(page, 'Plan');
  await expect(textbox(page, 'Trade 1 exit price')).toHaveValue('1995.0');
  await expect(output(page, "Today's realized P&L")).toHaveText('-$52.48');
});

test('phone: eight sections fit the bottom bar without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openOnClock(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link')).toHaveCount(8);
  for (const section of ['Portfolio', 'Plan', 'Calendar'] as const) {
    await goTo(page, section);
    await expect(nav.getByRole('link', { name: section, exact: true })).toBeInViewport();
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  // Every link whole: the bar itself does not need to scroll sideways at 390 px.
  const bar = await nav.locator('ul').evaluate((ul) => ({ scroll: ul.scrollWidth, client: ul.clientWidth }));
  expect(bar.scroll).toBeLessThanOrEqual(bar.client);
});
