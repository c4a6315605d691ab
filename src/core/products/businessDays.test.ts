import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../calendar';
import {
  addBusinessDays,
  addCalendarDays,
  calendarDaysBetween,
  cmeHolidayOn,
  cmeHolidays,
  daysInMonth,
  isBusinessDay,
  lastBusinessDayOfMonth,
  nthLastBusinessDayOfMonth,
} from './businessDays';

const iso = (text: string) => {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`bad test date ${text}`);
  return date;
};

describe('CME holidays', () => {
  // Observed dates worked out from the rules in the module comment; weekend moves marked.
  it.each([
    [
      2026,
      'new-year 2026-01-01, martin-luther-king 2026-01-19, presidents 2026-02-16, good-friday 2026-04-03, ' +
        'memorial 2026-05-25, juneteenth 2026-06-19, independence 2026-07-03, labor 2026-09-07, ' +
        'thanksgiving 2026-11-26, christmas 2026-12-25',
    ],
    [
      // Juneteenth (Sat) → Fri 18 Jun; Independence (Sun) → Mon 5 Jul; Christmas (Sat) → Fri 24 Dec.
      2027,
      'new-year 2027-01-01, martin-luther-king 2027-01-18, presidents 2027-02-15, good-friday 2027-03-26, ' +
        'memorial 2027-05-31, juneteenth 2027-06-18, independence 2027-07-05, labor 2027-09-06, ' +
        'thanksgiving 2027-11-25, christmas 2027-12-24',
    ],
    [
      // New Year's Day 2028 is a Saturday: not observed (31 Dec 2027 stays a business day).
      2028,
      'martin-luther-king 2028-01-17, presidents 2028-02-21, good-friday 2028-04-14, memorial 2028-05-29, ' +
        'juneteenth 2028-06-19, independence 2028-07-04, labor 2028-09-04, thanksgiving 2028-11-23, ' +
        'christmas 2028-12-25',
    ],
    [
      2029,
      'new-year 2029-01-01, martin-luther-king 2029-01-15, presidents 2029-02-19, good-friday 2029-03-30, ' +
        'memorial 2029-05-28, juneteenth 2029-06-19, independence 2029-07-04, labor 2029-09-03, ' +
        'thanksgiving 2029-11-22, christmas 2029-12-25',
    ],
    [
      2030,
      'new-year 2030-01-01, martin-luther-king 2030-01-21, presidents 2030-02-18, good-friday 2030-04-19, ' +
        'memorial 2030-05-27, juneteenth 2030-06-19, independence 2030-07-04, labor 2030-09-02, ' +
        'thanksgiving 2030-11-28, christmas 2030-12-25',
    ],
    [
      // No Juneteenth before 2022; Independence (Sun) → Mon 5 Jul; Christmas (Sat) → Fri 24 Dec.
      2021,
      'new-year 2021-01-01, martin-luther-king 2021-01-18, presidents 2021-02-15, good-friday 2021-04-02, ' +
        'memorial 2021-05-31, independence 2021-07-05, labor 2021-09-06, thanksgiving 2021-11-25, ' +
        'christmas 2021-12-24',
    ],
    [
      // New Year's Day 2023 was a Sunday: observed Monday 2 January.
      2023,
      'new-year 2023-01-02, martin-luther-king 2023-01-16, presidents 2023-02-20, good-friday 2023-04-07, ' +
        'memorial 2023-05-29, juneteenth 2023-06-19, independence 2023-07-04, labor 2023-09-04, ' +
        'thanksgiving 2023-11-23, christmas 2023-12-25',
    ],
  ])('%i', (year, expected) => {
    const listed = cmeHolidays(year)
      .map((h) => `${h.holiday} ${formatIsoDate(h.date)}`)
      .join(', ');
    expect(listed).toBe(expected);
  });

  it.each([
    ['2026-11-27', true], // day after Thanksgiving: early close, a business day (CME gold calendar 2025)
    ['2026-12-24', true], // Christmas Eve: early close, a business day
    ['2027-12-31', true], // New Year's Day 2028 (Sat) is not observed on the Friday before
    ['2021-12-31', true],
    ['2026-07-03', false], // Independence Day observed
    ['2026-01-19', false], // MLK: Globex may open, but no clearing cycle
    ['2026-04-03', false], // Good Friday
    ['2026-06-20', false], // Saturday
    ['2026-06-21', false], // Sunday
    ['2026-06-22', true],
  ])('%s is a business day: %s', (date, expected) => {
    expect(isBusinessDay(iso(date))).toBe(expected);
  });

  it('names the holiday on a date', () => {
    expect(cmeHolidayOn(iso('2027-12-24'))).toBe('christmas');
    expect(cmeHolidayOn(iso('2027-12-25'))).toBeNull();
    expect(cmeHolidayOn(iso('2028-06-19'))).toBe('juneteenth');
  });
});

describe('business-day arithmetic', () => {
  it.each([
    ['2026-01-20', -1, '2026-01-16'], // back over MLK and the weekend
    ['2026-01-25', -4, '2026-01-20'], // from a Sunday, the start is never counted
    ['2026-06-18', 1, '2026-06-22'], // over Juneteenth and the weekend
    ['2026-12-23', 1, '2026-12-24'],
    ['2026-12-24', 1, '2026-12-28'], // over Christmas and the weekend
    ['2026-03-18', -2, '2026-03-16'],
    ['2026-06-20', 0, '2026-06-20'],
  ])('%s %+i business days → %s', (from, count, expected) => {
    expect(formatIsoDate(addBusinessDays(iso(from), count))).toBe(expected);
  });

  it.each([
    [2026, 3, 1, '2026-03-31'],
    [2026, 3, 3, '2026-03-27'],
    [2026, 11, 3, '2026-11-25'], // Thanksgiving 26 Nov is skipped
    [2027, 5, 3, '2027-05-26'], // Memorial Day 31 May is skipped
    [2029, 3, 1, '2029-03-29'], // Good Friday 30 Mar 2029 is the last weekday
    [2027, 12, 1, '2027-12-31'],
  ])('%i-%i: business day %i from the end is %s', (year, month, n, expected) => {
    expect(formatIsoDate(nthLastBusinessDayOfMonth(year, month, n))).toBe(expected);
  });

  it('last business day of the month and calendar helpers', () => {
    expect(formatIsoDate(lastBusinessDayOfMonth(2030, 6))).toBe('2030-06-28');
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(formatIsoDate(addCalendarDays(iso('2026-12-31'), 1))).toBe('2027-01-01');
    expect(calendarDaysBetween(iso('2026-12-01'), iso('2027-01-01'))).toBe(31);
  });
});
