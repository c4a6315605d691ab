/**
 * The Calendar section's figures and its hooks into the sizer and the stress, computed from the input
 * texts, today's date, the current instant, the book, the trader's own events and the imported bars.
 * Built on the pure event modules beside it (events, builtInEvents, productEvents, holdingPeriod, sessions,
 * gaps); this module only reads the fields, chooses what to combine, and rounds statistics for display.
 *
 * - `Next events`: built-in events (FOMC, NFIB, Russell, quarterly expiry), the rolls and last trading days
 *   of the products in scope (`eventsProducts`: the sizer's contract, its mix partner and the book's
 *   contracts; or every product of the registry) and the trader's events, from today for `eventsLookAhead`
 *   calendar days (both ends inclusive), each with its days to go.
 * - Month view: the month of `calendarMonth` (YYYY-MM; empty = today's month), whole weeks from Sunday.
 * - Holding period: [today, today + `Holding days`] in calendar days (holdingPeriod.ts); only the
 *   market-wide built-ins and the trader's own events count there (a product's roll is not a reason to
 *   widen a stop; the quarterly expiry, high importance, is already a built-in).
 * - Session: the Globex clock of the sizer's contract at the current instant (sessions.ts), and the session
 *   the sizer assumes for its costs: at the `Planned entry time` (HH:MM Chicago time, its next occurrence
 *   from now outside the weekend close) or else now. ETH slippage when the entry would not fill in RTH: ETH or the daily halt now
 *   (the next fill is the 17:00 CT reopen, in ETH), or a planned entry in ETH, the halt or the weekend. A
 *   weekend NOW is not read as ETH: nothing can be entered before Sunday's reopen, so the trader's entry
 *   session is unknown; the sizer keeps the RTH settings and says so (type a planned entry time to size for
 *   the reopen). The ETH margin basis whenever the entry is outside RTH as above, or the position is held
 *   overnight (Holding days ≥ 1): no day-trade margin overnight.
 * - SOQ: the sized trade is held into expiry when its front month's last trading day lies in the holding
 *   period; a book position (a front-month contract) when the nearest quarterly expiry lies in the holding
 *   period, or today lies between that expiry's roll date and the expiry (the customary roll has passed:
 *   unless rolled, the position settles at the SOQ).
 * - Gaps: open − previous close of the imported daily bars (gaps.ts), with statistics rounded half-up to
 *   0.01 (points and %) after reading the float at 15 significant digits (so 12.3449999… from the float
 *   interpolation shows 12.35, as the exact value 12.345 does); the jump share half-up to 0.1 %.
 */
import type { ParsedBook } from '../book';
import { formatIsoDate, lastTradingDay, parseIsoDate, rollDate, type CalendarDate } from '../calendar';
import { pairOf } from '../contracts';
import type { ProductRegistry } from '../products/registry';
import { D, ROUND_HALF_UP, type Dec } from '../decimal';
import type { FieldReader } from '../fields';
import { EVENTS_LOOK_AHEAD_DAYS, EVENTS_PRODUCT_SCOPES, RULES, type InputKey } from '../inputs';
import { memoizeLast } from '../memo';
import type { Side } from '../positionSize';
import { contractCode } from '../products/listings';
import { BUILT_IN_PRODUCTS } from '../products/registry';
import { builtInEvents, fomcScheduleCoverage } from './builtInEvents';
import { addCalendarDays, compareDates, daysInMonth, isDateWithin } from './dates';
import {
  eventsBetween,
  monthGrid,
  nextEvents,
  parseUserEvents,
  type CalendarEvent,
  type MonthGrid,
  type UpcomingEvent,
  type UserEventField,
  type UserEventText,
} from './events';
import {
  gapHistogram,
  gapJumpFrequency,
  gapReport,
  gapsFromDailyBars,
  gapStressScenarios,
  type DailyBars,
  type Gap,
  type GapScenario,
  type GapSeries,
  type GapStats,
} from './gaps';
import { eventsInHoldingPeriod, heldIntoExpiry } from './holdingPeriod';
import { productDateEvents } from './productEvents';
import {
  calendarDateInZone,
  EXCHANGE_TIME_ZONE,
  globexSessionAt,
  isKnownTimeZone,
  isOutsideRthAt,
  parseClockTimeText,
  wholeMinutesDown,
  zonedTimeToEpochMs,
  type DurationParts,
  type SessionProductClass,
  type SessionState,
} from './sessions';

