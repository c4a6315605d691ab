/**
 * The Calendar section as text: the `Next events` list ("2026-12-09 · FOMC decision · in 18 days"), the
 * month view, the Globex clock in Chicago time and in the trader's own zone ("in 2 h 14 min: Sun 17:00 CT
 * = Mon 00:00 your time"), the sizer's holding-period check, the session it assumed, the SOQ flags and the
 * gap statistics ("12.50 pts (0.63%)"). The figures arrive rounded as shown (events/calendarDesk.ts); wall
 * times come from `zonedParts` (Intl with the IANA zone, so both sides' daylight-saving rules apply).
 */
import { formatIsoDate, type CalendarDate } from '../calendar';
import type { Dec } from '../decimal';
import type {
  BookSoqFigures,
  CalendarFigures,
  GapFigures,
  GapStatsFigures,
  GapStudyFigures,
  HoldingFigures,
  NextEventsFigures,
  SessionClockFigures,
  SizerSessionFigures,
} from '../events/calendarDesk';
import { monthText } from '../events/calendarDesk';
import { SOQ_NOTE } from '../events/builtInEvents';
import { weekdayOf } from '../events/dates';
import type { CalendarEvent, EventImportance, EventKind, MonthGrid } from '../events/events';
import type { GapScenario } from '../events/gaps';
import { EXCHANGE_TIME_ZONE, zonedParts, type SessionState } from '../events/sessions';
import { formatFixed, formatPercent, formatSignedPercent, NO_VALUE } from '../format';
import { memoByValue } from './sameFigures';
import { listSome } from './words';

/** One item of `Next events`. */
export interface NextEventView {
  readonly id: string;
  /** "2026-12-09". */
  readonly date: string;
  /** "Wed". */
  readonly weekday: string;
  readonly title: string;
  /** "today", "tomorrow", "in 18 days". */
  readonly daysToGo: string;
  readonly importance: EventImportance;
  readonly kind: EventKind;
  readonly note: string;
  readonly tentative: boolean;
}

/** One day of the month view. */
export interface MonthDayView {
  /** "2026-12-09". */
  readonly date: string;
  /** "9". */
  readonly day: string;
  /** "Wednesday 9 December 2026". */
  readonly label: string;
  readonly inMonth: boolean;
  readonly isToday: boolean;
  /** The day's events: a short tag for the cell ("FOMC") and the full title. */
  readonly events: readonly {
    readonly id: string;
    readonly tag: string;
    readonly title: string;
    readonly importance: EventImportance;
  }[];
}

/** A coming change of the Globex session. */
export interface SessionChangeView {
  readonly key: string;
  /** "Sun 17:00 CT". */
  readonly exchange: string;
  /** "Mon 00:00". */
  readonly yours: string;
  /** "Globex reopens: ETH". */
  readonly what: string;
}

/** One row of the gap table (a weekday, or every gap). */
export interface GapRowView {
  readonly key: string;
  /** "Monday (weekend gap)", "All gaps". */
  readonly label: string;
  readonly count: string;
  readonly median: string;
  readonly p95: string;
  readonly p99: string;
  readonly largest: string;
}

/** One bar of the gap histogram: its label and its gaps, counted as beyond the stop or not. */
export interface GapBinView {
  readonly label: string;
  /** Gaps of the bin when it does not lie beyond the stop, else 0. */
  readonly within: number;
  /** Gaps of the bin when it lies wholly beyond the stop (against the position), else 0. */
  readonly beyond: number;
}

