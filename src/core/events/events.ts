/**
 * Calendar events: the record, the user's own events (parsed from what they typed), and the lists the
 * Calendar section shows: events in a date range, the `Next events` list with days to go, and the month
 * grid.
 *
 * Order everywhere: by date, then importance (high, medium, low), then title, then id (code-unit order,
 * not locale order, so the result never depends on the browser's language).
 * Days to go are whole calendar days from "today" (an argument, the trader's local date) to the event's
 * date: 0 on the day itself. Nothing here rounds; built-in events come from `builtInEvents.ts`.
 */
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../calendar';
import {
  addCalendarDays,
  calendarDaysBetween,
  compareDates,
  daysInMonth,
  isDateWithin,
  isSameDate,
  weekdayOf,
} from './dates';

export const EVENT_KINDS = [
  'fomc',
  'nfib',
  'russell-recon',
  'index-expiry',
  'roll',
  'last-trading-day',
  'user',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Highest first: the order of the lists. */
export const EVENT_IMPORTANCES = ['high', 'medium', 'low'] as const;
export type EventImportance = (typeof EVENT_IMPORTANCES)[number];

/** One dated event. Built-in events carry their rule or source; user events carry source 'user'. */
export interface CalendarEvent {
  /** Stable and unique within a list: `fomc:2026-03-18`, `roll:M2KM6:2026-06-11`, or the user row's id. */
  readonly id: string;
  /** The day it happens (exchange-local date; times, when they matter, are in the note). */
  readonly date: CalendarDate;
  readonly title: string;
  readonly kind: EventKind;
  readonly importance: EventImportance;
  /** What the trader should know (the SOQ note on an expiry, the release time); '' when none. */
  readonly note: string;
  /** A URL, or the rule text the date follows. */
  readonly source: string;
  /** True when the date is announced as tentative or not yet confirmed by its publisher. */
  readonly tentative: boolean;
  /** The contract or product the event belongs to (rolls, last trading days); null for market-wide events. */
  readonly symbol: string | null;
}

/** Rank of an importance: 0 for high … 2 for low. */
export function importanceRank(importance: EventImportance): number {
  return EVENT_IMPORTANCES.indexOf(importance);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The list order: date, then importance (high first), then title, then id. */
export function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  return (
    compareDates(a.date, b.date) ||
    importanceRank(a.importance) - importanceRank(b.importance) ||
    compareText(a.title, b.title) ||
    compareText(a.id, b.id)
  );
}

/**
 * Every event of the given lists dated from `from` to `to` (both inclusive), merged and sorted; when two
 * lists hold the same id, the first list's event is kept (so user edits listed first win). Empty when
 * from > to.
 */
export function eventsBetween(
  from: CalendarDate,
  to: CalendarDate,
  sources: readonly (readonly CalendarEvent[])[],
): CalendarEvent[] {
  const seen = new Set<string>();
  const merged: CalendarEvent[] = [];
  for (const source of sources) {
    for (const event of source) {
      if (seen.has(event.id) || !isDateWithin(event.date, from, to)) continue;
      seen.add(event.id);
      merged.push(event);
    }
  }
  return merged.sort(compareEvents);
}

/** An event of the `Next events` list. */
export interface UpcomingEvent {
  readonly event: CalendarEvent;
  /** Whole calendar days from today to the event: 0 today, 1 tomorrow. */
  readonly daysToGo: number;
}

/** How far `nextEvents` looks: at most `count` events, and/or events at most `horizonDays` days ahead. */
export interface UpcomingLimit {
  readonly count?: number;
  readonly horizonDays?: number;
}

/**
 * The `Next events` list: events dated today or later, in list order, each with its days to go, cut to
 * `limit.count` events and to `limit.horizonDays` calendar days ahead (inclusive) when given. The caller
 * passes events generated for at least the horizon it wants (built-ins are generated per range).
 */
export function nextEvents(
  today: CalendarDate,
  events: readonly CalendarEvent[],
  limit: UpcomingLimit = {},
): UpcomingEvent[] {
  const upcoming: UpcomingEvent[] = [];
  for (const event of [...events].sort(compareEvents)) {
    const daysToGo = calendarDaysBetween(today, event.date);
    if (daysToGo < 0) continue;
    if (limit.horizonDays !== undefined && daysToGo > limit.horizonDays) break;
    if (limit.count !== undefined && upcoming.length >= limit.count) break;
    upcoming.push({ event, daysToGo });
  }
  return upcoming;
}

/** One cell of the month view. */
export interface MonthGridDay {
  readonly date: CalendarDate;
  /** False for the leading and trailing days of the neighbouring months that fill the first and last week. */
  readonly inMonth: boolean;
  readonly isToday: boolean;
  /** The day's events in list order. */
  readonly events: readonly CalendarEvent[];
}

export interface MonthGrid {
  readonly year: number;
  readonly month: number;
  /** 4 to 6 weeks of exactly 7 days each, starting on `weekStartsOn`. */
  readonly weeks: readonly (readonly MonthGridDay[])[];
}

export interface MonthGridOptions {
  /** First column of the view; Sunday by default (US calendars). */
  readonly weekStartsOn?: 'sunday' | 'monday';
  /** The trader's local date, to mark its cell; no cell is marked when absent. */
  readonly today?: CalendarDate;
}

/** The month view: whole weeks covering the month, each day with its events. */
export function monthGrid(
  year: number,
  month: number,
  events: readonly CalendarEvent[],
  options: MonthGridOptions = {},
): MonthGrid {
  const first = { year, month, day: 1 };
  const last = { year, month, day: daysInMonth(year, month) };
  const startWeekday = options.weekStartsOn === 'monday' ? 1 : 0;
  const gridStart = addCalendarDays(first, -((weekdayOf(first) - startWeekday + 7) % 7));
  const gridEnd = addCalendarDays(last, (startWeekday + 6 - weekdayOf(last) + 7) % 7);
  const byDay = new Map<string, CalendarEvent[]>();
  for (const event of eventsBetween(gridStart, gridEnd, [events])) {
    const key = formatIsoDate(event.date);
    const list = byDay.get(key);
    if (list === undefined) byDay.set(key, [event]);
    else list.push(event);
  }
  const weeks: MonthGridDay[][] = [];
  const dayCount = calendarDaysBetween(gridStart, gridEnd) + 1;
  for (let offset = 0; offset < dayCount; offset += 1) {
    const date = addCalendarDays(gridStart, offset);
    const cell: MonthGridDay = {
      date,
      inMonth: date.month === month && date.year === year,
      isToday: options.today !== undefined && isSameDate(options.today, date),
      events: byDay.get(formatIsoDate(date)) ?? [],
    };
    if (offset % 7 === 0) weeks.push([cell]);
    else weeks[weeks.length - 1]?.push(cell);
  }
  return { year, month, weeks };
}

/** A user event as typed (the store keeps these strings; `id` is assigned by the store and unique). */
export interface UserEventText {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly importance: string;
  readonly note?: string;
}

export type UserEventField = 'date' | 'title' | 'importance';

/** The outcome of one row: every field blank, an event, or a message per bad field. */
export type UserEventParse =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly event: CalendarEvent }
  | { readonly status: 'error'; readonly errors: Readonly<Partial<Record<UserEventField, string>>> };