/** The instant and the trader's time zone (desk.ts `DeskNow`). */
export interface CalendarNow {
  readonly ms: number;
  readonly timeZone: string;
}

// ---------------------------------------------------------------------------------------------------------
// The session the sizer assumes

/** Every RiskDesk contract is an equity index future: RTH 8:30–15:00 CT, ETH around it. */
const SIZER_PRODUCT_CLASS: SessionProductClass = 'equity-index';

/** The session the sizer sizes for, and which ETH settings it uses. */
export interface SizerSessionFigures {
  /** 'planned': at the next `Planned entry time` (Chicago time) from now; 'now': the current instant. */
  readonly source: 'now' | 'planned';
  /** The entry instant (epoch ms). */
  readonly entryMs: number;
  /** The Globex session at the entry instant. */
  readonly state: SessionState;
  /** `ETH slippage (ticks)` is used instead of `Slippage (ticks)`. */
  readonly ethSlippage: boolean;
  /** `ETH margin basis` is used instead of `Margin basis`. */
  readonly ethMargin: boolean;
  /** Holding days ≥ 1: the position is held past the session's close. */
  readonly heldOvernight: boolean;
  /** The market is shut for the weekend now and no planned entry time is typed: RTH settings kept. */
  readonly weekendNow: boolean;
}

/** `Holding days` as a whole number, or null when empty or invalid (the field has the message). */
export function readHoldingDays(read: FieldReader<InputKey>): number | null {
  return read.number('holdingDays', RULES.holdingDays)?.toNumber() ?? null;
}

/**
 * The next instant at or after `nowMs` whose Chicago wall time is `minuteOfDay` and the market is not shut
 * for the weekend (a planned 17:30 typed on a Saturday is Sunday's 17:30, the reopen's first half hour).
 * A time inside the daily halt stays as typed: it is every day's halt.
 */
function nextChicagoTime(nowMs: number, minuteOfDay: number): number | null {
  const today = calendarDateInZone(nowMs, EXCHANGE_TIME_ZONE);
  if (today === null) return null;
  let first: number | null = null;
  for (let offset = 0; offset <= 4; offset += 1) {
    const at = zonedTimeToEpochMs(addCalendarDays(today, offset), minuteOfDay, EXCHANGE_TIME_ZONE);
    if (at === null || at < nowMs) continue;
    first ??= at;
    if (globexSessionAt(at, SIZER_PRODUCT_CLASS)?.state !== 'weekend') return at;
  }
  return first;
}

/**
 * The session the sizer assumes (see the module comment); null when the clock has not been read yet or
 * the planned entry time is invalid (its field has the message): the sizer then keeps the RTH settings.
 */
export function sizerSession(
  read: FieldReader<InputKey>,
  plannedEntryText: string,
  now: CalendarNow | null,
  holdingDays: number | null,
): SizerSessionFigures | null {
  const planned = parseClockTimeText(plannedEntryText);
  if (planned.status === 'error') read.fail('plannedEntryTime', planned.message);
  if (now === null || planned.status === 'error') return null;
  const session = entrySessionOf(now.ms, plannedEntryText);
  if (session === null) return null;
  const { outsideRth, ...entry } = session;
  const heldOvernight = holdingDays !== null && holdingDays >= 1;
  return { ...entry, ethSlippage: outsideRth, ethMargin: outsideRth || heldOvernight, heldOvernight };
}

/**
 * The entry instant and its Globex session for the clock and the planned entry time (a valid or empty
 * text). Memoised: the clock ticks every 15 s while the trader types many times a second, and the session
 * lookup formats dates in Chicago time.
 */