/** The Calendar section's texts. */
export interface CalendarView {
  readonly nextEvents: readonly NextEventView[];
  /** What the list covers, and the FOMC schedule's end when the list runs past it. */
  readonly nextEventsNote: string;
  /** "December 2026". */
  readonly monthTitle: string;
  /** The `calendarMonth` texts of the months before and after the one shown ("2026-11", "2027-01"). */
  readonly monthBefore: string;
  readonly monthAfter: string;
  readonly monthWeeks: readonly (readonly MonthDayView[])[];
  /** "Event 2 left out: date." or empty. */
  readonly userEventsLeftOut: string;
  /** "Closed — weekend", "Open — ETH (extended hours)". */
  readonly sessionState: string;
  /** "in 1 min: Sun 17:00 CT = Mon 00:00 your time — Globex reopens: ETH". */
  readonly sessionNext: string;
  /** "Europe/Berlin (UTC+01:00)". */
  readonly sessionZone: string;
  readonly sessionChanges: readonly SessionChangeView[];
  /** "FOMC decision 2026-12-09 falls inside the holding period (…)."; empty without holding days. */
  readonly holdingEvents: string;
  /** The button's text ("Use Event ATR multiplier (3.0)"), or empty when nothing is offered. */
  readonly holdingOffer: string;
  /** The value the button puts into `ATR multiplier` ("3.0"), or empty. */
  readonly holdingMultiplierText: string;
  /** Why nothing is offered although an event falls inside, or what the offer changes. */
  readonly holdingOfferNote: string;
  /** "ETH now", "RTH at the planned entry (Mon 09:00 CT)". */
  readonly sessionAssumed: string;
  /** Which slippage and margin basis the sizer uses, and why. */
  readonly sessionAssumedNote: string;
  /** The sized trade's SOQ flag, or empty. */
  readonly sizedSoq: string;
  /** The book's SOQ flag, or empty. */
  readonly bookSoq: string;
  /** "250 bars, 249 gaps." or what to do to see gaps. */
  readonly gapsSummary: string;
  readonly gapRows: readonly GapRowView[];
  readonly gapMedian: string;
  readonly gapP95: string;
  readonly gapP99: string;
  readonly gapLargest: string;
  /** `Weekend gap (p99)`: "2.35%". */
  readonly weekendGap: string;
  readonly weekendGapNote: string;
  readonly overnightGap: string;
  readonly overnightGapNote: string;
  /** "3 of 249 (1.2%)" or "—". */
  readonly gapJump: string;
  readonly gapJumpNote: string;
  readonly gapHistogram: readonly GapBinView[];
  /** The histogram's caption (what is marked). */
  readonly gapHistogramCaption: string;
}

const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const WEEKDAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "Sun 17:00" in `timeZone`, or "—" for an instant the zone cannot show. */
export function wallClockText(ms: number, timeZone: string): string {
  const parts = zonedParts(ms, timeZone);
  if (parts === null) return NO_VALUE;
  return `${WEEKDAY_SHORT[parts.weekday] ?? ''} ${pad2(parts.hour)}:${pad2(parts.minute)}`;
}

/** "UTC+01:00", "UTC−05:00" from an offset in minutes. */
export function utcOffsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** "2 d 1 h 5 min", "2 h 14 min", "1 min", "under 1 min". */
export function durationText(duration: { days: number; hours: number; minutes: number }): string {
  const parts: string[] = [];
  if (duration.days > 0) parts.push(`${duration.days} d`);
  if (duration.hours > 0) parts.push(`${duration.hours} h`);
  if (duration.minutes > 0) parts.push(`${duration.minutes} min`);
  return parts.length === 0 ? 'under 1 min' : parts.join(' ');
}

const STATE_WORDS: Readonly<Record<SessionState, string>> = {
  rth: 'Open — RTH (regular hours)',
  eth: 'Open — ETH (extended hours)',
  open: 'Open',
  'daily-halt': 'Closed — daily halt',
  weekend: 'Closed — weekend',
};

/** What a change into `next` means, from `before`. */
function changeWords(before: SessionState, next: SessionState): string {
  switch (next) {
    case 'rth':
      return 'RTH opens';
    case 'eth':
      return before === 'rth' ? 'RTH closes: ETH' : 'Globex reopens: ETH';
    case 'open':
      return 'Globex reopens';
    case 'daily-halt':
      return 'daily halt (16:00–17:00 CT)';
    case 'weekend':
      return 'weekend close (to Sunday 17:00 CT)';
  }
}

