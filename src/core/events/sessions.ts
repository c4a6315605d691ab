/**
 * The CME Globex clock (FACTS.md, CME Globex hours), in America/Chicago wall time:
 *
 * - the week opens Sunday 17:00 CT and closes Friday 16:00 CT ('weekend' in between);
 * - Monday–Thursday a daily halt 16:00–17:00 CT ('daily-halt');
 * - equity index futures: RTH 8:30–15:00 CT Monday–Friday ('rth'), ETH every other open minute ('eth');
 * - other product classes (metals, energy, FX) trade the same Globex week without an RTH/ETH split here:
 *   their open minutes are 'open'.
 *
 * Every boundary is inclusive at its start: at Sunday 17:00:00.000 CT the market is open. The Chicago
 * wall time of an instant comes from `Intl.DateTimeFormat` with the IANA zone, so the March and November
 * US daylight-saving switches are handled by the platform's time-zone data (CST = UTC−6, CDT = UTC−5).
 * Time is always an argument (epoch milliseconds); nothing reads the clock.
 *
 * Not modelled: exchange holidays and their early closes (Thanksgiving, Christmas, …): on those days the
 * clock shows the normal schedule. Boundaries fall at 8:30, 15:00, 16:00 and 17:00 CT, never inside the
 * 2:00 a.m. DST gap, so every boundary has exactly one instant.
 */
import type { CalendarDate } from '../calendar';
import type { Dec } from '../decimal';
import type { MarginBasis } from '../inputs';
import type { NumberRule, Parsed } from '../parse';
import { addCalendarDays, dayNumberOf, weekdayOf } from './dates';

export const EXCHANGE_TIME_ZONE = 'America/Chicago';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Wall-clock parts of an instant in a time zone. */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Offset from UTC in minutes at that instant (−300 for CDT, +120 for CEST). */
  readonly offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** One cached formatter per zone; null for a zone the platform does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    formatter = null;
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** True for an IANA zone name the platform knows ("Europe/Berlin", "America/Chicago", "UTC"). */
export function isKnownTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

/** Milliseconds within the second, 0…999, also for instants before 1970. */
function msWithinSecond(ms: number): number {
  return ((ms % 1000) + 1000) % 1000;
}

/**
 * The wall-clock parts of epoch `ms` in `timeZone` (for the presenter, and for the Globex clock); null for
 * an unknown zone or a non-finite instant.
 */
export function zonedParts(ms: number, timeZone: string): ZonedParts | null {
  const formatter = formatterFor(timeZone);
  if (formatter === null || !Number.isFinite(ms)) return null;
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter.formatToParts(ms)) values[part.type] = part.value;
  const yearOfEra = Number(values.year);
  const year = values.era === 'BC' ? 1 - yearOfEra : yearOfEra;
  const date = { year, month: Number(values.month), day: Number(values.day) };
  const hour = Number(values.hour) % 24;
  const minute = Number(values.minute);
  const second = Number(values.second);
  const wallAsUtc = dayNumberOf(date) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  const offsetMinutes = (wallAsUtc - (ms - msWithinSecond(ms))) / MS_PER_MINUTE;
  return { ...date, hour, minute, second, weekday: weekdayOf(date), offsetMinutes };
}

/** The calendar date of an instant in a zone (the trader's "today"); null for an unknown zone. */
export function calendarDateInZone(ms: number, timeZone: string): CalendarDate | null {
  const parts = zonedParts(ms, timeZone);
  return parts === null ? null : { year: parts.year, month: parts.month, day: parts.day };
}

function sameWallTime(parts: ZonedParts | null, date: CalendarDate, minuteOfDay: number): boolean {
  return (
    parts !== null &&
    parts.year === date.year &&
    parts.month === date.month &&
    parts.day === date.day &&
    parts.hour * 60 + parts.minute === minuteOfDay &&
    parts.second === 0
  );
}

/**
 * The instant (epoch ms) of a wall-clock time in a zone; null for an unknown zone or a minute outside
 * 0…1439. A time that occurs twice (the autumn switch) gives the earlier instant; a time that does not
 * exist (inside the spring gap) is read with the offset before the switch, i.e. moved forward by the gap
 * (02:30 on the US spring-forward day → 03:30 CDT), as Temporal's "compatible" disambiguation does.
 */
export function zonedTimeToEpochMs(date: CalendarDate, minuteOfDay: number, timeZone: string): number | null {
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay >= 1440) return null;
  const wallAsUtc = dayNumberOf(date) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  const before = zonedParts(wallAsUtc - MS_PER_DAY, timeZone);
  const after = zonedParts(wallAsUtc + MS_PER_DAY, timeZone);
  if (before === null || after === null) return null;
  const candidates = [before.offsetMinutes, after.offsetMinutes]
    .map((offset) => wallAsUtc - offset * MS_PER_MINUTE)
    .filter((instant) => sameWallTime(zonedParts(instant, timeZone), date, minuteOfDay))
    .sort((a, b) => a - b);
  return candidates[0] ?? wallAsUtc - before.offsetMinutes * MS_PER_MINUTE;
}

/** The session classes: equity index futures split RTH/ETH; the others trade the same week unsplit. */
export const SESSION_PRODUCT_CLASSES = ['equity-index', 'metals', 'energy', 'fx'] as const;
export type SessionProductClass = (typeof SESSION_PRODUCT_CLASSES)[number];

export const SESSION_STATES = ['rth', 'eth', 'open', 'daily-halt', 'weekend'] as const;
/** 'open' = trading, for a class without an RTH/ETH split. */
export type SessionState = (typeof SESSION_STATES)[number];