const entrySessionOf = memoizeLast(
  (
    nowMs: number,
    plannedEntryText: string,
  ): {
    readonly source: 'planned' | 'now';
    readonly entryMs: number;
    readonly state: SessionState;
    readonly weekendNow: boolean;
    readonly outsideRth: boolean;
  } | null => {
    const planned = parseClockTimeText(plannedEntryText);
    if (planned.status === 'error') return null;
    const source = planned.status === 'ok' ? 'planned' : 'now';
    const entryMs = planned.status === 'ok' ? nextChicagoTime(nowMs, planned.value) : nowMs;
    if (entryMs === null) return null;
    const state = globexSessionAt(entryMs, SIZER_PRODUCT_CLASS)?.state;
    if (state === undefined) return null;
    const weekendNow = source === 'now' && state === 'weekend';
    const outsideRth = !weekendNow && isOutsideRthAt(entryMs, SIZER_PRODUCT_CLASS);
    return { source, entryMs, state, weekendNow, outsideRth };
  },
);

// ---------------------------------------------------------------------------------------------------------
// The Globex clock

/** A change of the Globex session: the instant and the state it brings. */
export interface SessionChange {
  readonly atMs: number;
  readonly state: SessionState;
}

/** The Globex clock of the sizer's contract at the current instant. */
export interface SessionClockFigures {
  readonly symbol: string;
  readonly productClass: SessionProductClass;
  readonly nowMs: number;
  /** The trader's IANA zone; 'UTC' when the browser gave a zone this platform does not know. */
  readonly timeZone: string;
  readonly timeZoneKnown: boolean;
  readonly state: SessionState;
  /** Whole minutes to the next change, rounded down. */
  readonly untilNext: DurationParts;
  /** The next changes, soonest first (the first is the next change): a week's pattern at a glance. */
  readonly changes: readonly SessionChange[];
}

/** Changes listed after the current state: open → halt → open … covers a whole day and more. */
const CLOCK_CHANGES = 5;

function sessionClock(
  nowMs: number,
  timeZone: string,
  symbol: string,
  productClass: SessionProductClass,
): SessionClockFigures | null {
  const session = globexSessionAt(nowMs, productClass);
  if (session === null) return null;
  const changes: SessionChange[] = [{ atMs: session.nextChangeMs, state: session.nextState }];
  for (let i = 1; i < CLOCK_CHANGES; i += 1) {
    const last = changes[changes.length - 1];
    const next = last === undefined ? null : globexSessionAt(last.atMs, productClass);
    if (next === null) break;
    changes.push({ atMs: next.nextChangeMs, state: next.nextState });
  }
  const timeZoneKnown = isKnownTimeZone(timeZone);
  return {
    symbol,
    productClass,
    nowMs,
    timeZone: timeZoneKnown ? timeZone : 'UTC',
    timeZoneKnown,
    state: session.state,
    untilNext: wholeMinutesDown(nowMs, session.nextChangeMs),
    changes,
  };
}

/** The clock, the same object while the instant, the zone and the contract are unchanged. */
const sessionClockOf = memoizeLast(sessionClock);

// ---------------------------------------------------------------------------------------------------------
// Events

/** The `Next events` list. */
export interface NextEventsFigures {
  readonly lookAheadDays: number;
  /** The last day the list covers: today + look-ahead days. */
  readonly through: CalendarDate;
  readonly events: readonly UpcomingEvent[];
  /** The list runs past the published FOMC schedule (no later decision day is invented). */
  readonly fomcUnpublishedAfter: CalendarDate | null;
  /** 'held': the sizer's and the book's contracts; 'all': every product of the registry. */
  readonly productScope: (typeof EVENTS_PRODUCT_SCOPES)[number];
}

/** A user event row left out, with the fields at fault (their messages are at the fields). */
export interface UserEventLeftOut {
  /** 1-based, as the panel numbers the rows. */
  readonly number: number;
  readonly fields: readonly UserEventField[];
}

