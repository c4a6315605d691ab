/**
 * Wall-clock time in a named IANA time zone and the CME session boundary, from `Intl` only (no clock is
 * read: every instant is an argument, in epoch milliseconds).
 *
 * - Wall time at an instant: `Intl.DateTimeFormat(…, { timeZone, hourCycle: 'h23' }).formatToParts`.
 * - Instant of a wall time: the zone's UTC offset just before and just after (±24 h) gives at most two
 *   candidates; a wall time that occurs twice (autumn fall-back) resolves to the earlier instant, one that
 *   does not occur (spring-forward gap) to the instant the clock shows after the jump (02:30 → 03:30 CDT),
 *   the `compatible` rule of Temporal and RFC 5545.
 * - Sessions: CME Globex equity index futures trade from 17:00 CT to 16:00 CT the next day (FACTS.md,
 *   "Hours"); after 17:00 CT it is the next session. Every calendar day's 17:00 America/Chicago is a
 *   boundary (weekend and holiday "sessions" simply hold no trades), so the session of an instant ends at
 *   the first 17:00 CT strictly after it, DST-correct through the zone database.
 */

/** An IANA time zone name that `Intl` accepts (made only by `parseTimeZone`). */
export type TimeZone = string & { readonly timeZoneBrand: unique symbol };

/** The zone of the CME session clock. */
export const SESSION_TIME_ZONE = 'America/Chicago';
/** Sessions end (and the next begins) at 17:00 Chicago time. */
export const SESSION_END_HOUR = 17;

const DAY_MS = 86_400_000;

export interface WallTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  /** 0–23. */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone as a TimeZone when `Intl` knows it ('America/Chicago', 'Europe/Berlin', 'UTC'), else null. */
export function parseTimeZone(text: string): TimeZone | null {
  if (text.trim() === '') return null;
  try {
    formatterFor(text);
  } catch {
    return null;
  }
  return text as TimeZone;
}

// A zone every Intl with time-zone data knows (all supported browsers and Node builds).
const SESSION_ZONE = SESSION_TIME_ZONE as TimeZone;

/** The wall clock in `timeZone` at the instant `epochMs`. */
export function wallTimeAt(epochMs: number, timeZone: TimeZone): WallTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? Number.NaN,
    month: fields.month ?? Number.NaN,
    day: fields.day ?? Number.NaN,
    hour: fields.hour ?? Number.NaN,
    minute: fields.minute ?? Number.NaN,
    second: fields.second ?? Number.NaN,
  };
}

/** The wall time read as if it were UTC, in ms (a label, not an instant). */
function wallAsUtcMs(wall: Omit<WallTime, 'second'> & { readonly second?: number }): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
}

/** The zone's offset from UTC at an instant, in ms (−5 h in Chicago summer: −18,000,000). */
function offsetMs(epochMs: number, timeZone: TimeZone): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallAsUtcMs(wallTimeAt(wholeSecond, timeZone)) - wholeSecond;
}

/**
 * The instant (epoch ms) at which the clock in `timeZone` shows the wall time: the earlier one when it
 * shows it twice, the one after the jump when it skips it (see the module comment).
 */
export function epochMsOfWallTime(
  wall: Omit<WallTime, 'second'> & { readonly second?: number },
  timeZone: TimeZone,
): number {
  const label = wallAsUtcMs(wall);
  const before = label - offsetMs(label - DAY_MS, timeZone);
  const after = label - offsetMs(label + DAY_MS, timeZone);
  const shows = (t: number) => t + offsetMs(t, timeZone) === label;
  const beforeOk = shows(before);
  const afterOk = shows(after);
  if (beforeOk && afterOk) return Math.min(before, after);
  if (beforeOk) return before;
  if (afterOk) return after;
  return before;
}

/** The calendar date `days` after (or before, when negative) a wall date, by the proleptic Gregorian calendar. */
function shiftDate(wall: WallTime, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The wall time's instant on the same date, or on the date `days` away, at hour:minute in `timeZone`. */
function atTimeOn(wall: WallTime, days: number, hour: number, minute: number, timeZone: TimeZone): number {
  return epochMsOfWallTime({ ...shiftDate(wall, days), hour, minute }, timeZone);
}

/**
 * The end of the CME session that contains `epochMs`: the first 17:00 America/Chicago strictly after it
 * (at 17:00:00 exactly a new session has begun). Between 23 and 25 hours apart across the DST switches.
 */
export function nextSessionEndMs(epochMs: number): number {
  const wall = wallTimeAt(epochMs, SESSION_ZONE);
  const today = atTimeOn(wall, 0, SESSION_END_HOUR, 0, SESSION_ZONE);
  return today > epochMs ? today : atTimeOn(wall, 1, SESSION_END_HOUR, 0, SESSION_ZONE);
}

/**
 * The latest instant at or before `nowMs` at which the clock in `timeZone` shows hour:minute: a time typed
 * without a date means today, or yesterday when today's has not come yet (a log is written after the fact,
 * and an evening trade of the session is still on the log after midnight).
 */
export function latestWallTimeAtOrBefore(
  hour: number,
  minute: number,
  nowMs: number,
  timeZone: TimeZone,
): number {
  const wall = wallTimeAt(nowMs, timeZone);
  const today = atTimeOn(wall, 0, hour, minute, timeZone);
  return today <= nowMs ? today : atTimeOn(wall, -1, hour, minute, timeZone);
}