function clockTexts(
  clock: SessionClockFigures | null,
): Pick<CalendarView, 'sessionState' | 'sessionNext' | 'sessionZone' | 'sessionChanges'> {
  if (clock === null) {
    return { sessionState: NO_VALUE, sessionNext: NO_VALUE, sessionZone: NO_VALUE, sessionChanges: [] };
  }
  const yours = (ms: number) => wallClockText(ms, clock.timeZone);
  const exchange = (ms: number) => `${wallClockText(ms, EXCHANGE_TIME_ZONE)} CT`;
  let before = clock.state;
  const changes = clock.changes.map((change) => {
    const view = {
      key: String(change.atMs),
      exchange: exchange(change.atMs),
      yours: yours(change.atMs),
      what: changeWords(before, change.state),
    };
    before = change.state;
    return view;
  });
  const first = changes[0];
  const offset = zonedParts(clock.nowMs, clock.timeZone)?.offsetMinutes;
  return {
    sessionState: STATE_WORDS[clock.state],
    sessionNext:
      first === undefined
        ? NO_VALUE
        : `in ${durationText(clock.untilNext)}: ${first.exchange} = ${first.yours} your time — ${first.what}`,
    sessionZone: `${clock.timeZone}${offset === undefined ? '' : ` (${utcOffsetText(offset)})`}${
      clock.timeZoneKnown ? '' : ': your browser’s zone is not known here, UTC shown'
    }`,
    sessionChanges: changes,
  };
}

/** "today", "tomorrow", "in 18 days". */
function daysToGoText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** A short tag for a month cell. */
function eventTag(event: CalendarEvent): string {
  switch (event.kind) {
    case 'fomc':
      return 'FOMC';
    case 'nfib':
      return 'NFIB';
    case 'russell-recon':
      return 'Russell';
    case 'index-expiry':
      return 'Expiry';
    case 'roll':
      return `${event.symbol ?? ''} roll`;
    case 'last-trading-day':
      return `${event.symbol ?? ''} LTD`;
    case 'user':
      return event.title;
  }
}

function monthTexts(
  grid: MonthGrid | null,
): Pick<CalendarView, 'monthTitle' | 'monthBefore' | 'monthAfter' | 'monthWeeks'> {
  if (grid === null) return { monthTitle: NO_VALUE, monthBefore: '', monthAfter: '', monthWeeks: [] };
  return {
    monthTitle: `${MONTH_NAMES[grid.month - 1] ?? ''} ${grid.year}`,
    monthBefore: monthText(grid.year, grid.month, -1),
    monthAfter: monthText(grid.year, grid.month, 1),
    monthWeeks: grid.weeks.map((week) =>
      week.map((cell) => ({
        date: formatIsoDate(cell.date),
        day: String(cell.date.day),
        label: longDateText(cell.date),
        inMonth: cell.inMonth,
        isToday: cell.isToday,
        events: cell.events.map((event) => ({
          id: event.id,
          tag: eventTag(event),
          title: event.title,
          importance: event.importance,
        })),
      })),
    ),
  };
}

/** `Next events`: the list and the note on what it covers. */
function nextEventsTexts(
  next: NextEventsFigures | null,
): Pick<CalendarView, 'nextEvents' | 'nextEventsNote'> {
  return {
    nextEvents: (next?.events ?? []).map(({ event, daysToGo }) => ({
      id: event.id,
      date: formatIsoDate(event.date),
      weekday: WEEKDAY_SHORT[weekdayOf(event.date)] ?? '',
      title: event.title,
      daysToGo: daysToGoText(daysToGo),
      importance: event.importance,
      kind: event.kind,
      note: event.note,
      tentative: event.tentative,
    })),
    nextEventsNote: nextEventsNote(next),
  };
}

function nextEventsNote(next: NextEventsFigures | null): string {
  if (next === null) return '';
  const products =
    next.productScope === 'all' ? 'every product' : 'the sizer’s contract and the book’s contracts';
  const fomc =
    next.fomcUnpublishedAfter === null
      ? ''
      : ` FOMC dates are published through ${formatIsoDate(next.fomcUnpublishedAfter)}; later decisions are not listed yet.`;
  return `Through ${formatIsoDate(next.through)} (${next.lookAheadDays} days), with the rolls and last trading days of ${products}.${fomc}`;
}