/** Every built-in, product and user event of [from, to], merged and sorted (user events first on an id clash). */
function eventsOfRange(
  from: CalendarDate,
  to: CalendarDate,
  symbolsKey: string,
  userEvents: readonly CalendarEvent[],
): CalendarEvent[] {
  const symbols = new Set(symbolsKey.split(','));
  const products =
    symbolsKey === '*' ? BUILT_IN_PRODUCTS : BUILT_IN_PRODUCTS.filter((p) => symbols.has(p.symbol));
  return eventsBetween(from, to, [
    userEvents,
    builtInEvents(from, to),
    productDateEvents(products, from, to),
  ]);
}

/** Ranges are given as ISO texts so that memoisation compares strings, not date objects. */
const eventsOfIsoRange = memoizeLast(
  (fromIso: string, toIso: string, symbolsKey: string, userEvents: readonly CalendarEvent[]) => {
    const from = parseIsoDate(fromIso);
    const to = parseIsoDate(toIso);
    return from === null || to === null ? [] : eventsOfRange(from, to, symbolsKey, userEvents);
  },
);
const monthEventsOfIsoRange = memoizeLast(
  (fromIso: string, toIso: string, symbolsKey: string, userEvents: readonly CalendarEvent[]) => {
    const from = parseIsoDate(fromIso);
    const to = parseIsoDate(toIso);
    return from === null || to === null ? [] : eventsOfRange(from, to, symbolsKey, userEvents);
  },
);

const upcomingOf = memoizeLast((todayIso: string, events: readonly CalendarEvent[]) => {
  const today = parseIsoDate(todayIso);
  return today === null ? [] : nextEvents(today, events);
});

const monthGridOf = memoizeLast(
  (year: number, month: number, events: readonly CalendarEvent[], todayIso: string) => {
    const today = parseIsoDate(todayIso);
    return monthGrid(year, month, events, today === null ? {} : { today });
  },
);

/** The events the holding check looks at: the market-wide built-ins and the trader's own events. */
const holdingEventsOf = memoizeLast(
  (todayIso: string, holdingDays: number, userEvents: readonly CalendarEvent[]) => {
    const today = parseIsoDate(todayIso);
    if (today === null) return [];
    const to = addCalendarDays(today, holdingDays);
    return eventsBetween(today, to, [userEvents, builtInEvents(today, to)]);
  },
);

/** Parsed user rows, the same result while the rows array is the same. */
const userEventsOf = memoizeLast((rows: readonly UserEventText[]) => {
  // A row with neither date nor title is not entered yet (a new row has its importance preset).
  const entered = rows.filter((row) => row.date.trim() !== '' || row.title.trim() !== '');
  const numbers = new Map(rows.map((row, index) => [row.id, index + 1]));
  const parsed = parseUserEvents(entered);
  const errors: Record<string, string> = {};
  const leftOut: UserEventLeftOut[] = [];
  for (const row of parsed.leftOut) {
    const fields = Object.keys(row.errors) as UserEventField[];
    for (const field of fields) {
      const message = row.errors[field];
      if (message !== undefined) errors[`${row.id}.${field}`] = message;
    }
    leftOut.push({ number: numbers.get(row.id) ?? row.index + 1, fields });
  }
  return { events: parsed.events, errors, leftOut };
});

/** The month of `calendarMonth` ("2026-12"), or today's month when empty or not such a text. */
function shownMonth(text: string, today: CalendarDate): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  return match !== null && month >= 1 && month <= 12 ? { year, month } : today;
}

