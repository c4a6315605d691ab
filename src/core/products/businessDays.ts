/**
 * CME business days: the day counts behind every last-trading-day, first-notice-day and roll rule in
 * `listings.ts`.
 *
 * A business day is a Monday–Friday that is not one of the CME holidays below. The holidays, with the US
 * observance rules CME follows:
 * - New Year's Day (1 Jan; on a Sunday observed Monday 2 Jan; on a Saturday not observed on the Friday
 *   before: 31 Dec stays a business day, as on 31 Dec 2021);
 * - Martin Luther King Jr. Day (third Monday of January), Presidents Day (third Monday of February),
 *   Memorial Day (last Monday of May), Labor Day (first Monday of September), Thanksgiving (fourth
 *   Thursday of November);
 * - Good Friday (two days before Easter Sunday);
 * - Juneteenth (19 June, from 2022), Independence Day (4 July), Christmas (25 December): on a Saturday
 *   observed the Friday before, on a Sunday the Monday after.
 *
 * Decision: on MLK, Presidents, Memorial, Juneteenth, Independence, Labor and Thanksgiving days CME
 * Globex may hold a short session, but there is no clearing cycle and those trades carry the next
 * day's trade date, so for counting "business days" in termination rules they are holidays. The day
 * after Thanksgiving and Christmas Eve (early closes) are business days: CME's published gold calendar
 * has first notice on Fri 28 Nov 2025 and first position on Wed 26 Nov 2025 (Thanksgiving 27 Nov between).
 * Source: CME Group holiday calendar; Gold futures calendar
 * (https://www.cmegroup.com/markets/metals/precious/gold.calendar.html).
 *
 * Dates are plain calendar dates (no time zone); nothing reads the clock.
 */
import { easterSunday, weekday, type CalendarDate } from '../calendar';

export type CmeHoliday =
  | 'new-year'
  | 'martin-luther-king'
  | 'presidents'
  | 'good-friday'
  | 'memorial'
  | 'juneteenth'
  | 'independence'
  | 'labor'
  | 'thanksgiving'
  | 'christmas';

export interface CmeHolidayDate {
  readonly date: CalendarDate;
  readonly holiday: CmeHoliday;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC arithmetic, no time zone involved). */