/** Minutes after midnight, Chicago wall time. */
export const GLOBEX_TIMES = {
  rthOpen: 8 * 60 + 30,
  rthClose: 15 * 60,
  halt: 16 * 60,
  reopen: 17 * 60,
} as const;

const BOUNDARIES: readonly number[] = [
  GLOBEX_TIMES.rthOpen,
  GLOBEX_TIMES.rthClose,
  GLOBEX_TIMES.halt,
  GLOBEX_TIMES.reopen,
];

/** The state at a Chicago weekday and minute of the day (fractional minutes allowed). */
function stateAtWall(weekday: number, minute: number, productClass: SessionProductClass): SessionState {
  const trading: SessionState =
    productClass !== 'equity-index'
      ? 'open'
      : minute >= GLOBEX_TIMES.rthOpen && minute < GLOBEX_TIMES.rthClose
        ? 'rth'
        : 'eth';
  if (weekday === 6) return 'weekend';
  if (weekday === 0) return minute >= GLOBEX_TIMES.reopen ? trading : 'weekend';
  if (weekday === 5) return minute >= GLOBEX_TIMES.halt ? 'weekend' : trading;
  return minute >= GLOBEX_TIMES.halt && minute < GLOBEX_TIMES.reopen ? 'daily-halt' : trading;
}

export interface GlobexSession {
  readonly state: SessionState;
  /** The instant (epoch ms) the state next changes. */
  readonly nextChangeMs: number;
  readonly nextState: SessionState;
}

/**
 * The Globex session at epoch `ms` for a product class: its state, and when and into what it next
 * changes. Null only for a non-finite instant.
 */
export function globexSessionAt(ms: number, productClass: SessionProductClass): GlobexSession | null {
  const wall = zonedParts(ms, EXCHANGE_TIME_ZONE);
  if (wall === null) return null;
  const today = { year: wall.year, month: wall.month, day: wall.day };
  const nowMinute = wall.hour * 60 + wall.minute + (wall.second * 1000 + msWithinSecond(ms)) / MS_PER_MINUTE;
  const state = stateAtWall(wall.weekday, nowMinute, productClass);
  // The longest stretch without a change is the weekend (Friday 16:00 → Sunday 17:00): 8 days always suffice.
  for (let offset = 0; offset <= 8; offset += 1) {
    const day = addCalendarDays(today, offset);
    for (const boundary of BOUNDARIES) {
      if (offset === 0 && boundary <= nowMinute) continue;
      const next = stateAtWall(weekdayOf(day), boundary, productClass);
      if (next === state) continue;
      const nextChangeMs = zonedTimeToEpochMs(day, boundary, EXCHANGE_TIME_ZONE);
      if (nextChangeMs !== null) return { state, nextChangeMs, nextState: next };
    }
  }
  return null;
}

/** True when the session at `ms` is ETH (equity index futures, open outside RTH). */
export function isEthAt(ms: number, productClass: SessionProductClass = 'equity-index'): boolean {
  return globexSessionAt(ms, productClass)?.state === 'eth';
}

/**
 * True when an order at `ms` would not fill in RTH: ETH, or the market is shut (halt, weekend: the fill
 * comes at the thin reopen). For classes without an RTH split only a shut market counts.
 */
export function isOutsideRthAt(ms: number, productClass: SessionProductClass = 'equity-index'): boolean {
  const state = globexSessionAt(ms, productClass)?.state;
  return state === 'eth' || state === 'daily-halt' || state === 'weekend';
}

/** A span of time in whole days, hours and minutes, for "time to the next change". */
export interface DurationParts {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  /** The whole span in whole minutes. */
  readonly totalMinutes: number;
}

/**
 * Whole minutes from `fromMs` to `toMs`, rounded DOWN (a negative span counts as 0): the trader is never
 * told there is more time before the market shuts than there is.
 */
export function wholeMinutesDown(fromMs: number, toMs: number): DurationParts {
  const totalMinutes = Math.max(0, Math.floor((toMs - fromMs) / MS_PER_MINUTE));
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
    totalMinutes,
  };
}

/** Parses a planned entry time "HH:MM" (24-hour, "9:05" allowed) into minutes after midnight. */
export function parseClockTimeText(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  const match = /^(\d{1,2}):(\d{2})$/.exec(trimmed);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (match === null || hour > 23 || minute > 59) {
    return { status: 'error', message: `"${trimmed}" is not a time. Enter HH:MM (24-hour), e.g. 08:30.` };
  }
  return { status: 'ok', value: hour * 60 + minute };
}

/** `ETH slippage (ticks)`: whole ticks from 0 to 1,000 (as the RTH slippage field). */
export const ETH_SLIPPAGE_TICKS_RULE: NumberRule = { unit: 'plain', min: '0', max: '1000', integer: true };

/** Margin basis outside RTH by default: initial (no day-trade margin overnight). */
export const DEFAULT_ETH_MARGIN_BASIS: MarginBasis = 'initial';

/** The slippage and margin basis the sizer uses in one session. */
export interface SessionCostBasis {
  readonly slippageTicks: Dec;
  readonly marginBasis: MarginBasis;
}

/**
 * The sizer's slippage and margin basis for the session at the entry instant: the ETH settings when an
 * order then would not fill in RTH (`isOutsideRthAt`), else the regular ones. `outsideRth` tells the
 * presenter to say so.
 */
export function sessionCostBasis(
  entryMs: number,
  productClass: SessionProductClass,
  regular: SessionCostBasis,
  eth: SessionCostBasis,
): SessionCostBasis & { readonly outsideRth: boolean } {
  const outsideRth = isOutsideRthAt(entryMs, productClass);
  return { ...(outsideRth ? eth : regular), outsideRth };
}