/** The month `offset` months after (year, month), as the `calendarMonth` text ("2027-01"). */
export function monthText(year: number, month: number, offset = 0): string {
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------------
// Holding period and SOQ

/** The sizer's `Holding days` check. */
export interface HoldingFigures {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** High-importance events inside the holding period, in list order. */
  readonly events: readonly CalendarEvent[];
  /** `Event ATR multiplier` when an event falls inside; null otherwise (or when the field is invalid). */
  readonly suggestedMultiplier: Dec | null;
  /** True when the stop's ATR multiplier is below the suggestion: the sizer shows the button. */
  readonly offer: boolean;
  /** The stop method is ATR (the multiplier moves the stop only then). */
  readonly atrStop: boolean;
}

/** The sized trade's front month is still open on its last trading day: it settles at the SOQ. */
export interface SizedSoqFigures {
  readonly codes: readonly string[];
  readonly expiry: CalendarDate;
}

/** Book positions held into the nearest quarterly expiry. */
export interface BookSoqFigures {
  readonly expiry: CalendarDate;
  readonly rollDate: CalendarDate;
  /** 'roll-window': today is between the roll date and the expiry; 'holding': the expiry is in the holding period. */
  readonly reason: 'roll-window' | 'holding';
  readonly rows: readonly { readonly number: number; readonly code: string }[];
}

/**
 * The nearest quarterly expiry on or after today, with its roll date and contract month (memoised on
 * today: every keystroke with index futures in the book asks again).
 */
const nearestQuarterlyExpiry = memoizeLast(
  (today: CalendarDate): { expiry: CalendarDate; roll: CalendarDate; year: number; month: number } => {
    for (let year = today.year; ; year += 1) {
      for (const month of [3, 6, 9, 12]) {
        const expiry = lastTradingDay(year, month);
        if (compareDates(expiry, today) >= 0) return { expiry, roll: rollDate(year, month), year, month };
      }
    }
  },
);

function bookSoq(book: ParsedBook, today: CalendarDate, holdingDays: number | null): BookSoqFigures | null {
  // The Special Opening Quotation settles the equity-index futures only.
  const indexPositions = book.positions.filter((p) => p.spec.assetClass === 'equity-index');
  if (indexPositions.length === 0) return null;
  const { expiry, roll, year, month } = nearestQuarterlyExpiry(today);
  const inRollWindow = isDateWithin(today, roll, expiry);
  const inHolding = holdingDays !== null && heldIntoExpiry(today, holdingDays, expiry);
  if (!inRollWindow && !inHolding) return null;
  const rows = indexPositions.map((position) => ({
    number: book.numbers.get(position.id) ?? 0,
    code: contractCode(position.spec.symbol, year, month),
  }));
  return { expiry, rollDate: roll, reason: inRollWindow ? 'roll-window' : 'holding', rows };
}

// ---------------------------------------------------------------------------------------------------------
// Gaps

/** Gap statistics rounded as shown: half-up to 0.01 point and 0.01 %. */
export interface GapStatsFigures {
  readonly count: number;
  readonly medianPoints: Dec;
  readonly p95Points: Dec;
  readonly p99Points: Dec;
  readonly medianPercent: Dec;
  readonly p95Percent: Dec;
  readonly p99Percent: Dec;
  /** The largest gap by size, signed, with its % and date. */
  readonly largestPoints: Dec;
  readonly largestPercent: Dec;
  readonly largestDate: CalendarDate;
}

/** One bar of the gap histogram (float edges: a chart boundary). */
export interface GapHistogramBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  /** The whole bin lies beyond the stop, against the position. */
  readonly beyondStop: boolean;
}

/** The gap statistics of a bar series: what does not depend on the stop (the same object per series). */
export interface GapStudyFigures {
  /** The bars studied: the newest `GAP_STUDY_MAX_BARS` of the file. */
  readonly barCount: number;
  /** The bars in the file. */
  readonly barsInFile: number;
  readonly gapCount: number;
  /** Bars whose gap is left out, and why (the first few messages; the count is `skippedCount`). */
  readonly skipped: readonly string[];
  readonly skippedCount: number;
  readonly overall: GapStatsFigures | null;
  /** Per weekday of the bar, Monday first, only weekdays the file has (0 = Sunday … 6 = Saturday). */
  readonly byWeekday: readonly { readonly weekday: number; readonly stats: GapStatsFigures }[];
  readonly weekend: GapScenario | null;
  readonly overnight: GapScenario | null;
}

export interface GapFigures {
  /** The statistics, kept as one object while the bars are unchanged (typing a stop reuses it). */
  readonly study: GapStudyFigures;
  /** Signed gaps in points, 25 bins over [−M, M], M covering the stop distance. */
  readonly histogram: readonly GapHistogramBin[];
  /** The sizer's stop distance in points and its side, when a stop is set. */
  readonly stop: { readonly distancePoints: Dec; readonly side: Side } | null;
  /** How many gaps would have opened beyond that stop; the share half-up to 0.1 %. */
  readonly jump: {
    readonly jumped: number;
    readonly total: number;
    readonly sharePercent: Dec | null;
  } | null;
}