export function dayNumberOf(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** The calendar date of a day number (inverse of `dayNumberOf`). */
export function dateOfDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Adds (or, when negative, subtracts) calendar days. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The n-th (1-based) given weekday (0 = Sunday … 6 = Saturday) of a month. */
function nthWeekday(year: number, month: number, dow: number, n: number): CalendarDate {
  const offset = (dow - weekday({ year, month, day: 1 }) + 7) % 7;
  return { year, month, day: 1 + offset + 7 * (n - 1) };
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, dow: number): CalendarDate {
  const last = { year, month, day: daysInMonth(year, month) };
  return addCalendarDays(last, -((weekday(last) - dow + 7) % 7));
}

/** A fixed-date holiday moved off the weekend: Saturday → Friday, Sunday → Monday. */
function observedFixed(year: number, month: number, day: number): CalendarDate {
  const date = { year, month, day };
  const dow = weekday(date);
  if (dow === 6) return addCalendarDays(date, -1);
  if (dow === 0) return addCalendarDays(date, 1);
  return date;
}

function holidaysOfYear(year: number): CmeHolidayDate[] {
  const list: CmeHolidayDate[] = [];
  const newYear = { year, month: 1, day: 1 };
  const newYearDow = weekday(newYear);
  // On a Saturday New Year's Day is not observed (the Friday before is 31 Dec of the previous year and
  // stays a business day); on a Sunday it moves to Monday.
  if (newYearDow === 0) list.push({ date: { year, month: 1, day: 2 }, holiday: 'new-year' });
  else if (newYearDow !== 6) list.push({ date: newYear, holiday: 'new-year' });
  list.push({ date: nthWeekday(year, 1, 1, 3), holiday: 'martin-luther-king' });
  list.push({ date: nthWeekday(year, 2, 1, 3), holiday: 'presidents' });
  list.push({ date: addCalendarDays(easterSunday(year), -2), holiday: 'good-friday' });
  list.push({ date: lastWeekday(year, 5, 1), holiday: 'memorial' });
  if (year >= 2022) list.push({ date: observedFixed(year, 6, 19), holiday: 'juneteenth' });
  list.push({ date: observedFixed(year, 7, 4), holiday: 'independence' });
  list.push({ date: nthWeekday(year, 9, 1, 1), holiday: 'labor' });
  list.push({ date: nthWeekday(year, 11, 4, 4), holiday: 'thanksgiving' });
  list.push({ date: observedFixed(year, 12, 25), holiday: 'christmas' });
  return list;
}

/** Holiday day numbers of the years built so far (a pure cache: the same answer on every call). */
const holidaysByDayNumber = new Map<number, CmeHoliday>();
const yearsBuilt = new Set<number>();

function ensureYear(year: number): void {
  if (yearsBuilt.has(year)) return;
  yearsBuilt.add(year);
  for (const h of holidaysOfYear(year)) holidaysByDayNumber.set(dayNumberOf(h.date), h.holiday);
}

/** Weekday of a day number, 0 = Sunday … 6 = Saturday (day 0, 1 Jan 1970, was a Thursday). */
function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Business day test on a day number whose year is already built. */
function isBusinessDayNumber(dayNumber: number): boolean {
  const dow = weekdayOfDayNumber(dayNumber);
  return dow !== 0 && dow !== 6 && !holidaysByDayNumber.has(dayNumber);
}

/** The CME holidays observed in a calendar year, in date order. */
export function cmeHolidays(year: number): readonly CmeHolidayDate[] {
  return holidaysOfYear(year);
}

/** The CME holiday observed on `date`, or null. */
export function cmeHolidayOn(date: CalendarDate): CmeHoliday | null {
  ensureYear(date.year);
  return holidaysByDayNumber.get(dayNumberOf(date)) ?? null;
}

/** True for a Monday–Friday that is not a CME holiday. */
export function isBusinessDay(date: CalendarDate): boolean {
  ensureYear(date.year);
  return isBusinessDayNumber(dayNumberOf(date));
}

/**
 * Moves `count` business days from `date`: forward when positive, back when negative. The start date
 * itself is never counted, so `addBusinessDays(d, -1)` is the last business day before `d` whether or
 * not `d` is one. `count` 0 returns `date` unchanged.
 */
export function addBusinessDays(date: CalendarDate, count: number): CalendarDate {
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(count);
  let dayNumber = dayNumberOf(date);
  // Holidays are built a year at a time, as the walk enters each year.
  let year = date.year;
  let yearStart = dayNumberOf({ year, month: 1, day: 1 });
  let nextYearStart = dayNumberOf({ year: year + 1, month: 1, day: 1 });
  ensureYear(year);
  while (left > 0) {
    dayNumber += step;
    if (dayNumber >= nextYearStart || dayNumber < yearStart) {
      year += step;
      yearStart = dayNumberOf({ year, month: 1, day: 1 });
      nextYearStart = dayNumberOf({ year: year + 1, month: 1, day: 1 });
      ensureYear(year);
    }
    if (isBusinessDayNumber(dayNumber)) left -= 1;
  }
  return dateOfDayNumber(dayNumber);
}

/**
 * The n-th last business day of a month (n = 1: the last, n = 3: the third last). n ≥ 1; the month always
 * has more than n business days for the n the rules use (at most 3).
 */
export function nthLastBusinessDayOfMonth(year: number, month: number, n: number): CalendarDate {
  const firstOfNext = addCalendarDays({ year, month, day: daysInMonth(year, month) }, 1);
  return addBusinessDays(firstOfNext, -n);
}

/** The last business day of a month. */
export function lastBusinessDayOfMonth(year: number, month: number): CalendarDate {
  return nthLastBusinessDayOfMonth(year, month, 1);
}
