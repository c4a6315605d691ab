import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../calendar';
import { builtInEvents } from './builtInEvents';
import {
  eventsBetween,
  monthGrid,
  nextEvents,
  parseUserEvent,
  parseUserEvents,
  type CalendarEvent,
  type EventImportance,
} from './events';

const d = (year: number, month: number, day: number) => ({ year, month, day });

function userEvent(id: string, date: string, title: string, importance: EventImportance): CalendarEvent {
  const parsed = parseUserEvent({ id, date, title, importance });
  if (parsed.status !== 'ok') throw new Error(`bad test event ${id}`);
  return parsed.event;
}

describe('eventsBetween', () => {
  it('merges the lists, keeps both ends, sorts by date, importance (high first), title', () => {
    const user = [
      userEvent('u1', '2026-03-18', 'Zeta earnings', 'low'),
      userEvent('u2', '2026-03-18', 'CPI', 'high'),
      userEvent('u3', '2026-03-18', 'Alpha earnings', 'low'),
      userEvent('u4', '2026-03-21', 'outside', 'high'),
    ];
    const events = eventsBetween(d(2026, 3, 10), d(2026, 3, 20), [
      user,
      builtInEvents(d(2026, 3, 1), d(2026, 3, 31)),
    ]);
    expect(events.map((event) => `${formatIsoDate(event.date)} ${event.importance} ${event.title}`)).toEqual([
      '2026-03-10 medium NFIB small business survey',
      '2026-03-18 high CPI',
      '2026-03-18 high FOMC decision',
      '2026-03-18 low Alpha earnings',
      '2026-03-18 low Zeta earnings',
      '2026-03-20 high Quarterly index expiry',
    ]);
  });

  it('keeps the first list’s event when two lists share an id', () => {
    const first = [userEvent('same', '2026-03-18', 'First', 'high')];
    const second = [userEvent('same', '2026-03-18', 'Second', 'high')];
    expect(eventsBetween(d(2026, 3, 1), d(2026, 3, 31), [first, second]).map((event) => event.title)).toEqual(
      ['First'],
    );
  });

  it('is empty when from is after to', () => {
    expect(
      eventsBetween(d(2026, 4, 1), d(2026, 3, 1), [builtInEvents(d(2026, 1, 1), d(2026, 12, 31))]),
    ).toEqual([]);
  });
});

describe('Next events', () => {
  // Today Monday 2 Feb 2026. NFIB: second Tuesday 10 Feb (8 days), 10 Mar (36); FOMC 18 Mar (44); expiry 20 Mar (46).
  const today = d(2026, 2, 2);
  const events = builtInEvents(today, d(2026, 12, 31));

  it('lists the NFIB on the second Tuesday and the FOMC decision days with days to go', () => {
    const upcoming = nextEvents(today, events, { count: 4 });
    expect(upcoming.map((item) => [formatIsoDate(item.event.date), item.event.kind, item.daysToGo])).toEqual([
      ['2026-02-10', 'nfib', 8],
      ['2026-03-10', 'nfib', 36],
      ['2026-03-18', 'fomc', 44],
      ['2026-03-20', 'index-expiry', 46],
    ]);
  });

  it('counts today as 0 days to go and leaves past events out', () => {
    const upcoming = nextEvents(d(2026, 3, 18), events, { count: 2 });
    expect(upcoming.map((item) => [formatIsoDate(item.event.date), item.daysToGo])).toEqual([
      ['2026-03-18', 0],
      ['2026-03-20', 2],
    ]);
  });

  it('cuts at the horizon (inclusive)', () => {
    expect(nextEvents(today, events, { horizonDays: 8 }).map((item) => item.daysToGo)).toEqual([8]);
    expect(nextEvents(today, events, { horizonDays: 7 })).toEqual([]);
  });

  it('returns every future event without a limit', () => {
    expect(nextEvents(d(2026, 12, 1), events).map((item) => item.daysToGo)).toEqual([7, 8, 17]);
  });
});