/** Bins of the histogram. */
const HISTOGRAM_BINS = 25;
/** Messages of bars left out that are kept (the rest are counted). */
const SKIPPED_SHOWN = 3;

/**
 * A float statistic as a Dec half-up to 0.01: read at 15 significant digits first, so that float noise
 * of the interpolation (12.344999…) does not decide the last digit.
 */
function statisticHundredths(value: number): Dec {
  return new D(value.toPrecision(15)).toDecimalPlaces(2, ROUND_HALF_UP);
}

function statsFigures(stats: GapStats): GapStatsFigures {
  const largest = stats.largestByPoints;
  return {
    count: stats.count,
    medianPoints: statisticHundredths(stats.medianAbsPoints),
    p95Points: statisticHundredths(stats.p95AbsPoints),
    p99Points: statisticHundredths(stats.p99AbsPoints),
    medianPercent: statisticHundredths(stats.medianAbsPercent),
    p95Percent: statisticHundredths(stats.p95AbsPercent),
    p99Percent: statisticHundredths(stats.p99AbsPercent),
    largestPoints: statisticHundredths(largest.points),
    largestPercent: statisticHundredths(largest.percent),
    largestDate: largest.date,
  };
}

/** Monday first, as a trading week reads; Saturday and Sunday last (files stamped the evening before). */
const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/**
 * Gap statistics read the newest this many bars: about 40 years of daily bars, which is all a daily file
 * holds, while a file of 100,000 bars (intraday, or a long synthetic series) still studies in a few tens of
 * milliseconds instead of holding the page for half a second after its import.
 */
export const GAP_STUDY_MAX_BARS = 10_000;

/** The newest `GAP_STUDY_MAX_BARS` bars of `bars` (all of them when there are no more). */
function newestBars(bars: DailyBars): DailyBars {
  const count = Math.min(bars.dates.length, bars.open.length, bars.close.length);
  if (count <= GAP_STUDY_MAX_BARS) return bars;
  const from = count - GAP_STUDY_MAX_BARS;
  return {
    dates: bars.dates.slice(from, count),
    open: bars.open.subarray(from, count),
    close: bars.close.subarray(from, count),
  };
}

/** The gaps of a bar series (its newest bars) and what does not depend on the stop: the same object per series. */
const gapStudyOf = memoizeLast((allBars: DailyBars) => {
  const bars = newestBars(allBars);
  const series: GapSeries = gapsFromDailyBars(bars);
  const report = gapReport(series.gaps);
  const scenarios = gapStressScenarios(series.gaps);
  return { bars, series, report, scenarios };
});

/** The gap scenarios' moves (in %) for the stress: null without bars or without such gaps. */
export function gapScenarioMoves(bars: DailyBars | null): {
  readonly weekend: GapScenario | null;
  readonly overnight: GapScenario | null;
} {
  if (bars === null) return { weekend: null, overnight: null };
  return gapStudyOf(bars).scenarios;
}

function histogramOf(gaps: readonly Gap[], stopPoints: number | null, side: Side | null): GapHistogramBin[] {
  const values = Float64Array.from(gaps, (gap) => gap.points);
  return gapHistogram(values, HISTOGRAM_BINS, stopPoints ?? 0).map((bin) => ({
    ...bin,
    beyondStop:
      stopPoints !== null &&
      side !== null &&
      (side === 'long' ? bin.upper <= -stopPoints : bin.lower >= stopPoints),
  }));
}