/** A multiplier as typed in the sizer: at least one decimal ("3.0", "3.25"). */
export function multiplierText(multiplier: Dec): string {
  return multiplier.toFixed(Math.max(1, multiplier.decimalPlaces()));
}

function eventOnDate(event: CalendarEvent): string {
  return `${event.title} ${formatIsoDate(event.date)}`;
}

function holdingTexts(
  holding: HoldingFigures | null,
): Pick<CalendarView, 'holdingEvents' | 'holdingOffer' | 'holdingMultiplierText' | 'holdingOfferNote'> {
  if (holding === null) {
    return { holdingEvents: '', holdingOffer: '', holdingMultiplierText: '', holdingOfferNote: '' };
  }
  const period = `the holding period (${formatIsoDate(holding.from)} to ${formatIsoDate(holding.to)})`;
  const count = holding.events.length;
  const holdingEvents =
    count === 0
      ? `No high-importance event falls inside ${period}.`
      : `${listSome(holding.events, eventOnDate, ', ', 4)} ${count === 1 ? 'falls' : 'fall'} inside ${period}.`;
  const suggested = holding.suggestedMultiplier;
  const text = suggested === null ? '' : multiplierText(suggested);
  let note = '';
  if (count > 0 && suggested === null) note = 'Enter a valid Event ATR multiplier to be offered it.';
  else if (count > 0 && !holding.offer) {
    note = `The ATR multiplier is already at least the event multiplier (${text}×).`;
  } else if (holding.offer && !holding.atrStop) {
    note = 'The ATR multiplier moves the stop when the stop method is ATR.';
  }
  return {
    holdingEvents,
    holdingOffer: holding.offer ? `Use Event ATR multiplier (${text})` : '',
    holdingMultiplierText: holding.offer ? text : '',
    holdingOfferNote: note,
  };
}

function sessionAssumedTexts(
  session: SizerSessionFigures | null,
): Pick<CalendarView, 'sessionAssumed' | 'sessionAssumedNote'> {
  if (session === null) return { sessionAssumed: NO_VALUE, sessionAssumedNote: '' };
  const at = `${wallClockText(session.entryMs, EXCHANGE_TIME_ZONE)} CT`;
  const state = {
    rth: 'RTH',
    eth: 'ETH',
    open: 'Open',
    'daily-halt': 'Daily halt',
    weekend: 'Weekend (closed)',
  }[session.state];
  let assumed: string;
  if (session.source === 'planned') assumed = `${state} at the planned entry (${at})`;
  else if (session.weekendNow) assumed = 'Weekend now: sized for RTH';
  else if (session.state === 'daily-halt') assumed = 'Daily halt now: fills at the 17:00 CT reopen (ETH)';
  else assumed = `${state} now`;
  const slippage = session.ethSlippage
    ? 'ETH slippage (ticks) (Slippage (ticks) while it is empty)'
    : 'Slippage (ticks)';
  const margin = session.ethMargin
    ? `the ETH margin basis${session.ethSlippage ? '' : ': held overnight, no day-trade margin'}`
    : 'the Margin basis';
  const weekend = session.weekendNow
    ? ' The market is shut for the weekend: type a Planned entry time to size for the Sunday reopen (ETH).'
    : '';
  return { sessionAssumed: assumed, sessionAssumedNote: `Uses ${slippage} and ${margin}.${weekend}` };
}

function bookSoqText(soq: BookSoqFigures | null): string {
  if (soq === null) return '';
  const rows = listSome(soq.rows, (row) => `${row.number} (${row.code})`, ', ', 5);
  const why =
    soq.reason === 'roll-window'
      ? `the customary roll date ${formatIsoDate(soq.rollDate)} has passed`
      : 'the expiry falls inside the holding period';
  return `Held into the quarterly expiry ${formatIsoDate(soq.expiry)} (${why}): position${soq.rows.length === 1 ? '' : 's'} ${rows}. ${SOQ_NOTE}`;
}

const points = (value: Dec) => `${formatFixed(value, 2)} pts`;

