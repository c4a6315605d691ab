import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../decimal';
import { computeDesk } from '../desk';
import { GAP_STUDY_MAX_BARS } from '../events/calendarDesk';
import { DEFAULT_INPUTS, type Inputs } from '../inputs';
import {
  createCalendarPresenter,
  durationText,
  longDateText,
  multiplierText,
  presentCalendar,
  utcOffsetText,
  wallClockText,
} from './presentCalendar';

/** Epoch ms of a UTC instant. */
const at = (iso: string) => Date.parse(iso);

describe('clock and duration texts', () => {
  it.each([
    // 2026-11-22 23:00Z = Sunday 17:00 CST (UTC−6) = Monday 00:00 in Berlin (CET, UTC+1).
    ['2026-11-22T23:00:00Z', 'America/Chicago', 'Sun 17:00'],
    ['2026-11-22T23:00:00Z', 'Europe/Berlin', 'Mon 00:00'],
    // 2027-03-14 22:00Z = Sunday 17:00 CDT (UTC−5, DST started that morning) = 23:00 CET in Berlin.
    ['2027-03-14T22:00:00Z', 'America/Chicago', 'Sun 17:00'],
    ['2027-03-14T22:00:00Z', 'Europe/Berlin', 'Sun 23:00'],
    ['2027-03-14T22:00:00Z', 'Asia/Kolkata', 'Mon 03:30'],
  ])('%s in %s is %s', (iso, zone, text) => {
    expect(wallClockText(at(iso), zone)).toBe(text);
  });

  it.each([
    [-300, 'UTC−05:00'],
    [60, 'UTC+01:00'],
    [330, 'UTC+05:30'],
    [0, 'UTC+00:00'],
  ])('offset %i min is %s', (minutes, text) => {
    expect(utcOffsetText(minutes)).toBe(text);
  });

  it.each([
    [{ days: 0, hours: 0, minutes: 0 }, 'under 1 min'],
    [{ days: 0, hours: 0, minutes: 1 }, '1 min'],
    [{ days: 0, hours: 1, minutes: 0 }, '1 h'],
    [{ days: 2, hours: 0, minutes: 59 }, '2 d 59 min'],
  ])('%o is %s', (duration, text) => {
    expect(durationText(duration)).toBe(text);
  });

  it.each([
    ['3', '3.0'],
    ['3.0', '3.0'],
    ['2.75', '2.75'],
  ])('multiplier %s is typed back as %s', (value, text) => {
    expect(multiplierText(new D(value))).toBe(text);
  });

  it('names a day in full for the month view', () => {
    expect(longDateText({ year: 2026, month: 12, day: 9 })).toBe('Wednesday 9 December 2026');
  });
});

describe('the Calendar view of a desk', () => {
  const view = (changes: Partial<Inputs>, ms = at('2026-11-25T21:59:00Z'), timeZone = 'America/Chicago') =>
    presentCalendar(
      computeDesk(
        { ...DEFAULT_INPUTS, ...changes },
        { today: { year: 2026, month: 11, day: 25 }, now: { ms, timeZone }, studyBars: null },
      ).calendar,
    );

  it('shows the Globex state and the next change in the trader’s zone', () => {
    // Wednesday 15:59 CST: ETH; the daily halt in 1 min.
    const shown = view({ symbol: 'ES' });
    expect(shown.sessionState).toBe('Open — ETH (extended hours)');
    expect(shown.sessionNext).toBe(
      'in 1 min: Wed 16:00 CT = Wed 16:00 your time — daily halt (16:00–17:00 CT)',
    );
    expect(shown.sessionZone).toBe('America/Chicago (UTC−06:00)');
    expect(shown.sessionChanges.map((change) => change.what)).toEqual([
      'daily halt (16:00–17:00 CT)',
      'Globex reopens: ETH',
      'RTH opens',
      'RTH closes: ETH',
      'daily halt (16:00–17:00 CT)',
    ]);
  });

  it('lists Next events with days to go and the month with today marked', () => {
    const shown = view({ eventsLookAhead: '30' });
    // 2026-11-25 → 2026-12-08 (second Tuesday, NFIB): 13 days; FOMC 2026-12-09: 14 days.
    const nfib = shown.nextEvents.find((event) => event.date === '2026-12-08');
    expect(nfib?.title).toBe('NFIB small business survey');
    expect(nfib?.daysToGo).toBe('in 13 days');
    expect(shown.nextEvents.find((event) => event.date === '2026-12-09')?.daysToGo).toBe('in 14 days');
    expect(shown.nextEventsNote).toMatch(/^Through 2026-12-25 \(30 days\)/);
    expect(shown.monthTitle).toBe('November 2026');
    expect(shown.monthBefore).toBe('2026-10');
    expect(shown.monthAfter).toBe('2026-12');
    const today = shown.monthWeeks.flat().filter((day) => day.isToday);
    expect(today.map((day) => day.date)).toEqual(['2026-11-25']);
  });

  it('names the session the sizer assumes for a planned entry', () => {
    expect(view({ plannedEntryTime: '09:00' }).sessionAssumed).toBe(
      'RTH at the planned entry (Thu 09:00 CT)',
    );
    expect(view({ plannedEntryTime: '16:30' }).sessionAssumed).toBe(
      'Daily halt at the planned entry (Wed 16:30 CT)',
    );
  });
});

