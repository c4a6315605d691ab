/**
 * Invariants of the Calendar section's core (src/core/events/): day arithmetic against the platform's
 * Date as an oracle, the built-in date rules, event lists, the month grid, the holding-period check, the
 * Globex clock (against the US daylight-saving rule written out independently), and the gap statistics.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isExpiryHoliday, type CalendarDate } from '../../src/core/calendar';
import {
  builtInEvents,
  indexExpiryEvents,
  nfibEvents,
  russellReconEvents,
} from '../../src/core/events/builtInEvents';
import {
  addCalendarDays,
  calendarDaysBetween,
  compareDates,
  dateOfDayNumber,
  dayNumberOf,
  isDateWithin,
  nthWeekdayOfMonth,
  weekdayOf,
} from '../../src/core/events/dates';
import { eventsBetween, monthGrid, nextEvents } from '../../src/core/events/events';
import {
  gapHistogram,
  gapJumpFrequency,
  gapsFromDailyBars,
  gapStats,
  gapStressScenarios,
  quantileType7,
} from '../../src/core/events/gaps';
import { eventsInHoldingPeriod } from '../../src/core/events/holdingPeriod';
import { globexSessionAt, zonedParts, zonedTimeToEpochMs } from '../../src/core/events/sessions';

const MS_PER_DAY = 86_400_000;

/** Day numbers from 1900-01-01 to 2199-12-31. */
const dayNumberArbitrary = fc.integer({ min: -25_567, max: 83_965 });
const dateArbitrary = dayNumberArbitrary.map(dateOfDayNumber);
/** Dates in the years the product covers, where every built-in rule applies. */
const nearDateArbitrary = fc.integer({ min: 20_454, max: 22_279 }).map(dateOfDayNumber); // 2026-01-01 … 2030-12-31

describe('day arithmetic', () => {
  it('agrees with Date.UTC and getUTCDay, and round-trips', () => {
    fc.assert(
      fc.property(dayNumberArbitrary, (dayNumber) => {
        const date = dateOfDayNumber(dayNumber);
        const oracle = new Date(dayNumber * MS_PER_DAY);
        expect([date.year, date.month, date.day]).toEqual([
          oracle.getUTCFullYear(),
          oracle.getUTCMonth() + 1,
          oracle.getUTCDate(),
        ]);
        expect(weekdayOf(date)).toBe(oracle.getUTCDay());
        expect(dayNumberOf(date)).toBe(dayNumber);
      }),
    );
  });

  it('adds days consistently with the distance between dates', () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: -3_000, max: 3_000 }), (date, days) => {
        const later = addCalendarDays(date, days);
        expect(calendarDaysBetween(date, later)).toBe(days);
        expect(Math.sign(compareDates(later, date))).toBe(Math.sign(days));
        expect(weekdayOf(later)).toBe((((weekdayOf(date) + days) % 7) + 7) % 7);
      }),
    );
  });

  it('finds the n-th weekday of a month in days 7(n−1)+1 … 7n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (year, month, weekday, n) => {
          const date = nthWeekdayOfMonth(year, month, weekday, n);
          expect(date).not.toBeNull();
          if (date === null) return;
          expect(weekdayOf(date)).toBe(weekday);
          expect(date.day).toBeGreaterThanOrEqual(7 * (n - 1) + 1);
          expect(date.day).toBeLessThanOrEqual(7 * n);
        },
      ),
    );
  });
});

const rangeArbitrary = fc
  .tuple(nearDateArbitrary, fc.integer({ min: 0, max: 400 }))
  .map(([from, days]) => ({ from, to: addCalendarDays(from, days) }));