/** Longest title kept (a month cell shows a few words). */
export const USER_EVENT_TITLE_MAX = 80;

function isImportance(text: string): text is EventImportance {
  return (EVENT_IMPORTANCES as readonly string[]).includes(text);
}

/**
 * Parses one user event: date `YYYY-MM-DD`, a non-empty title of at most 80 characters, importance
 * `high`, `medium` or `low` (any letter case). Never throws.
 */
export function parseUserEvent(text: UserEventText): UserEventParse {
  const date = text.date.trim();
  const title = text.title.trim();
  const importance = text.importance.trim().toLowerCase();
  if (date === '' && title === '' && importance === '' && (text.note ?? '').trim() === '') {
    return { status: 'empty' };
  }
  const errors: Partial<Record<UserEventField, string>> = {};
  const parsedDate = parseIsoDate(date);
  if (date === '') errors.date = 'Enter the date as YYYY-MM-DD, e.g. 2026-03-18.';
  else if (parsedDate === null) errors.date = `"${date}" is not a date. Enter YYYY-MM-DD, e.g. 2026-03-18.`;
  if (title === '') errors.title = 'Enter a title, e.g. CPI.';
  else if (title.length > USER_EVENT_TITLE_MAX) {
    errors.title = `Keep the title to ${USER_EVENT_TITLE_MAX} characters (this one has ${title.length}).`;
  }
  if (importance === '') errors.importance = 'Choose high, medium or low.';
  else if (!isImportance(importance)) {
    errors.importance = `"${text.importance.trim()}" is not an importance. Choose high, medium or low.`;
  }
  if (parsedDate === null || !isImportance(importance) || Object.keys(errors).length > 0) {
    return { status: 'error', errors };
  }
  return {
    status: 'ok',
    event: {
      id: text.id,
      date: parsedDate,
      title,
      kind: 'user',
      importance,
      note: (text.note ?? '').trim(),
      source: 'user',
      tentative: false,
      symbol: null,
    },
  };
}

/** A user row left out, with its messages. */
export interface UserEventRowError {
  /** 0-based position in the rows. */
  readonly index: number;
  readonly id: string;
  readonly errors: Readonly<Partial<Record<UserEventField, string>>>;
}

/**
 * Parses every user row: the valid events (each still counts when others are bad), the rows left out with
 * their messages; blank rows are neither (not entered yet).
 */
export function parseUserEvents(rows: readonly UserEventText[]): {
  readonly events: readonly CalendarEvent[];
  readonly leftOut: readonly UserEventRowError[];
} {
  const events: CalendarEvent[] = [];
  const leftOut: UserEventRowError[] = [];
  rows.forEach((row, index) => {
    const parsed = parseUserEvent(row);
    if (parsed.status === 'ok') events.push(parsed.event);
    else if (parsed.status === 'error') leftOut.push({ index, id: row.id, errors: parsed.errors });
  });
  return { events, leftOut };
}
