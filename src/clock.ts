/**
 * The app's one reading of the real clock. Core never reads it and neither does the store: main.tsx passes
 * today's date in, and tests pass a fixed one.
 */
import type { CalendarDate } from './core';

/** The current instant. */
export function nowDate(): Date {
  return new Date();
}

/** The calendar date of an instant on the trader's own clock (local time zone). */
export function localCalendarDate(instant: Date): CalendarDate {
  return { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() };
}

/** The trader's IANA time zone, as the browser knows it ("Europe/Berlin"); UTC when it cannot tell. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
