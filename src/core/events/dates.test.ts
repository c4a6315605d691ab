import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../calendar';
import {
  addCalendarDays,
  calendarDaysBetween,
  compareDates,
  dateOfDayNumber,
  dayNumberOf,
  daysInMonth,
  isDateWithin,
  leadingCalendarDate,
  monthsBetween,
  nthWeekdayOfMonth,
  weekdayOf,
} from './dates';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('day numbers', () => {
  // Expected values from Python: (date(y, m, d) - date(1970, 1, 1)).days and isoweekday() % 7.
  it.each([
    [d(1970, 1, 1), 0, 4],
    [d(1969, 12, 31), -1, 3],
    [d(2000, 3, 1), 11_017, 3],
    [d(2026, 3, 18), 20_530, 3],
    [d(2030, 12, 31), 22_279, 2],
    [d(1, 1, 1), -719_162, 1],
  ])('%o is day %i, weekday %i', (date, dayNumber, weekday) => {
    expect(dayNumberOf(date)).toBe(dayNumber);
    expect(dateOfDayNumber(dayNumber)).toEqual(date);
    expect(weekdayOf(date)).toBe(weekday);
  });

  it.each([
    [d(2026, 2, 27), 2, '2026-03-01'],
    [d(2028, 2, 28), 1, '2028-02-29'],
    [d(2026, 12, 31), 1, '2027-01-01'],
    [d(2026, 3, 1), -1, '2026-02-28'],
    [d(2026, 3, 18), 0, '2026-03-18'],
  ])('%o + %i days = %s', (date, days, expected) => {
    expect(formatIsoDate(addCalendarDays(date, days))).toBe(expected);
  });

  it('counts calendar days between dates, negative backwards', () => {
    expect(calendarDaysBetween(d(2026, 1, 1), d(2027, 1, 1))).toBe(365);
    expect(calendarDaysBetween(d(2028, 1, 1), d(2029, 1, 1))).toBe(366);
    expect(calendarDaysBetween(d(2026, 3, 18), d(2026, 3, 10))).toBe(-8);
    expect(Math.sign(compareDates(d(2026, 3, 18), d(2026, 3, 19)))).toBe(-1);
  });

  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('nth weekday of a month', () => {
  it.each([
    // March 2026 starts on a Sunday: Tuesdays 3, 10 …; Fridays 6, 13, 20, 27.
    [2026, 3, 2, 2, '2026-03-10'],
    [2026, 3, 5, 3, '2026-03-20'],
    [2026, 3, 5, 4, '2026-03-27'],
    // June 2026 starts on a Monday: Fridays 5, 12, 19, 26.
    [2026, 6, 5, 4, '2026-06-26'],
    // November 2026 starts on a Sunday: Fridays 6, 13.
    [2026, 11, 5, 2, '2026-11-13'],
  ])('%i-%i weekday %i #%i is %s', (year, month, weekday, n, expected) => {
    const date = nthWeekdayOfMonth(year, month, weekday, n);
    expect(date === null ? null : formatIsoDate(date)).toBe(expected);
  });

  it('is null for a fifth weekday that does not exist, and for n < 1', () => {
    expect(nthWeekdayOfMonth(2026, 2, 5, 5)).toBeNull();
    expect(nthWeekdayOfMonth(2026, 2, 5, 0)).toBeNull();
  });
});

describe('ranges', () => {
  it('lists the months a range touches, across a year end', () => {
    expect(monthsBetween(d(2026, 11, 30), d(2027, 2, 1))).toEqual([
      { year: 2026, month: 11 },
      { year: 2026, month: 12 },
      { year: 2027, month: 1 },
      { year: 2027, month: 2 },
    ]);
    expect(monthsBetween(d(2026, 5, 1), d(2026, 4, 1))).toEqual([]);
  });

  it('includes both ends', () => {
    expect(isDateWithin(d(2026, 3, 18), d(2026, 3, 18), d(2026, 3, 20))).toBe(true);
    expect(isDateWithin(d(2026, 3, 20), d(2026, 3, 18), d(2026, 3, 20))).toBe(true);
    expect(isDateWithin(d(2026, 3, 21), d(2026, 3, 18), d(2026, 3, 20))).toBe(false);
  });
});

describe('leading calendar date of a bar', () => {
  it.each([
    ['2026-03-18', '2026-03-18'],
    ['2026-03-18 17:00', '2026-03-18'],
    ['2026-03-18T17:00:00Z', '2026-03-18'],
    ['2026/03/18', '2026-03-18'],
    ['2026.03.18 09:30', '2026-03-18'],
    ['20260318 093000', '2026-03-18'],
    [' 20260318 ', '2026-03-18'],
  ])('%s → %s', (text, expected) => {
    const date = leadingCalendarDate(text);
    expect(date === null ? null : formatIsoDate(date)).toBe(expected);
  });

  it.each([
    '18/03/2026',
    '03/18/2026',
    '2026-02-30',
    '2026-13-01',
    '2026-03-1',
    '2026-03/18',
    'Mar 18',
    '',
    '202603181',
  ])('rejects %s', (text) => {
    expect(leadingCalendarDate(text)).toBeNull();
  });
});
