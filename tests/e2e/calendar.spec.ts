/**
 * Issue 10, Calendar and session risk, with the browser clock fixed: Next events (NFIB on the second
 * Tuesday, FOMC decision days from FACTS.md), the month view, the trader's own events (saved), Holding days
 * offering the Event ATR multiplier, the Globex clock of ES at fixed instants (the daily halt, the Sunday
 * reopen, both DST weekends), gap statistics of a bar file with known gaps and the gap rows of the stress.
 */
import { expect, test, type Page } from '@playwright/test';
import { barsCsv, field, openApp, output, type Bar } from './helpers';
import { addPosition, goTo } from './panelHelpers';

test.use({ timezoneId: 'America/Chicago' });

/** Opens the app at `instant` (fixed) in the Calendar section. */
async function openCalendarAt(page: Page, instant: string): Promise<void> {
  await page.clock.setFixedTime(new Date(instant));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'RiskDesk' })).toBeVisible();
  await goTo(page, 'Calendar');
}

function nextEvent(page: Page, date: string) {
  return page.getByRole('list', { name: 'Next events' }).getByRole('listitem').filter({ hasText: date });
}

test('Next events lists the NFIB on the second Tuesday and the FOMC decision days of FACTS.md, with days to go', async ({
  page,
}) => {
  // FIXED_NOW: Saturday 2026-11-21, noon.
  await openApp(page);
  await goTo(page, 'Calendar');
  await field(page, 'Look ahead').selectOption('730');
  // 2026-12-01 is a Tuesday: the second Tuesday is Dec 8, 17 days after Nov 21.
  await expect(nextEvent(page, '2026-12-08')).toContainText('NFIB small business survey');
  await expect(nextEvent(page, '2026-12-08')).toContainText('in 17 days');
  await expect(nextEvent(page, '2026-12-09').filter({ hasText: 'FOMC decision' })).toContainText(
    'in 18 days',
  );
  // 2027-01-01 is a Friday: Tuesdays Jan 5 and 12.
  await expect(nextEvent(page, '2027-01-12').filter({ hasText: 'NFIB' })).toHaveCount(1);
  await expect(nextEvent(page, '2027-01-05').filter({ hasText: 'NFIB' })).toHaveCount(0);
  for (const date of [
    '2026-12-09',
    '2027-01-27',
    '2027-03-17',
    '2027-04-28',
    '2027-06-09',
    '2027-07-28',
    '2027-09-15',
    '2027-10-27',
    '2027-12-08',
  ]) {
    await expect(nextEvent(page, date).filter({ hasText: 'FOMC decision' }), date).toHaveCount(1);
  }
  // No other FOMC day is invented between the published ones.
  await expect(
    page
      .getByRole('list', { name: 'Next events' })
      .getByRole('listitem')
      .filter({ hasText: 'FOMC decision' }),
  ).toHaveCount(10);
  await expect(nextEvent(page, '2028-01-26')).toContainText('tentative');
  // The quarterly expiry of December: third Friday, Dec 18, settled at the SOQ.
  await expect(nextEvent(page, '2026-12-18').filter({ hasText: 'Quarterly index expiry' })).toContainText(
    'in 27 days',
  );
});

test('a user event is listed, shown in the month view and kept after a reload', async ({ page }) => {
  await openApp(page);
  await goTo(page, 'Calendar');
  await page.getByRole('button', { name: 'Add event' }).click();
  await field(page, 'Event 1 date').fill('2026-12-10');
  await field(page, 'Event 1 title').fill('CPI');
  await field(page, 'Event 1 importance').selectOption('high');
  await expect(nextEvent(page, '2026-12-10').filter({ hasText: 'CPI' })).toContainText('in 19 days');
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('table', { name: /December 2026/ })).toContainText('CPI');
  await page.reload();
  await goTo(page, 'Calendar');
  await expect(field(page, 'Event 1 title')).toHaveValue('CPI');
  await expect(nextEvent(page, '2026-12-10').filter({ hasText: 'CPI' })).toHaveCount(1);
});

