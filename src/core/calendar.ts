/**
 * The quarterly contract calendar of the equity index futures (FACTS.md, CME contract specs).
 *
 * - Months: March cycle, codes H (Mar), M (Jun), U (Sep), Z (Dec); symbol = root + code + last digit of
 *   the year (`M2KZ6`).
 * - Last trading day: the third Friday of the contract month; if that Friday is an exchange holiday (the
 *   cash market is shut, so no opening quotation), the business day before. Of the NYSE holidays only
 *   Good Friday (in March) and Juneteenth (in June, observed on the Friday when the 19th is a Saturday) can
 *   fall on a third Friday.
 * - Customary roll: the Thursday of the week before expiry, 8 calendar days before the third Friday (the
 *   second Thursday of the month). When a holiday moves the last trading day to Thursday, the roll stays
 *   on that Thursday of the week before: it is a calendar convention, not a count back from the holiday.
 * - Front month: the nearest contract whose roll date has not passed (on the roll date itself it is still
 *   the expiring contract).
 *
 * Dates are plain calendar dates (no time zone); "today" is always an argument.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date (UTC arithmetic, no time zone involved). */
function dateToDayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** The calendar date of a day number. */
function dayNumberToDate(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(dateToDayNumber(date) * MS_PER_DAY).getUTCDay();
}

/** Adds calendar days. */
function addDays(date: CalendarDate, days: number): CalendarDate {
  return dayNumberToDate(dateToDayNumber(date) + days);
}

/** "2026-12-18". */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Parses "YYYY-MM-DD" into a valid calendar date, or null. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = dayNumberToDate(dateToDayNumber(date));
  return roundTrip.month === date.month && roundTrip.day === date.day ? date : null;
}

/** Easter Sunday (Gregorian, anonymous algorithm — Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** True for the exchange holidays that can fall on a third Friday: Good Friday and Juneteenth (from 2022). */
export function isExpiryHoliday(date: CalendarDate): boolean {
  if (sameDate(date, addDays(easterSunday(date.year), -2))) return true;
  if (date.year >= 2022 && date.month === 6) {
    const juneteenth = { year: date.year, month: 6, day: 19 };
    const dow = weekday(juneteenth);
    const observed = dow === 6 ? addDays(juneteenth, -1) : dow === 0 ? addDays(juneteenth, 1) : juneteenth;
    return sameDate(date, observed);
  }
  return false;
}

/** The third Friday of a month. */
export function thirdFriday(year: number, month: number): CalendarDate {
  const first = { year, month, day: 1 };
  const offset = (5 - weekday(first) + 7) % 7;
  return { year, month, day: 1 + offset + 14 };
}

/** Last trading day: third Friday, or the day before when that Friday is an exchange holiday. */
export function lastTradingDay(year: number, month: number): CalendarDate {
  const friday = thirdFriday(year, month);
  return isExpiryHoliday(friday) ? addDays(friday, -1) : friday;
}

/** Customary roll date: the Thursday 8 calendar days before the third Friday, whatever the holidays. */
export function rollDate(year: number, month: number): CalendarDate {
  return addDays(thirdFriday(year, month), -8);
}