describe('month grid', () => {
  it('covers March 2026 in 5 whole weeks from Sunday 1 March, events on their days', () => {
    const grid = monthGrid(2026, 3, builtInEvents(d(2026, 2, 1), d(2026, 4, 30)), { today: d(2026, 3, 18) });
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    const days = grid.weeks.flat();
    expect(formatIsoDate(days[0]?.date ?? d(0, 1, 1))).toBe('2026-03-01');
    expect(formatIsoDate(days[34]?.date ?? d(0, 1, 1))).toBe('2026-04-04');
    expect(days.filter((day) => !day.inMonth)).toHaveLength(4);
    const withEvents = days
      .filter((day) => day.events.length > 0)
      .map((day) => `${formatIsoDate(day.date)} ${day.events.map((event) => event.kind).join('+')}`);
    expect(withEvents).toEqual(['2026-03-10 nfib', '2026-03-18 fomc', '2026-03-20 index-expiry']);
    expect(days.filter((day) => day.isToday).map((day) => formatIsoDate(day.date))).toEqual(['2026-03-18']);
  });

  it.each([
    // February 2026: Sunday 1 … Saturday 28, exactly 4 weeks from Sunday; from Monday it needs 5.
    [2026, 2, 'sunday', 4, '2026-02-01', '2026-02-28'],
    [2026, 2, 'monday', 5, '2026-01-26', '2026-03-01'],
    // August 2026 starts on a Saturday and ends on a Monday: 6 weeks from Sunday.
    [2026, 8, 'sunday', 6, '2026-07-26', '2026-09-05'],
  ] as const)('%i-%i from %s: %i weeks, %s … %s', (year, month, weekStartsOn, weekCount, first, last) => {
    const grid = monthGrid(year, month, [], { weekStartsOn });
    const days = grid.weeks.flat();
    expect(grid.weeks).toHaveLength(weekCount);
    expect(formatIsoDate(days[0]?.date ?? d(0, 1, 1))).toBe(first);
    expect(formatIsoDate(days[days.length - 1]?.date ?? d(0, 1, 1))).toBe(last);
    expect(days.some((day) => day.isToday)).toBe(false);
  });
});

describe('user events', () => {
  it('parses a valid row, trimming and ignoring letter case of the importance', () => {
    expect(
      parseUserEvent({
        id: 'u1',
        date: ' 2026-03-11 ',
        title: ' CPI ',
        importance: 'High',
        note: ' 8:30 ET ',
      }),
    ).toEqual({
      status: 'ok',
      event: {
        id: 'u1',
        date: d(2026, 3, 11),
        title: 'CPI',
        kind: 'user',
        importance: 'high',
        note: '8:30 ET',
        source: 'user',
        tentative: false,
        symbol: null,
      },
    });
  });

  it.each([
    [
      { date: '2026-02-30', title: 'CPI', importance: 'high' },
      { date: '"2026-02-30" is not a date. Enter YYYY-MM-DD, e.g. 2026-03-18.' },
    ],
    [
      { date: '11/03/2026', title: '', importance: 'urgent' },
      {
        date: '"11/03/2026" is not a date. Enter YYYY-MM-DD, e.g. 2026-03-18.',
        title: 'Enter a title, e.g. CPI.',
        importance: '"urgent" is not an importance. Choose high, medium or low.',
      },
    ],
    [
      { date: '', title: 'NFP', importance: '' },
      { date: 'Enter the date as YYYY-MM-DD, e.g. 2026-03-18.', importance: 'Choose high, medium or low.' },
    ],
    [
      { date: '2026-03-11', title: 'x'.repeat(81), importance: 'low' },
      { title: 'Keep the title to 80 characters (this one has 81).' },
    ],
  ])('rejects %o with a message per field', (fields, errors) => {
    expect(parseUserEvent({ id: 'u', ...fields })).toEqual({ status: 'error', errors });
  });

  it('treats a blank row as not entered yet, and keeps the valid rows when others are bad', () => {
    const parsed = parseUserEvents([
      { id: 'a', date: '2026-03-11', title: 'CPI', importance: 'high' },
      { id: 'b', date: '', title: ' ', importance: '' },
      { id: 'c', date: '2026-03-12', title: 'PPI', importance: 'huge' },
      { id: 'd', date: '2026-04-03', title: 'NFP', importance: 'high' },
    ]);
    expect(parsed.events.map((event) => event.id)).toEqual(['a', 'd']);
    expect(parsed.leftOut).toEqual([
      {
        index: 2,
        id: 'c',
        errors: { importance: '"huge" is not an importance. Choose high, medium or low.' },
      },
    ]);
  });
});