function statText(pointsValue: Dec, percent: Dec): string {
  return `${points(pointsValue)} (${formatPercent(percent)})`;
}

function largestText(stats: GapStatsFigures): string {
  const sign = stats.largestPoints.gt(0) ? '+' : '';
  return `${sign}${points(stats.largestPoints)} (${formatSignedPercent(stats.largestPercent)}) on ${formatIsoDate(stats.largestDate)}`;
}

function rowOf(key: string, label: string, stats: GapStatsFigures): GapRowView {
  return {
    key,
    label,
    count: String(stats.count),
    median: statText(stats.medianPoints, stats.medianPercent),
    p95: statText(stats.p95Points, stats.p95Percent),
    p99: statText(stats.p99Points, stats.p99Percent),
    largest: largestText(stats),
  };
}

function scenarioNote(scenario: GapScenario | null, what: string): string {
  if (scenario === null) return `No ${what} gaps in your bars.`;
  const few = scenario.sampleSize < 100 ? ' (fewer than 100: close to the largest gap)' : '';
  return `99th percentile of |gap| over ${scenario.sampleSize} ${what} gaps${few}, rounded up to 0.01%.`;
}

function weekdayLabel(weekday: number): string {
  const name = WEEKDAY_LONG[weekday] ?? '';
  return weekday === 1 ? `${name} (weekend gap)` : name;
}

/** A histogram bin's label: its centre in points. */
function binLabel(lower: number, upper: number): string {
  const centre = (lower + upper) / 2;
  return (Math.abs(centre) < 1e-9 ? 0 : centre).toFixed(Math.abs(upper - lower) < 1 ? 2 : 1);
}

const NO_GAPS: Pick<
  CalendarView,
  | 'gapsSummary'
  | 'gapRows'
  | 'gapMedian'
  | 'gapP95'
  | 'gapP99'
  | 'gapLargest'
  | 'weekendGap'
  | 'weekendGapNote'
  | 'overnightGap'
  | 'overnightGapNote'
  | 'gapJump'
  | 'gapJumpNote'
  | 'gapHistogram'
  | 'gapHistogramCaption'
> = {
  gapsSummary:
    'Import daily bars (Size section, ATR from bars) to see the gaps between each open and the previous close.',
  gapRows: [],
  gapMedian: NO_VALUE,
  gapP95: NO_VALUE,
  gapP99: NO_VALUE,
  gapLargest: NO_VALUE,
  weekendGap: NO_VALUE,
  weekendGapNote: '',
  overnightGap: NO_VALUE,
  overnightGapNote: '',
  gapJump: NO_VALUE,
  gapJumpNote: '',
  gapHistogram: [],
  gapHistogramCaption: '',
};

/** The texts of the gap statistics (they do not depend on the stop). */
function gapStudyTexts(study: GapStudyFigures): Omit<typeof NO_GAPS, keyof GapStopTexts> {
  const skipped =
    study.skippedCount === 0
      ? ''
      : ` ${study.skippedCount} left out: ${study.skipped.join(' ')}${study.skippedCount > study.skipped.length ? ' …' : ''}`;
  const overall = study.overall;
  return {
    gapsSummary: `${study.barCount < study.barsInFile ? `The newest ${study.barCount.toLocaleString('en-US')} of ${study.barsInFile.toLocaleString('en-US')} bars` : `${study.barCount} bars`}, ${study.gapCount} gaps (open − previous close; Monday = the weekend gap).${skipped}`,
    gapRows: [
      ...study.byWeekday.map((row) => rowOf(String(row.weekday), weekdayLabel(row.weekday), row.stats)),
      ...(overall === null ? [] : [rowOf('all', 'All gaps', overall)]),
    ],
    gapMedian: overall === null ? NO_VALUE : statText(overall.medianPoints, overall.medianPercent),
    gapP95: overall === null ? NO_VALUE : statText(overall.p95Points, overall.p95Percent),
    gapP99: overall === null ? NO_VALUE : statText(overall.p99Points, overall.p99Percent),
    gapLargest: overall === null ? NO_VALUE : largestText(overall),
    weekendGap: study.weekend === null ? NO_VALUE : formatPercent(study.weekend.movePercent),
    weekendGapNote: scenarioNote(study.weekend, 'weekend'),
    overnightGap: study.overnight === null ? NO_VALUE : formatPercent(study.overnight.movePercent),
    overnightGapNote: scenarioNote(study.overnight, 'overnight and holiday'),
  };
}

