/**
 * The sizer's `Holding days` check: which high-importance events fall inside the planned holding period,
 * and the event ATR multiplier to OFFER (FACTS.md: 3.0 × ATR around FOMC and inflation releases instead
 * of 2–2.5 ×). Nothing is changed: the result says what to offer and the trader accepts it in one click.
 *
 * Holding period = [entry date, entry date + holding days], both ends inclusive, in CALENDAR days (the
 * unit of `daysToGo` and of `daysToExpiry` in calendar.ts): 0 holding days is a day trade (the entry day
 * only); 1 is held overnight into the next calendar day. Calendar days rather than trading days because
 * core has no complete exchange-holiday calendar; the check is inclusive at both ends, so an event on the
 * entry day (even after the entry time) or on the exit day counts: the safe side. A trader who thinks in
 * trading days over a weekend should enter the calendar span (5 trading days from a Monday = 4 calendar
 * days; from a Thursday = 6).
 */
import type { CalendarDate } from '../calendar';
import { D, type Dec } from '../decimal';
import { parseNumberText, type NumberRule, type Parsed } from '../parse';
import { addCalendarDays, isDateWithin } from './dates';
import { compareEvents, type CalendarEvent } from './events';

/** `Event ATR multiplier` default: 3.0 × ATR (FACTS.md). */
export const DEFAULT_EVENT_ATR_MULTIPLIER: Dec = new D('3.0');

/** `Holding days`: a whole number of calendar days from 0 (day trade) to 365. */
export const HOLDING_DAYS_RULE: NumberRule = { unit: 'plain', min: '0', max: '365', integer: true };

/** `Event ATR multiplier`: greater than 0, at most 10. */
export const EVENT_ATR_MULTIPLIER_RULE: NumberRule = {
  unit: 'plain',
  min: '0',
  minExclusive: true,
  max: '10',
};

/** Parses the `Holding days` field: empty, a whole number of days, or a message. */
export function parseHoldingDaysText(text: string): Parsed<number> {
  const parsed = parseNumberText(text, HOLDING_DAYS_RULE);
  return parsed.status === 'ok' ? { status: 'ok', value: parsed.value.toNumber() } : parsed;
}

export interface HoldingPeriodCheck {
  /** The entry date. */
  readonly from: CalendarDate;
  /** The last day held: entry date + holding days. */
  readonly to: CalendarDate;
  /** High-importance events inside [from, to], in list order. */
  readonly highImportanceEvents: readonly CalendarEvent[];
  /** The event multiplier to offer; null when no high-importance event falls inside. */
  readonly suggestedAtrMultiplier: Dec | null;
  /**
   * True when the offer should be shown: an event falls inside and the current multiplier (when known) is
   * below the suggestion. Never applied by core.
   */
  readonly offer: boolean;
}

export interface HoldingPeriodOptions {
  /** The `Event ATR multiplier` setting; 3.0 by default. */
  readonly eventAtrMultiplier?: Dec;
  /** The stop's current ATR multiplier, when the stop is ATR-based. */
  readonly currentAtrMultiplier?: Dec;
}

function isValidHoldingDays(holdingDays: number): boolean {
  return Number.isSafeInteger(holdingDays) && holdingDays >= 0;
}

/**
 * The high-importance events inside the holding period starting on `entryDate` (today, or the planned
 * entry date). Null when `holdingDays` is not a whole number ≥ 0 (parse the field with
 * `parseHoldingDaysText` first; core never throws on input).
 */
export function eventsInHoldingPeriod(
  entryDate: CalendarDate,
  holdingDays: number,
  events: readonly CalendarEvent[],
  options: HoldingPeriodOptions = {},
): HoldingPeriodCheck | null {
  if (!isValidHoldingDays(holdingDays)) return null;
  const to = addCalendarDays(entryDate, holdingDays);
  const inside = events
    .filter((event) => event.importance === 'high' && isDateWithin(event.date, entryDate, to))
    .sort(compareEvents);
  const multiplier = options.eventAtrMultiplier ?? DEFAULT_EVENT_ATR_MULTIPLIER;
  const suggested = inside.length > 0 ? multiplier : null;
  const current = options.currentAtrMultiplier;
  return {
    from: entryDate,
    to,
    highImportanceEvents: inside,
    suggestedAtrMultiplier: suggested,
    offer: suggested !== null && (current === undefined || current.lt(suggested)),
  };
}

/**
 * True when a position entered on `entryDate` and held `holdingDays` calendar days is still open on the
 * expiry date (the SOQ flag): entry ≤ expiry ≤ entry + holding days. False for an invalid holding days.
 */
export function heldIntoExpiry(
  entryDate: CalendarDate,
  holdingDays: number,
  expiryDate: CalendarDate,
): boolean {
  return (
    isValidHoldingDays(holdingDays) &&
    isDateWithin(expiryDate, entryDate, addCalendarDays(entryDate, holdingDays))
  );
}