describe('built-in date rules', () => {
  it('NFIB: one second Tuesday (day 8–14) per month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const events = nfibEvents({ year, month: 1, day: 1 }, { year, month: 12, day: 31 });
        expect(events.map((event) => event.date.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        for (const event of events) {
          expect(weekdayOf(event.date)).toBe(2);
          expect(event.date.day).toBeGreaterThanOrEqual(8);
          expect(event.date.day).toBeLessThanOrEqual(14);
        }
      }),
    );
  });

  it('index expiry: a Friday 15–21, or the Thursday before when that Friday is an exchange holiday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const events = indexExpiryEvents({ year, month: 1, day: 1 }, { year, month: 12, day: 31 });
        expect(events.map((event) => event.date.month)).toEqual([3, 6, 9, 12]);
        for (const event of events) {
          const friday = weekdayOf(event.date) === 5 ? event.date : addCalendarDays(event.date, 1);
          expect(weekdayOf(friday)).toBe(5);
          expect(friday.day).toBeGreaterThanOrEqual(15);
          expect(friday.day).toBeLessThanOrEqual(21);
          expect(isExpiryHoliday(friday)).toBe(weekdayOf(event.date) === 4);
        }
      }),
    );
  });

  it('Russell: a Friday in June 22–28 every year, plus a November Friday 8–14 from 2026', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const events = russellReconEvents({ year, month: 1, day: 1 }, { year, month: 12, day: 31 });
        expect(events.map((event) => event.date.month)).toEqual(year >= 2026 ? [6, 11] : [6]);
        for (const event of events) {
          expect(weekdayOf(event.date)).toBe(5);
          const [low, high] = event.date.month === 6 ? [22, 28] : [8, 14];
          expect(event.date.day).toBeGreaterThanOrEqual(low);
          expect(event.date.day).toBeLessThanOrEqual(high);
        }
      }),
    );
  });
});

describe('event lists', () => {
  it('eventsBetween: inside the range, sorted, unique ids, and the same when run again on its output', () => {
    fc.assert(
      fc.property(rangeArbitrary, rangeArbitrary, (generated, asked) => {
        const events = builtInEvents(generated.from, generated.to);
        const listed = eventsBetween(asked.from, asked.to, [events, events]);
        expect(new Set(listed.map((event) => event.id)).size).toBe(listed.length);
        for (const event of listed) expect(isDateWithin(event.date, asked.from, asked.to)).toBe(true);
        for (let i = 1; i < listed.length; i += 1) {
          const previous = listed[i - 1];
          const current = listed[i];
          if (previous === undefined || current === undefined) continue;
          expect(compareDates(previous.date, current.date)).toBeLessThanOrEqual(0);
        }
        const expectedCount = events.filter((event) => isDateWithin(event.date, asked.from, asked.to)).length;
        expect(listed).toHaveLength(expectedCount);
        expect(eventsBetween(asked.from, asked.to, [listed])).toEqual(listed);
      }),
    );
  });

  it('nextEvents: days to go ≥ 0, non-decreasing, within the limits', () => {
    fc.assert(
      fc.property(
        rangeArbitrary,
        nearDateArbitrary,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 200 }),
        (range, today, count, horizonDays) => {
          const upcoming = nextEvents(today, builtInEvents(range.from, range.to), { count, horizonDays });
          expect(upcoming.length).toBeLessThanOrEqual(count);
          let last = 0;
          for (const item of upcoming) {
            expect(item.daysToGo).toBe(calendarDaysBetween(today, item.event.date));
            expect(item.daysToGo).toBeGreaterThanOrEqual(last);
            expect(item.daysToGo).toBeLessThanOrEqual(horizonDays);
            last = item.daysToGo;
          }
        },
      ),
    );
  });

  it('month grid: whole weeks of consecutive days, every day of the month once, each event on its day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2026, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('sunday' as const, 'monday' as const),
        (year, month, weekStartsOn) => {
          const events = builtInEvents(
            { year: year - 1, month: 12, day: 1 },
            { year: year + 1, month: 1, day: 31 },
          );
          const grid = monthGrid(year, month, events, { weekStartsOn });
          const days = grid.weeks.flat();
          expect(grid.weeks.length).toBeGreaterThanOrEqual(4);
          expect(grid.weeks.length).toBeLessThanOrEqual(6);
          for (const week of grid.weeks) expect(week).toHaveLength(7);
          expect(weekdayOf(days[0]?.date ?? { year, month, day: 1 })).toBe(weekStartsOn === 'sunday' ? 0 : 1);
          days.forEach((day, i) => {
            if (i > 0) expect(calendarDaysBetween(days[i - 1]?.date ?? day.date, day.date)).toBe(1);
            for (const event of day.events) expect(compareDates(event.date, day.date)).toBe(0);
          });
          const inMonth = days.filter((day) => day.inMonth).map((day) => day.date.day);
          expect(inMonth).toEqual(Array.from({ length: inMonth.length }, (_, i) => i + 1));
          const first = days[0]?.date ?? { year, month, day: 1 };
          const last = days[days.length - 1]?.date ?? first;
          const expected = eventsBetween(first, last, [events]).length;
          expect(days.reduce((sum, day) => sum + day.events.length, 0)).toBe(expected);
        },
      ),
    );
  });

  it('holding period: only high events inside the window; a longer hold finds at least as many', () => {
    const events = builtInEvents({ year: 2026, month: 1, day: 1 }, { year: 2031, month: 12, day: 31 });
    fc.assert(
      fc.property(
        nearDateArbitrary,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (entry, days, more) => {
          const check = eventsInHoldingPeriod(entry, days, events);
          const longer = eventsInHoldingPeriod(entry, days + more, events);
          if (check === null || longer === null) throw new Error('valid holding days gave null');
          for (const event of check.highImportanceEvents) {
            expect(event.importance).toBe('high');
            expect(isDateWithin(event.date, entry, addCalendarDays(entry, days))).toBe(true);
          }
          expect(longer.highImportanceEvents.length).toBeGreaterThanOrEqual(
            check.highImportanceEvents.length,
          );
          expect(check.suggestedAtrMultiplier === null).toBe(check.highImportanceEvents.length === 0);
          expect(check.offer).toBe(check.highImportanceEvents.length > 0);
        },
      ),
    );
  });
});