describe('gaps of a long file', () => {
  /** `count` daily bars from 1990-01-01 on, every day; bar i opens 1 point above the close before it. */
  const dailyBars = (count: number) => {
    const dates: string[] = [];
    const open = new Float64Array(count);
    const close = new Float64Array(count);
    const day = Date.UTC(1990, 0, 1);
    for (let i = 0; i < count; i++) {
      dates.push(new Date(day + i * 86_400_000).toISOString().slice(0, 10));
      close[i] = 1000;
      open[i] = i === 0 ? 1000 : 1001;
    }
    return { dates, open, close };
  };
  const gapsOf = (count: number) =>
    presentCalendar(
      computeDesk(DEFAULT_INPUTS, {
        today: { year: 2026, month: 11, day: 25 },
        studyBars: null,
        bars: dailyBars(count),
      }).calendar,
    ).gapsSummary;

  it.each([
    // 9,999 gaps of +1 point between 10,000 bars: every bar is studied.
    [GAP_STUDY_MAX_BARS, '10000 bars, 9999 gaps'],
    // 10,005 bars: the newest 10,000 are studied (9,999 gaps among them), and the summary says so.
    [GAP_STUDY_MAX_BARS + 5, 'The newest 10,000 of 10,005 bars, 9999 gaps'],
  ])('%i bars: "%s"', (count, start) => {
    expect(gapsOf(count).startsWith(start)).toBe(true);
  });
});

describe('the Calendar presenter’s memory', () => {
  // Ten weekday bars (2026-11-02 … 2026-11-13) closing at 2000; each opens this many points from the close before it.
  const GAPS = [-12, -6, -3, 2, -11, 7, -5, 1, -20];
  const weekdays = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
  const bars = {
    dates: weekdays.map((day) => `2026-11-${day}`),
    open: Float64Array.from([2000, ...GAPS.map((gap) => 2000 + gap)]),
    close: new Float64Array(weekdays.length).fill(2000),
  };
  const env = {
    today: { year: 2026, month: 11, day: 25 },
    now: { ms: at('2026-11-25T15:00:00Z'), timeZone: 'Europe/Berlin' },
    studyBars: null,
    bars,
  };
  const calendarWithStop = (stopPrice: string) =>
    computeDesk(
      { ...DEFAULT_INPUTS, symbol: 'M2K', side: 'long', entry: '2000', stopMethod: 'price', stopPrice },
      env,
    ).calendar;

  it('re-formats only the stop’s gap texts when the stop moves, and shows what a presenter without memory shows', () => {
    const present = createCalendarPresenter();
    const wide = present(calendarWithStop('1990'));
    const tight = present(calendarWithStop('1995'));
    // A long's stop 10 points away is jumped by the gaps below −10 (−12, −11, −20): 3 of 9 = 33.3 %;
    // 5 points away also by −6: 4 of 9 = 44.4 % (−5 opens at the stop, not beyond it).
    expect(wide.gapJump).toBe('3 of 9 (33.3%)');
    expect(tight.gapJump).toBe('4 of 9 (44.4%)');
    expect(tight.gapRows).toBe(wide.gapRows);
    expect(tight.gapRows.at(-1)?.count).toBe('9');
    expect(tight.sessionChanges).toBe(wide.sessionChanges);
    expect(tight.sessionChanges.length).toBeGreaterThan(0);
    expect(tight.monthWeeks).toBe(wide.monthWeeks);
    expect(tight.nextEvents).toBe(wide.nextEvents);
    expect(tight).toEqual(presentCalendar(calendarWithStop('1995')));
  });

  it('shows a stop moved step by step (either side, or none) exactly as a presenter without memory would', () => {
    const step = fc.record({
      side: fc.constantFrom('long', 'short'),
      // Stop prices 0.0 … 30.0 points from the entry on M2K's 0.1 grid; 0 leaves the stop unset.
      tenths: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        const present = createCalendarPresenter();
        for (const { side, tenths } of steps) {
          const offset = (side === 'long' ? -tenths : tenths) / 10;
          const figures = computeDesk(
            {
              ...DEFAULT_INPUTS,
              symbol: 'M2K',
              side,
              entry: '2000',
              stopMethod: 'price',
              stopPrice: tenths === 0 ? '' : (2000 + offset).toFixed(1),
            },
            env,
          ).calendar;
          expect(present(figures)).toEqual(presentCalendar(figures));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the gap statistics as one object while the bars are the same', () => {
    const wide = calendarWithStop('1990').gaps;
    const tight = calendarWithStop('1995').gaps;
    expect(tight?.study).toBe(wide?.study);
    expect(tight?.study.gapCount).toBe(9);
    expect(tight?.jump).toEqual({ jumped: 4, total: 9, sharePercent: new D('44.4') });
  });
});
