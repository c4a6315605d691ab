/**
 * The built-in events of the Calendar section, generated for a date range (both ends inclusive), each
 * with its rule or source:
 *
 * - FOMC decision days (high): the dates the Federal Reserve publishes (FACTS.md), the second day of each
 *   meeting, statement 2:00 p.m. ET. Published for 2026 and 2027 only; 26 Jan 2028 is listed as tentative.
 *   No date is invented beyond the list: `fomcScheduleCoverage` says when a range runs past it.
 *   Source: https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm
 * - NFIB Small Business Optimism Index (medium): the second Tuesday of every month, usually 6:00 a.m. ET.
 * - Russell US index reconstitution (medium): effective after the close on the fourth Friday of June,
 *   every year. From 2026 a second, semi-annual reconstitution: FTSE Russell's announcement of
 *   16 Jan 2025 gives "the second Friday in November, beginning November 2026"; its note of 16 Feb 2026 on
 *   the November 2025 parallel run speaks of "the official transition to a semi-annual reconstitution
 *   schedule in December 2026". The published sources disagree on the month and no exact 2026 date is
 *   published in them, so the November rule is generated as a TENTATIVE event with that caveat in its note;
 *   a confirmed date, once published, goes into `RUSSELL_SECOND_RECON_CONFIRMED` and replaces it.
 *   Sources: https://lseg.com/en/media-centre/press-releases/ftse-russell/2025/russell-us-indexes-move-to-semi-annual-reconstitution
 *   and https://www.lseg.com/en/ftse-russell/research/insights-from-the-november-2025-russell-us-indexes-parallel-run
 * - Quarterly index expiry (high): the last trading day of the March-cycle equity index futures, the third
 *   Friday of Mar/Jun/Sep/Dec or the day before when that Friday is an exchange holiday (Good Friday,
 *   Juneteenth), from `lastTradingDay` in calendar.ts; final settlement at the Special Opening Quotation.
 * - Product rolls and last trading days: not generated here; `contractDateEvent` turns each product's
 *   dates (from the product registry) into events.
 */
import { formatIsoDate, lastTradingDay, thirdFriday, type CalendarDate } from '../calendar';
import { compareDates, isDateWithin, isSameDate, monthsBetween, nthWeekdayOfMonth } from './dates';
import { compareEvents, type CalendarEvent, type EventImportance } from './events';

const FRIDAY = 5;
const TUESDAY = 2;

