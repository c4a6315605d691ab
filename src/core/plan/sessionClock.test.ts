import { describe, expect, it } from 'vitest';
import {
  epochMsOfWallTime,
  latestWallTimeAtOrBefore,
  nextSessionEndMs,
  parseTimeZone,
  wallTimeAt,
  type TimeZone,
} from './sessionClock';

const ms = (iso: string) => Date.parse(iso);
const iso = (epochMs: number) => new Date(epochMs).toISOString();

function zone(name: string): TimeZone {
  const tz = parseTimeZone(name);
  if (tz === null) throw new Error(`unknown zone ${name}`);
  return tz;
}

const CHICAGO = zone('America/Chicago');
const BERLIN = zone('Europe/Berlin');

describe('time zones', () => {
  it.each([
    ['America/Chicago', true],
    ['Europe/Berlin', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%s is known: %s', (name, known) => {
    expect(parseTimeZone(name) !== null).toBe(known);
  });
});

describe('wall time', () => {
  it.each([
    // US DST began 2026-03-08 at 02:00 CST: 12:00Z is 07:00 CDT (UTC−5)
    ['2026-03-08T12:00:00Z', CHICAGO, [2026, 3, 8, 7, 0, 0]],
    ['2026-03-08T07:59:59Z', CHICAGO, [2026, 3, 8, 1, 59, 59]],
    ['2026-01-15T00:30:00Z', CHICAGO, [2026, 1, 14, 18, 30, 0]],
    ['2026-07-01T22:00:00Z', BERLIN, [2026, 7, 2, 0, 0, 0]],
  ] as const)('%s in %s', (instant, tz, expected) => {
    const w = wallTimeAt(ms(instant), tz);
    expect([w.year, w.month, w.day, w.hour, w.minute, w.second]).toEqual(expected);
  });

  it.each([
    // plain winter and summer times
    [[2026, 1, 15, 9, 0], CHICAGO, '2026-01-15T15:00:00.000Z'],
    [[2026, 7, 15, 9, 0], CHICAGO, '2026-07-15T14:00:00.000Z'],
    // 02:30 does not exist on 2026-03-08 in Chicago: the clock shows 03:30 CDT at 08:30Z
    [[2026, 3, 8, 2, 30], CHICAGO, '2026-03-08T08:30:00.000Z'],
    // 01:30 happens twice on 2026-11-01 in Chicago: the earlier (CDT, UTC−5)
    [[2026, 11, 1, 1, 30], CHICAGO, '2026-11-01T06:30:00.000Z'],
    // Europe switches on the last Sunday of March, 2026-03-29, 02:00 CET → 03:00 CEST
    [[2026, 3, 29, 2, 30], BERLIN, '2026-03-29T01:30:00.000Z'],
    [[2026, 10, 25, 2, 30], BERLIN, '2026-10-25T00:30:00.000Z'],
  ] as const)('%j in %s is %s', ([year, month, day, hour, minute], tz, expected) => {
    expect(iso(epochMsOfWallTime({ year, month, day, hour, minute }, tz))).toBe(expected);
  });
});

describe('the end of the CME session (17:00 Chicago)', () => {
  it.each([
    // Friday 09:00 CST → Friday 17:00 CST (UTC−6)
    ['2026-03-06T15:00:00.000Z', '2026-03-06T23:00:00.000Z'],
    // Saturday 17:30 CST, the evening before DST begins → Sunday 17:00 CDT, only 22.5 h later
    ['2026-03-07T23:30:00.000Z', '2026-03-08T22:00:00.000Z'],
    // Sunday 07:00 CDT, after the switch
    ['2026-03-08T12:00:00.000Z', '2026-03-08T22:00:00.000Z'],
    // one millisecond before 17:00 CDT, and 17:00 exactly (a new session has begun)
    ['2026-03-08T21:59:59.999Z', '2026-03-08T22:00:00.000Z'],
    ['2026-03-08T22:00:00.000Z', '2026-03-09T22:00:00.000Z'],
    // Saturday 17:30 CDT, the evening before DST ends → Sunday 17:00 CST, 24.5 h later
    ['2026-10-31T22:30:00.000Z', '2026-11-01T23:00:00.000Z'],
    // 01:30 CDT and 01:30 CST on the night of the switch
    ['2026-11-01T06:30:00.000Z', '2026-11-01T23:00:00.000Z'],
    ['2026-11-01T07:30:00.000Z', '2026-11-01T23:00:00.000Z'],
    // a summer afternoon: 16:59 CDT → 17:00 CDT
    ['2026-07-01T21:59:00.000Z', '2026-07-01T22:00:00.000Z'],
    // late evening CST is already the next session
    ['2026-12-31T23:30:00.000Z', '2027-01-01T23:00:00.000Z'],
  ])('at %s the session ends %s', (instant, end) => {
    expect(iso(nextSessionEndMs(ms(instant)))).toBe(end);
  });
});

describe('a time typed without a date', () => {
  it.each([
    // now 09:00 CDT on 2026-03-10
    [8, 30, '2026-03-10T14:00:00Z', CHICAGO, '2026-03-10T13:30:00.000Z'],
    [9, 0, '2026-03-10T14:00:00Z', CHICAGO, '2026-03-10T14:00:00.000Z'],
    // 22:15 has not come yet today: the previous evening, 22:15 CDT
    [22, 15, '2026-03-10T14:00:00Z', CHICAGO, '2026-03-10T03:15:00.000Z'],
    // yesterday evening was still CST (before the switch on 2026-03-08)
    [22, 15, '2026-03-08T14:00:00Z', CHICAGO, '2026-03-08T04:15:00.000Z'],
    // a trader in Berlin at 15:00 CET
    [14, 5, '2026-03-10T14:00:00Z', BERLIN, '2026-03-10T13:05:00.000Z'],
  ])('%i:%i at %s in %s is %s', (hour, minute, now, tz, expected) => {
    expect(iso(latestWallTimeAtOrBefore(hour, minute, ms(now), tz))).toBe(expected);
  });
});
