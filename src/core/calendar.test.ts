import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  formatIsoDate,
  isExpiryHoliday,
  lastTradingDay,
  parseIsoDate,
  rollDate,
  thirdFriday,
} from './calendar';
import { CONTRACTS } from './contracts';
import { frontContract } from './products/listings';

const iso = (text: string) => {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`bad test date ${text}`);
  return date;
};

describe('contract calendar', () => {
  it.each([
    [2026, 12, '2026-12-18'],
    [2026, 3, '2026-03-20'],
    [2026, 9, '2026-09-18'],
    [2027, 3, '2027-03-19'],
    [2025, 6, '2025-06-20'],
  ])('third Friday of %i-%i is %s', (year, month, expected) => {
    expect(formatIsoDate(thirdFriday(year, month))).toBe(expected);
  });

  it.each([
    ['Easter 2026', easterSunday(2026), '2026-04-05'],
    ['Easter 2008', easterSunday(2008), '2008-03-23'],
    ['Easter 2024', easterSunday(2024), '2024-03-31'],
  ])('%s', (_name, date, expected) => {
    expect(formatIsoDate(date)).toBe(expected);
  });

  it.each([
    // Good Friday 2008 fell on the third Friday of March: expiry moved to Thursday 20 March; the roll stays
    // on the Thursday of the week before.
    [2008, 3, '2008-03-20', '2008-03-13'],
    // Juneteenth 2026 is the third Friday of June.
    [2026, 6, '2026-06-18', '2026-06-11'],
    // Juneteenth 2027 is a Saturday, observed Friday 18 June, the third Friday.
    [2027, 6, '2027-06-17', '2027-06-10'],
    [2026, 12, '2026-12-18', '2026-12-10'],
    [2027, 3, '2027-03-19', '2027-03-11'],
  ])('%i-%i: last trading day %s, roll %s', (year, month, last, roll) => {
    expect(formatIsoDate(lastTradingDay(year, month))).toBe(last);
    expect(formatIsoDate(rollDate(year, month))).toBe(roll);
  });

  it('does not treat Juneteenth as a holiday before 2022', () => {
    expect(isExpiryHoliday(iso('2020-06-19'))).toBe(false);
    expect(isExpiryHoliday(iso('2026-06-19'))).toBe(true);
  });

  it.each([
    ['2026-11-21', 'M2KZ6', '2026-12-18', '2026-12-10', 27],
    ['2026-12-10', 'M2KZ6', '2026-12-18', '2026-12-10', 8],
    ['2026-12-11', 'M2KH7', '2027-03-19', '2027-03-11', 98],
    ['2026-12-31', 'M2KH7', '2027-03-19', '2027-03-11', 78],
    ['2027-03-12', 'M2KM7', '2027-06-17', '2027-06-10', 97],
    ['2026-01-02', 'M2KH6', '2026-03-20', '2026-03-12', 77],
  ])('on %s the front month is %s (expires %s, roll %s, %i days)', (today, code, last, roll, days) => {
    const front = frontContract(CONTRACTS.M2K, iso(today));
    expect(front?.code).toBe(code);
    if (front === null) return;
    expect(formatIsoDate(front.lastTradingDay)).toBe(last);
    expect(formatIsoDate(front.rollDate)).toBe(roll);
    expect(front.daysToExpiry).toBe(days);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', 'today'])('rejects the date %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});