function date(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

/** FOMC decision days as published by the Federal Reserve (FACTS.md). */
export const FOMC_DECISION_DAYS: readonly CalendarDate[] = [
  date(2026, 1, 28),
  date(2026, 3, 18),
  date(2026, 4, 29),
  date(2026, 6, 17),
  date(2026, 7, 29),
  date(2026, 9, 16),
  date(2026, 10, 28),
  date(2026, 12, 9),
  date(2027, 1, 27),
  date(2027, 3, 17),
  date(2027, 4, 28),
  date(2027, 6, 9),
  date(2027, 7, 28),
  date(2027, 9, 15),
  date(2027, 10, 27),
  date(2027, 12, 8),
];

/** Decision days the Fed lists as tentative (the first meeting of the next, unpublished year). */
export const FOMC_TENTATIVE_DECISION_DAYS: readonly CalendarDate[] = [date(2028, 1, 26)];

/** The published schedule covers these whole years. */
export const FOMC_SCHEDULE_YEARS = { first: 2026, last: 2027 } as const;

export const FOMC_SOURCE = 'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm';

/** Whether a range lies inside the published FOMC schedule (the presenter words the notice). */
export interface FomcCoverage {
  readonly publishedFrom: CalendarDate;
  readonly publishedThrough: CalendarDate;
  /** The range starts before the first published year: earlier decisions are not listed. */
  readonly startsBeforePublished: boolean;
  /** The range ends after the last published year: the schedule is not published yet (no dates invented). */
  readonly endsAfterPublished: boolean;
}

export function fomcScheduleCoverage(from: CalendarDate, to: CalendarDate): FomcCoverage {
  const publishedFrom = date(FOMC_SCHEDULE_YEARS.first, 1, 1);
  const publishedThrough = date(FOMC_SCHEDULE_YEARS.last, 12, 31);
  return {
    publishedFrom,
    publishedThrough,
    startsBeforePublished: compareDates(from, publishedFrom) < 0,
    endsAfterPublished: compareDates(to, publishedThrough) > 0,
  };
}

/** FOMC decision days in [from, to], the tentative ones flagged. */
export function fomcEvents(from: CalendarDate, to: CalendarDate): CalendarEvent[] {
  const make = (day: CalendarDate, tentative: boolean): CalendarEvent => ({
    id: `fomc:${formatIsoDate(day)}`,
    date: day,
    title: 'FOMC decision',
    kind: 'fomc',
    importance: 'high',
    note: tentative
      ? 'Policy statement 2:00 p.m. ET. Tentative date: the Fed has not published this year’s schedule yet.'
      : 'Policy statement 2:00 p.m. ET.',
    source: FOMC_SOURCE,
    tentative,
    symbol: null,
  });
  return [
    ...FOMC_DECISION_DAYS.map((day) => make(day, false)),
    ...FOMC_TENTATIVE_DECISION_DAYS.map((day) => make(day, true)),
  ]
    .filter((event) => isDateWithin(event.date, from, to))
    .sort(compareEvents);
}

export const NFIB_RULE =
  'NFIB Small Business Optimism Index: usually released the second Tuesday of the month, 6:00 a.m. ET (FACTS.md).';

/** The NFIB Small Business Optimism release: the second Tuesday of each month. */
export function nfibReleaseDate(year: number, month: number): CalendarDate {
  // Every month has at least four Tuesdays, so the second one always exists.
  return nthWeekdayOfMonth(year, month, TUESDAY, 2) ?? date(year, month, 8);
}

/** NFIB release days in [from, to]. */
export function nfibEvents(from: CalendarDate, to: CalendarDate): CalendarEvent[] {
  return monthsBetween(from, to)
    .map(({ year, month }) => nfibReleaseDate(year, month))
    .filter((day) => isDateWithin(day, from, to))
    .map((day) => ({
      id: `nfib:${formatIsoDate(day)}`,
      date: day,
      title: 'NFIB small business survey',
      kind: 'nfib' as const,
      importance: 'medium' as const,
      note: 'Small Business Optimism Index, usually 6:00 a.m. ET: moves small caps (RTY, M2K).',
      source: NFIB_RULE,
      tentative: false,
      symbol: null,
    }));
}

export const RUSSELL_ANNOUNCEMENT_SOURCE =
  'https://lseg.com/en/media-centre/press-releases/ftse-russell/2025/russell-us-indexes-move-to-semi-annual-reconstitution';
export const RUSSELL_PARALLEL_RUN_SOURCE =
  'https://www.lseg.com/en/ftse-russell/research/insights-from-the-november-2025-russell-us-indexes-parallel-run';

/** The first year with a second (semi-annual) reconstitution. */
export const RUSSELL_SEMI_ANNUAL_FROM = 2026;

/**
 * Confirmed dates of the second reconstitution, by year, with their source, once FTSE Russell publishes
 * them; a year listed here replaces the tentative November rule. Empty: no exact date is published in the
 * sources found (see the module comment).
 */
export const RUSSELL_SECOND_RECON_CONFIRMED: readonly {
  readonly date: CalendarDate;
  readonly source: string;
}[] = [];

/** The June reconstitution: effective after the close on the fourth Friday of June. */
export function russellJuneReconDate(year: number): CalendarDate {
  // June always has four Fridays.
  return nthWeekdayOfMonth(year, 6, FRIDAY, 4) ?? date(year, 6, 22);
}

/** The tentative second reconstitution from 2026: the second Friday of November (January 2025 announcement). */
export function russellNovemberReconDate(year: number): CalendarDate {
  return nthWeekdayOfMonth(year, 11, FRIDAY, 2) ?? date(year, 11, 8);
}

function russellEvent(day: CalendarDate, note: string, source: string, tentative: boolean): CalendarEvent {
  return {
    id: `russell-recon:${formatIsoDate(day)}`,
    date: day,
    title: 'Russell reconstitution',
    kind: 'russell-recon',
    importance: 'medium',
    note,
    source,
    tentative,
    symbol: null,
  };
}

/** Russell US index reconstitutions in [from, to]. */
export function russellReconEvents(from: CalendarDate, to: CalendarDate): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (let year = from.year; year <= to.year; year += 1) {
    events.push(
      russellEvent(
        russellJuneReconDate(year),
        'Effective after the close (fourth Friday of June): heavy small-cap volume into the close, liquidity reshaped after.',
        `Fourth Friday of June; ${RUSSELL_ANNOUNCEMENT_SOURCE}`,
        false,
      ),
    );
    if (year < RUSSELL_SEMI_ANNUAL_FROM) continue;
    const confirmed = RUSSELL_SECOND_RECON_CONFIRMED.find((entry) => entry.date.year === year);
    events.push(
      confirmed === undefined
        ? russellEvent(
            russellNovemberReconDate(year),
            'Semi-annual reconstitution, effective after the close. Tentative: announced (Jan 2025) for the second Friday of November; FTSE Russell’s Feb 2026 note speaks of December 2026. Check FTSE Russell’s schedule.',
            `Second Friday of November (announcement of 16 Jan 2025): ${RUSSELL_ANNOUNCEMENT_SOURCE}; see also ${RUSSELL_PARALLEL_RUN_SOURCE}`,
            true,
          )
        : russellEvent(
            confirmed.date,
            'Semi-annual reconstitution, effective after the close.',
            confirmed.source,
            false,
          ),
    );
  }
  return events.filter((event) => isDateWithin(event.date, from, to)).sort(compareEvents);
}