/** The statistics of a bar series' gaps, as shown: the same object while the series is the same. */
const gapStudyFiguresOf = memoizeLast((bars: DailyBars): GapStudyFigures => {
  const { bars: studied, series, report, scenarios } = gapStudyOf(bars);
  return {
    barCount: Math.min(studied.dates.length, studied.open.length, studied.close.length),
    barsInFile: Math.min(bars.dates.length, bars.open.length, bars.close.length),
    gapCount: series.gaps.length,
    skipped: series.skipped.slice(0, SKIPPED_SHOWN).map((skip) => skip.message),
    skippedCount: series.skipped.length,
    overall: report.overall === null ? null : statsFigures(report.overall),
    byWeekday: WEEKDAY_ORDER.flatMap((weekday) => {
      const stats = report.byWeekday[weekday];
      return stats === null || stats === undefined ? [] : [{ weekday, stats: statsFigures(stats) }];
    }),
    weekend: scenarios.weekend,
    overnight: scenarios.overnight,
  };
});

const gapFiguresOf = memoizeLast((bars: DailyBars, stopText: string, side: Side | null): GapFigures => {
  const { series } = gapStudyOf(bars);
  const stop = stopText === '' || side === null ? null : { distancePoints: new D(stopText), side };
  const stopPoints = stop === null ? null : stop.distancePoints.toNumber();
  const jump =
    stop === null || stopPoints === null ? null : gapJumpFrequency(series.gaps, stopPoints, stop.side);
  return {
    study: gapStudyFiguresOf(bars),
    histogram: histogramOf(series.gaps, stopPoints, side),
    stop,
    jump:
      jump === null
        ? null
        : {
            jumped: jump.jumped,
            total: jump.total,
            sharePercent:
              jump.share === null
                ? null
                : new D(jump.jumped).mul(100).div(jump.total).toDecimalPlaces(1, ROUND_HALF_UP),
          },
  };
});

// ---------------------------------------------------------------------------------------------------------
// The section

export interface CalendarFigures {
  readonly today: CalendarDate | null;
  readonly nextEvents: NextEventsFigures | null;
  readonly month: MonthGrid | null;
  /** Messages at user event fields, keyed `${rowId}.${field}`. */
  readonly userEventErrors: Readonly<Record<string, string>>;
  readonly userEventsLeftOut: readonly UserEventLeftOut[];
  readonly clock: SessionClockFigures | null;
  readonly sizerSession: SizerSessionFigures | null;
  readonly holding: HoldingFigures | null;
  readonly sizedSoq: SizedSoqFigures | null;
  readonly bookSoq: BookSoqFigures | null;
  readonly gaps: GapFigures | null;
}

/** What the section is computed from (read after the sizer, so that its fields are parsed once). */
export interface CalendarInput {
  readonly read: FieldReader<InputKey>;
  readonly texts: Readonly<Record<InputKey, string>>;
  readonly today: CalendarDate | null;
  readonly now: CalendarNow | null;
  readonly book: ParsedBook;
  readonly userEvents: readonly UserEventText[];
  readonly holdingDays: number | null;
  readonly sizerSession: SizerSessionFigures | null;
  /** The sizer's contract, its front month's codes and last trading day, its side, entry and stop. */
  readonly sizer: {
    readonly symbol: string | null;
    readonly frontMonth: { readonly codes: readonly string[]; readonly lastTradingDay: CalendarDate } | null;
    readonly side: Side | null;
    readonly stopDistancePoints: Dec | null;
  };
  /** The imported daily bars, or null. */
  readonly bars: DailyBars | null;
  /** The products the sizer and the book may name (for the sizer's mix partner). */
  readonly registry: ProductRegistry;
}

/** The products whose rolls and last trading days are listed ('*' = every product). */
function productScopeKey(
  scope: (typeof EVENTS_PRODUCT_SCOPES)[number],
  symbol: string | null,
  mix: boolean,
  book: ParsedBook,
  registry: ProductRegistry,
): string {
  if (scope === 'all') return '*';
  const symbols = new Set<string>();
  if (symbol !== null) {
    symbols.add(symbol);
    const spec = registry.get(symbol);
    const pair = mix && spec !== undefined ? pairOf(spec, registry) : null;
    if (pair !== null) {
      symbols.add(pair.standard.symbol);
      symbols.add(pair.micro.symbol);
    }
  }
  for (const position of book.positions) symbols.add(position.spec.symbol);
  return [...symbols].sort().join(',');
}