type GapStopTexts = Pick<CalendarView, 'gapJump' | 'gapJumpNote' | 'gapHistogram' | 'gapHistogramCaption'>;

/** The texts that follow the sizer's stop: how often a gap jumped it, and the histogram marking it. */
function gapStopTexts(gaps: GapFigures): GapStopTexts {
  const stop = gaps.stop;
  const jump = gaps.jump;
  const stopWords =
    stop === null
      ? ''
      : `${points(stop.distancePoints)} ${stop.side === 'long' ? 'below' : 'above'} the close`;
  return {
    gapJump:
      jump === null
        ? NO_VALUE
        : `${jump.jumped} of ${jump.total}${jump.sharePercent === null ? '' : ` (${formatFixed(jump.sharePercent, 1)}%)`}`,
    gapJumpNote:
      jump === null
        ? 'Size a trade (entry and stop) to see how often a gap would have jumped its stop.'
        : `Gaps that opened beyond a stop ${stopWords}, against the ${stop?.side ?? ''} position.`,
    gapHistogram: gaps.histogram.map((bin) => ({
      label: binLabel(bin.lower, bin.upper),
      within: bin.beyondStop ? 0 : bin.count,
      beyond: bin.beyondStop ? bin.count : 0,
    })),
    gapHistogramCaption:
      stop === null
        ? 'Gaps in points (open − previous close).'
        : `Gaps in points (open − previous close); bars beyond the stop (${stopWords}) are marked.`,
  };
}

/** "Event 2 left out: date, title." */
function leftOutText(figures: CalendarFigures): string {
  return figures.userEventsLeftOut
    .map((row) => `Event ${row.number} left out: ${row.fields.join(', ')}.`)
    .join(' ');
}

/**
 * A Calendar presenter with a memory per part (events, month, clock, holding period, session, gaps): a part
 * whose figures are the same by value as the last call's keeps its texts, so typing a price re-formats the
 * stop's gap texts and not the clock, the month or the gap statistics.
 */
export function createCalendarPresenter(): (figures: CalendarFigures) => CalendarView {
  const events = memoByValue(nextEventsTexts);
  const month = memoByValue(monthTexts);
  const clock = memoByValue(clockTexts);
  const holding = memoByValue(holdingTexts);
  const session = memoByValue(sessionAssumedTexts);
  const study = memoByValue(gapStudyTexts);
  const stop = memoByValue(gapStopTexts);
  return (figures) => {
    const sized = figures.sizedSoq;
    const gaps = figures.gaps;
    return {
      ...events(figures.nextEvents),
      ...month(figures.month),
      userEventsLeftOut: leftOutText(figures),
      ...clock(figures.clock),
      ...holding(figures.holding),
      ...session(figures.sizerSession),
      sizedSoq:
        sized === null
          ? ''
          : `Held into expiry: ${sized.codes.join(' · ')} ${sized.codes.length === 1 ? 'stops' : 'stop'} trading ${formatIsoDate(sized.expiry)} inside the holding period. ${SOQ_NOTE}`,
      bookSoq: bookSoqText(figures.bookSoq),
      ...(gaps === null ? NO_GAPS : { ...study(gaps.study), ...stop(gaps) }),
    };
  };
}

/** The Calendar section's texts from its figures (a presenter without memory). */
export function presentCalendar(figures: CalendarFigures): CalendarView {
  return createCalendarPresenter()(figures);
}

/** The date a month cell names for assistive technology: "Wednesday 9 December 2026". */
export function longDateText(date: CalendarDate): string {
  return `${WEEKDAY_LONG[weekdayOf(date)] ?? ''} ${date.day} ${MONTH_NAMES[date.month - 1] ?? ''} ${date.year}`;
}