export const INDEX_EXPIRY_RULE =
  'CME equity index futures: last trading day the third Friday of Mar/Jun/Sep/Dec (the business day before when that Friday is an exchange holiday), trading ends 8:30 a.m. CT, cash settled to the Special Opening Quotation (FACTS.md).';

export const SOQ_NOTE =
  'Final settlement at the Special Opening Quotation (SOQ), computed from each component’s opening price that morning: a position held into expiry carries the open’s gap.';

/** Quarterly equity index expiries in [from, to], holiday moves included. */
export function indexExpiryEvents(from: CalendarDate, to: CalendarDate): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (let year = from.year; year <= to.year; year += 1) {
    for (const month of [3, 6, 9, 12]) {
      const expiry = lastTradingDay(year, month);
      if (!isDateWithin(expiry, from, to)) continue;
      const friday = thirdFriday(year, month);
      const moved = !isSameDate(expiry, friday);
      events.push({
        id: `index-expiry:${formatIsoDate(expiry)}`,
        date: expiry,
        title: 'Quarterly index expiry',
        kind: 'index-expiry',
        importance: 'high',
        note: moved
          ? `${SOQ_NOTE} The third Friday (${formatIsoDate(friday)}) is an exchange holiday: expiry moves to the day before.`
          : SOQ_NOTE,
        source: INDEX_EXPIRY_RULE,
        tentative: false,
        symbol: null,
      });
    }
  }
  return events;
}

/** Every built-in market-wide event in [from, to], sorted (product rolls and last trading days excluded). */
export function builtInEvents(from: CalendarDate, to: CalendarDate): CalendarEvent[] {
  if (compareDates(from, to) > 0) return [];
  return [
    ...fomcEvents(from, to),
    ...nfibEvents(from, to),
    ...russellReconEvents(from, to),
    ...indexExpiryEvents(from, to),
  ].sort(compareEvents);
}

/** One product date from the product registry, for `contractDateEvent`. */
export interface ContractDateInput {
  /** The product, e.g. "M2K" or "MGC". */
  readonly symbol: string;
  /** The contract, e.g. "M2KM6". */
  readonly contractCode: string;
  readonly kind: 'roll' | 'last-trading-day';
  readonly date: CalendarDate;
  /** The rule or URL the date follows. */
  readonly source: string;
  readonly note?: string;
  /** Default: high for a last trading day, medium for a roll. */
  readonly importance?: EventImportance;
}

/** A product's roll or last trading day as an event (id `roll:M2KM6:2026-06-11`). */
export function contractDateEvent(input: ContractDateInput): CalendarEvent {
  const isLast = input.kind === 'last-trading-day';
  return {
    id: `${input.kind}:${input.contractCode}:${formatIsoDate(input.date)}`,
    date: input.date,
    title: `${input.contractCode} ${isLast ? 'last trading day' : 'roll'}`,
    kind: input.kind,
    importance: input.importance ?? (isLast ? 'high' : 'medium'),
    note: input.note ?? '',
    source: input.source,
    tentative: false,
    symbol: input.symbol,
  };
}