/**
 * Chicago's UTC offset by the US rule since 2007, written out independently of Intl: daylight time (−5 h)
 * from the second Sunday of March 2:00 CST (08:00 UTC) to the first Sunday of November 2:00 CDT (07:00 UTC).
 */
function chicagoOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = nthWeekdayOfMonth(year, 3, 0, 2);
  const end = nthWeekdayOfMonth(year, 11, 0, 1);
  if (start === null || end === null) throw new Error('no Sunday');
  const startMs = dayNumberOf(start) * MS_PER_DAY + 8 * 3_600_000;
  const endMs = dayNumberOf(end) * MS_PER_DAY + 7 * 3_600_000;
  return ms >= startMs && ms < endMs ? -300 : -360;
}

/** The Globex state from Chicago wall time computed with the oracle offset. */
function oracleState(ms: number): string {
  const wall = new Date(ms + chicagoOffsetMinutes(ms) * 60_000);
  const weekday = wall.getUTCDay();
  const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes() + wall.getUTCSeconds() / 60;
  if (weekday === 6 || (weekday === 0 && minute < 1020) || (weekday === 5 && minute >= 960)) return 'weekend';
  if (minute >= 960 && minute < 1020) return 'daily-halt';
  return minute >= 510 && minute < 900 && weekday !== 0 ? 'rth' : 'eth';
}

/** Instants from 2008 to 2040, to the second. */
const instantArbitrary = fc
  .integer({ min: 1_199_145_600, max: 2_208_988_800 })
  .map((seconds) => seconds * 1000);