test('Holding days over an FOMC day offers Event ATR multiplier 3.0 and changes nothing until clicked', async ({
  page,
}) => {
  await openApp(page);
  await field(page, 'ATR multiplier').fill('2.5');
  await field(page, 'Holding days').fill('20');
  await expect(output(page, 'Events in holding period')).toContainText('FOMC decision 2026-12-09');
  await expect(field(page, 'Event ATR multiplier')).toHaveValue('3.0');
  const offer = page.getByRole('button', { name: 'Use Event ATR multiplier (3.0)' });
  await expect(offer).toBeVisible();
  await expect(field(page, 'ATR multiplier')).toHaveValue('2.5');
  await offer.click();
  await expect(field(page, 'ATR multiplier')).toHaveValue('3.0');
  await expect(offer).toHaveCount(0);
  // A holding period that ends before the NFIB (Dec 8) and the FOMC: nothing offered.
  await field(page, 'ATR multiplier').fill('2.5');
  await field(page, 'Holding days').fill('5');
  await expect(output(page, 'Events in holding period')).toContainText('No high-importance event');
  await expect(page.getByRole('button', { name: /Use Event ATR multiplier/ })).toHaveCount(0);
});

// Instants in UTC: CST is UTC−6 (from 2026-11-01), CDT UTC−5 (from 2027-03-14).
const SESSION_CASES = [
  {
    at: '2026-11-22T22:59:00Z',
    what: 'Sunday 16:59 CT',
    state: 'Closed — weekend',
    next: /^in 1 min: Sun 17:00 CT/,
  },
  {
    at: '2026-11-22T23:00:00Z',
    what: 'Sunday 17:00 CT',
    state: 'Open — ETH (extended hours)',
    next: /Mon 08:30 CT/,
  },
  {
    at: '2026-11-25T21:59:00Z',
    what: 'Wednesday 15:59 CT',
    state: 'Open — ETH (extended hours)',
    next: /Wed 16:00 CT/,
  },
  {
    at: '2026-11-25T22:00:00Z',
    what: 'Wednesday 16:00 CT',
    state: 'Closed — daily halt',
    next: /^in 1 h: Wed 17:00 CT/,
  },
  {
    at: '2026-11-01T22:59:00Z',
    what: 'Sunday 16:59 CST, the day DST ends',
    state: 'Closed — weekend',
    next: /Sun 17:00 CT/,
  },
  {
    at: '2026-11-01T23:00:00Z',
    what: 'Sunday 17:00 CST, the day DST ends',
    state: 'Open — ETH (extended hours)',
    next: /Mon 08:30 CT/,
  },
  {
    at: '2027-03-14T21:59:00Z',
    what: 'Sunday 16:59 CDT, the day DST starts',
    state: 'Closed — weekend',
    next: /Sun 17:00 CT/,
  },
  {
    at: '2027-03-14T22:00:00Z',
    what: 'Sunday 17:00 CDT, the day DST starts',
    state: 'Open — ETH (extended hours)',
    next: /Mon 08:30 CT/,
  },
  {
    at: '2026-11-23T14:30:00Z',
    what: 'Monday 08:30 CT',
    state: 'Open — RTH (regular hours)',
    next: /Mon 15:00 CT/,
  },
] as const;

for (const { at, what, state, next } of SESSION_CASES) {
  test(`ES session at ${what}: ${state}`, async ({ page }) => {
    await openCalendarAt(page, at);
    await field(page, 'Contract').selectOption('ES');
    await expect(output(page, 'Session')).toHaveText(state);
    await expect(output(page, 'Next session change')).toHaveText(next);
  });
}