/** Computes the Calendar section. Never throws; fields with problems get messages via `read`. */
export function computeCalendar(input: CalendarInput): CalendarFigures {
  const { read, texts, today, now, book, holdingDays, sizer } = input;
  const lookAhead = read.choice('eventsLookAhead', EVENTS_LOOK_AHEAD_DAYS);
  const scope = read.choice('eventsProducts', EVENTS_PRODUCT_SCOPES);
  const eventMultiplier = read.number('eventAtrMultiplier', RULES.eventAtrMultiplier);
  const currentMultiplier = read.number('atrMultiplier', RULES.atrMultiplier);
  const users = userEventsOf(input.userEvents);

  let nextEventsFigures: NextEventsFigures | null = null;
  let month: MonthGrid | null = null;
  let holding: HoldingFigures | null = null;
  let sizedSoq: SizedSoqFigures | null = null;
  let bookSoqFigures: BookSoqFigures | null = null;
  if (today !== null) {
    const todayIso = formatIsoDate(today);
    const symbolsKey =
      scope === null ? '' : productScopeKey(scope, sizer.symbol, texts.mix === 'true', book, input.registry);
    if (lookAhead !== null && scope !== null) {
      const days = Number(lookAhead);
      const through = addCalendarDays(today, days);
      const events = eventsOfIsoRange(todayIso, formatIsoDate(through), symbolsKey, users.events);
      const coverage = fomcScheduleCoverage(today, through);
      nextEventsFigures = {
        lookAheadDays: days,
        through,
        events: upcomingOf(todayIso, events),
        fomcUnpublishedAfter: coverage.endsAfterPublished ? coverage.publishedThrough : null,
        productScope: scope,
      };
    }
    const shown = shownMonth(texts.calendarMonth, today);
    // A week either side covers the leading and trailing days of the grid.
    const gridFrom = addCalendarDays({ year: shown.year, month: shown.month, day: 1 }, -7);
    const gridTo = addCalendarDays(
      { year: shown.year, month: shown.month, day: daysInMonth(shown.year, shown.month) },
      7,
    );
    const monthEvents = monthEventsOfIsoRange(
      formatIsoDate(gridFrom),
      formatIsoDate(gridTo),
      symbolsKey,
      users.events,
    );
    month = monthGridOf(shown.year, shown.month, monthEvents, todayIso);

    if (holdingDays !== null) {
      const candidates = holdingEventsOf(todayIso, holdingDays, users.events);
      const check = eventsInHoldingPeriod(today, holdingDays, candidates, {
        ...(eventMultiplier === null ? {} : { eventAtrMultiplier: eventMultiplier }),
        ...(currentMultiplier === null ? {} : { currentAtrMultiplier: currentMultiplier }),
      });
      if (check !== null) {
        holding = {
          from: check.from,
          to: check.to,
          events: check.highImportanceEvents,
          suggestedMultiplier: eventMultiplier === null ? null : check.suggestedAtrMultiplier,
          offer: eventMultiplier !== null && check.offer,
          atrStop: texts.stopMethod === 'atr',
        };
      }
      const front = sizer.frontMonth;
      if (front !== null && heldIntoExpiry(today, holdingDays, front.lastTradingDay)) {
        sizedSoq = { codes: front.codes, expiry: front.lastTradingDay };
      }
    }
    bookSoqFigures = bookSoq(book, today, holdingDays);
  }

  const clock =
    now === null || sizer.symbol === null
      ? null
      : sessionClockOf(now.ms, now.timeZone, sizer.symbol, SIZER_PRODUCT_CLASS);

  const gaps =
    input.bars === null
      ? null
      : gapFiguresOf(
          input.bars,
          sizer.stopDistancePoints === null ? '' : sizer.stopDistancePoints.toString(),
          sizer.side,
        );

  return {
    today,
    nextEvents: nextEventsFigures,
    month,
    userEventErrors: users.errors,
    userEventsLeftOut: users.leftOut,
    clock,
    sizerSession: input.sizerSession,
    holding,
    sizedSoq,
    bookSoq: bookSoqFigures,
    gaps,
  };
}