describe('Globex clock', () => {
  it('Chicago wall time matches the US daylight-saving rule', () => {
    fc.assert(
      fc.property(instantArbitrary, (ms) => {
        expect(zonedParts(ms, 'America/Chicago')?.offsetMinutes).toBe(chicagoOffsetMinutes(ms));
      }),
    );
  });

  it('the state matches the schedule, holds until the next change, and the next change brings the next state', () => {
    fc.assert(
      fc.property(instantArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (ms, fraction) => {
        const session = globexSessionAt(ms, 'equity-index');
        if (session === null) throw new Error('no session');
        expect(session.state).toBe(oracleState(ms));
        expect(session.nextChangeMs).toBeGreaterThan(ms);
        expect(session.nextChangeMs - ms).toBeLessThanOrEqual(50 * 3_600_000);
        expect(session.nextState).not.toBe(session.state);
        const inside = ms + Math.floor((session.nextChangeMs - 1 - ms) * fraction);
        expect(globexSessionAt(inside, 'equity-index')?.state).toBe(session.state);
        expect(globexSessionAt(session.nextChangeMs - 1, 'equity-index')?.state).toBe(session.state);
        expect(globexSessionAt(session.nextChangeMs, 'equity-index')?.state).toBe(session.nextState);
      }),
    );
  });

  it('wall time → instant → wall time round-trips in zones with different DST rules', () => {
    fc.assert(
      fc.property(
        instantArbitrary,
        fc.constantFrom('America/Chicago', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Tokyo'),
        (ms, zone) => {
          const minuteMs = ms - (ms % 60_000);
          const wall = zonedParts(minuteMs, zone);
          if (wall === null) throw new Error('no parts');
          const back = zonedTimeToEpochMs(wall, wall.hour * 60 + wall.minute, zone);
          if (back === null) throw new Error('no instant');
          // The same instant, or the earlier of two with the same wall time (the autumn repeat).
          expect(back).toBeLessThanOrEqual(minuteMs);
          const again = zonedParts(back, zone);
          expect([again?.year, again?.month, again?.day, again?.hour, again?.minute]).toEqual([
            wall.year,
            wall.month,
            wall.day,
            wall.hour,
            wall.minute,
          ]);
        },
      ),
    );
  });
});

/** Daily bars on consecutive weekdays from a Monday, with positive prices. */
const barsArbitrary = fc
  .array(
    fc.record({
      open: fc.double({ min: 1, max: 10_000, noNaN: true }),
      close: fc.double({ min: 1, max: 10_000, noNaN: true }),
      skip: fc.integer({ min: 1, max: 3 }),
    }),
    { minLength: 0, maxLength: 120 },
  )
  .map((rows) => {
    let date: CalendarDate = { year: 2024, month: 1, day: 1 };
    const dates: string[] = [];
    for (const row of rows) {
      dates.push(`${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`);
      date = addCalendarDays(date, row.skip);
    }
    return {
      dates,
      open: Float64Array.from(rows, (row) => row.open),
      close: Float64Array.from(rows, (row) => row.close),
    };
  });

describe('gap statistics', () => {
  it('one gap per pair of bars; median ≤ p95 ≤ p99 ≤ largest; the largest is a real gap', () => {
    fc.assert(
      fc.property(barsArbitrary, (bars) => {
        const { gaps, skipped } = gapsFromDailyBars(bars);
        expect(skipped).toEqual([]);
        expect(gaps).toHaveLength(Math.max(0, bars.dates.length - 1));
        const stats = gapStats(gaps);
        if (stats === null) {
          expect(gaps).toHaveLength(0);
          return;
        }
        expect(stats.medianAbsPoints).toBeLessThanOrEqual(stats.p95AbsPoints);
        expect(stats.p95AbsPoints).toBeLessThanOrEqual(stats.p99AbsPoints);
        expect(stats.p99AbsPoints).toBeLessThanOrEqual(Math.abs(stats.largestByPoints.points));
        expect(stats.p99AbsPercent).toBeLessThanOrEqual(Math.abs(stats.largestByPercent.percent));
        for (const gap of gaps) {
          expect(Math.abs(gap.points)).toBeLessThanOrEqual(Math.abs(stats.largestByPoints.points));
          expect(gap.points).toBeCloseTo((bars.open[gap.index] ?? 0) - (bars.close[gap.index - 1] ?? 0), 9);
        }
      }),
    );
  });

  it('quantiles are monotone in p and lie between the smallest and largest value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const qLow = quantileType7(values, low) ?? Number.NaN;
          const qHigh = quantileType7(values, high) ?? Number.NaN;
          expect(qLow).toBeLessThanOrEqual(qHigh + 1e-9);
          expect(qLow).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
          expect(qHigh).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
        },
      ),
    );
  });

  it('a wider stop is jumped no more often; histogram counts add up; stress moves round up by < 0.01 %', () => {
    fc.assert(
      fc.property(
        barsArbitrary,
        fc.double({ min: 0.01, max: 5_000, noNaN: true }),
        fc.double({ min: 0, max: 5_000, noNaN: true }),
        fc.constantFrom('long' as const, 'short' as const),
        fc.integer({ min: 1, max: 40 }),
        (bars, stop, wider, side, binCount) => {
          const { gaps } = gapsFromDailyBars(bars);
          const near = gapJumpFrequency(gaps, stop, side);
          const far = gapJumpFrequency(gaps, stop + wider, side);
          expect(far?.jumped ?? 0).toBeLessThanOrEqual(near?.jumped ?? 0);
          const histogram = gapHistogram(
            gaps.map((gap) => gap.points),
            binCount,
            stop,
          );
          expect(histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(gaps.length);
          const scenarios = gapStressScenarios(gaps);
          for (const [scenario, members] of [
            [scenarios.weekend, gaps.filter((gap) => gap.kind === 'weekend')],
            [scenarios.overnight, gaps.filter((gap) => gap.kind !== 'weekend')],
          ] as const) {
            if (scenario === null) {
              expect(members).toHaveLength(0);
              continue;
            }
            const p99 = quantileType7(
              members.map((gap) => Math.abs(gap.percent)),
              0.99,
            );
            const move = scenario.movePercent.toNumber();
            expect(move).toBeGreaterThanOrEqual((p99 ?? Number.NaN) - 1e-12);
            expect(move - (p99 ?? Number.NaN)).toBeLessThan(0.01);
          }
        },
      ),
    );
  });
});