test.describe('in another time zone', () => {
  test.use({ timezoneId: 'Europe/Berlin' });
  test('the Sunday reopen is shown in the trader’s time zone across the US DST change', async ({ page }) => {
    // Sunday 2027-03-14 16:00 CDT: the US is on summer time, Berlin not yet (from 2027-03-28): 6 h apart,
    // not the usual 7.
    await openCalendarAt(page, '2027-03-14T21:00:00Z');
    await expect(output(page, 'Session')).toHaveText('Closed — weekend');
    await expect(output(page, 'Next session change')).toHaveText(
      /^in 1 h: Sun 17:00 CT = Sun 23:00 your time/,
    );
    await expect(output(page, 'Your time zone')).toHaveText('Europe/Berlin (UTC+01:00)');
  });
});

/** A bar of weekday `date`: open, close 2000, high and low 5 beyond. */
function bar(date: string, open: number): Bar {
  return { date, open, high: Math.max(open, 2000) + 5, low: Math.min(open, 2000) - 5, close: 2000 };
}

/**
 * Six weeks of bars from Monday 2026-10-05, every close 2000: Monday opens 2020 (a weekend gap of 20 points,
 * 1 %), the last Monday 2040 (2 %); Tuesday to Friday opens 2005 (an overnight gap of 5 points, 0.25 %).
 */
function knownGapBars(): Bar[] {
  const bars: Bar[] = [];
  for (let week = 0; week < 6; week++) {
    for (let day = 0; day < 5; day++) {
      const date = new Date(Date.UTC(2026, 9, 5 + week * 7 + day)).toISOString().slice(0, 10);
      bars.push(bar(date, day > 0 ? 2005 : week === 5 ? 2040 : 2020));
    }
  }
  return bars;
}

test('gap statistics of a bar file with known gaps, and the gap rows of the stress table', async ({
  page,
}) => {
  await openApp(page);
  await field(page, 'Paste bars').fill(barsCsv(knownGapBars()));
  await goTo(page, 'Calendar');
  // Monday gaps (5): 20, 20, 20, 20, 40. Type 7: h = 4 × 0.99 = 3.96 → 20 + 0.96 × 20 = 39.2 points, 1.96 %;
  // median 20 (1 %); largest 40 (2 %) on 2026-11-09.
  await expect(page.getByRole('status', { name: 'Monday (weekend gap) 99th percentile' })).toHaveText(
    '39.20 pts (1.96%)',
  );
  await expect(page.getByRole('status', { name: 'Monday (weekend gap) median' })).toHaveText(
    '20.00 pts (1.00%)',
  );
  await expect(page.getByRole('status', { name: 'Tuesday 99th percentile' })).toHaveText('5.00 pts (0.25%)');
  await expect(page.getByRole('status', { name: 'Monday (weekend gap) largest' })).toHaveText(
    '+40.00 pts (+2.00%) on 2026-11-09',
  );
  // All 29 gaps: 24 × 5, 4 × 20, 1 × 40. p95: h = 28 × 0.95 = 26.6 → 20; p99: h = 27.72 → 20 + 0.72 × 20 = 34.4.
  await expect(output(page, 'Median gap')).toHaveText('5.00 pts (0.25%)');
  await expect(output(page, '95th percentile gap')).toHaveText('20.00 pts (1.00%)');
  await expect(output(page, '99th percentile gap')).toHaveText('34.40 pts (1.72%)');
  await expect(output(page, 'Weekend gap (p99)')).toHaveText('1.96%');
  await expect(output(page, 'Overnight gap (p99)')).toHaveText('0.25%');

  await goTo(page, 'Book & stress');
  await addPosition(page, 1, { symbol: 'MES', side: 'long', quantity: '1', entry: '5800.00' });
  await page.getByRole('textbox', { name: 'ES reference price', exact: true }).fill('5800.00');
  const weekendRow = page.getByRole('row', { name: /^Weekend gap \(p99\)/ });
  await expect(weekendRow).toBeVisible();
  // 1.96 % of 5,800 = 113.68, up to the 0.25 tick: 113.75 points against the long × $5 = −$568.75.
  await expect(output(page, 'P&L at Weekend gap (p99)')).toHaveText('-$568.75');
  // 0.25 % of 5,800 = 14.50 points × $5 = −$72.50.
  await expect(output(page, 'P&L at Overnight gap (p99)')).toHaveText('-$72.50');
});
