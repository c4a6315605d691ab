/**
 * Day arithmetic on plain calendar dates (`CalendarDate` from calendar.ts: no time zone, no clock).
 *
 * A date maps to a day number, the count of days since 1970-01-01 in the proleptic Gregorian calendar,
 * computed with integer arithmetic only (Howard Hinnant's `days_from_civil`), so every year works,
 * including years below 100 that `Date.UTC` would move into the 1900s. Differences of day numbers are
 * calendar days; nothing here rounds.
 *
 * Source: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (howardhinnant.github.io/date_algorithms.html).
 */
import type { CalendarDate } from '../calendar';

/** Days since 1970-01-01 (negative before). */
export function dayNumberOf(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (date.month + 9) % 12; // March = 0 … February = 11
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number (inverse of `dayNumberOf`). */
export function dateOfDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Adds (or, when negative, subtracts) whole calendar days. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Negative when a is earlier, 0 on the same day, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumberOf(a) - dayNumberOf(b);
}

/** True on the same calendar day. */
export function isSameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(date: CalendarDate): number {
  return (((dayNumberOf(date) + 4) % 7) + 7) % 7;
}

/** Days in a month (Gregorian leap years). */
export function daysInMonth(year: number, month: number): number {
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return dayNumberOf(next) - dayNumberOf({ year, month, day: 1 });
}

/**
 * The n-th (1-based) given weekday of a month, e.g. n = 2, weekday = 2 → the second Tuesday; null when
 * the month has no such day (a fifth Friday that does not exist).
 */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  n: number,
): CalendarDate | null {
  const first = { year, month, day: 1 };
  const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  return n >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** Every month (year, month) whose days overlap [from, to], in order; empty when from > to. */
export function monthsBetween(
  from: CalendarDate,
  to: CalendarDate,
): readonly { readonly year: number; readonly month: number }[] {
  const months: { year: number; month: number }[] = [];
  if (compareDates(from, to) > 0) return months;
  for (let year = from.year, month = from.month; year < to.year || (year === to.year && month <= to.month);) {
    months.push({ year, month });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** True when from ≤ date ≤ to (both ends inclusive). */
export function isDateWithin(date: CalendarDate, from: CalendarDate, to: CalendarDate): boolean {
  const n = dayNumberOf(date);
  return n >= dayNumberOf(from) && n <= dayNumberOf(to);
}

const LEADING_DATE = /^(\d{4})([-/.]?)(\d{2})\2(\d{2})(?=$|[\sT,;])/;

/**
 * The calendar date at the start of a bar's date text, year first: `2026-03-18`, `2026/03/18`,
 * `2026.03.18`, `20260318`, each optionally followed by a time (`2026-03-18 17:00`, `2026-03-18T17:00:00Z`,
 * `20260318 170000`); the time is ignored. Day-first or month-first texts are ambiguous and give null,
 * as do impossible dates (`2026-02-30`).
 */
export function leadingCalendarDate(text: string): CalendarDate | null {
  const match = LEADING_DATE.exec(text.trim());
  if (match === null) return null;
  const date = { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) };
  if (date.month < 1 || date.month > 12 || date.day < 1) return null;
  return date.day <= daysInMonth(date.year, date.month) ? date : null;
}
