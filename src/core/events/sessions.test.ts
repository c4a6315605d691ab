import { describe, expect, it } from 'vitest';
import { D } from '../decimal';
import {
  calendarDateInZone,
  globexSessionAt,
  isEthAt,
  isKnownTimeZone,
  isOutsideRthAt,
  parseClockTimeText,
  sessionCostBasis,
  wholeMinutesDown,
  zonedParts,
  zonedTimeToEpochMs,
  type SessionProductClass,
} from './sessions';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) =>
  ms === undefined ? 'none' : new Date(ms).toISOString().slice(0, 16) + 'Z';

// Chicago is UTC−6 in standard time (CST) and UTC−5 in daylight time (CDT). US DST 2026: 8 Mar – 1 Nov;
// 2027: from 14 Mar. Europe/Berlin is UTC+1 (CET) and UTC+2 (CEST); EU DST 2026: 29 Mar – 25 Oct.
describe('Globex clock for ES (equity index)', () => {
  it.each([
    // [label, instant, state, next change, next state]
    ['Sun 4 Jan 16:59 CST', '2026-01-04T22:59:00Z', 'weekend', '2026-01-04T23:00Z', 'eth'],
    ['Sun 4 Jan 17:00 CST', '2026-01-04T23:00:00Z', 'eth', '2026-01-05T14:30Z', 'rth'],
    ['Wed 7 Jan 08:29 CST', '2026-01-07T14:29:00Z', 'eth', '2026-01-07T14:30Z', 'rth'],
    ['Wed 7 Jan 08:30 CST', '2026-01-07T14:30:00Z', 'rth', '2026-01-07T21:00Z', 'eth'],
    ['Wed 7 Jan 14:59 CST', '2026-01-07T20:59:00Z', 'rth', '2026-01-07T21:00Z', 'eth'],
    ['Wed 7 Jan 15:59 CST', '2026-01-07T21:59:00Z', 'eth', '2026-01-07T22:00Z', 'daily-halt'],
    ['Wed 7 Jan 16:00 CST', '2026-01-07T22:00:00Z', 'daily-halt', '2026-01-07T23:00Z', 'eth'],
    ['Wed 7 Jan 16:59 CST', '2026-01-07T22:59:00Z', 'daily-halt', '2026-01-07T23:00Z', 'eth'],
    ['Wed 7 Jan 17:00 CST', '2026-01-07T23:00:00Z', 'eth', '2026-01-08T14:30Z', 'rth'],
    ['Wed 7 Jan 16:59:59.999 CST', '2026-01-07T22:59:59.999Z', 'daily-halt', '2026-01-07T23:00Z', 'eth'],
    ['Thu 8 Jan 23:59 CST', '2026-01-09T05:59:00Z', 'eth', '2026-01-09T14:30Z', 'rth'],
    ['Fri 9 Jan 15:59 CST', '2026-01-09T21:59:00Z', 'eth', '2026-01-09T22:00Z', 'weekend'],
    ['Fri 9 Jan 16:00 CST', '2026-01-09T22:00:00Z', 'weekend', '2026-01-11T23:00Z', 'eth'],
    ['Sat 10 Jan 12:00 CST', '2026-01-10T18:00:00Z', 'weekend', '2026-01-11T23:00Z', 'eth'],
    // Wednesday in daylight time: the same wall times one hour earlier in UTC.
    ['Wed 15 Jul 15:59 CDT', '2026-07-15T20:59:00Z', 'eth', '2026-07-15T21:00Z', 'daily-halt'],
    ['Wed 15 Jul 16:00 CDT', '2026-07-15T21:00:00Z', 'daily-halt', '2026-07-15T22:00Z', 'eth'],
  ])('%s', (_label, instant, state, nextChange, nextState) => {
    const session = globexSessionAt(at(instant), 'equity-index');
    expect([session?.state, iso(session?.nextChangeMs), session?.nextState]).toEqual([
      state,
      nextChange,
      nextState,
    ]);
  });
});

describe('DST change weekends: Sunday 17:00 CT opens at the right UTC instant on both sides', () => {
  it.each([
    // Spring 2026: closes Fri 6 Mar 16:00 CST (22:00Z), opens Sun 8 Mar 17:00 CDT (22:00Z): 49 wall-clock hours less the
    // hour the clocks skip = 48 hours.
    ['2026-03-06T22:00:00Z', '2026-03-08T22:00Z', 48 * 60],
    // Spring 2027: closes Fri 12 Mar 16:00 CST (22:00Z), opens Sun 14 Mar 17:00 CDT (22:00Z).
    ['2027-03-12T22:00:00Z', '2027-03-14T22:00Z', 48 * 60],
    // Autumn 2026: closes Fri 30 Oct 16:00 CDT (21:00Z), opens Sun 1 Nov 17:00 CST (23:00Z): 49 + 1 = 50 hours.
    ['2026-10-30T21:00:00Z', '2026-11-01T23:00Z', 50 * 60],
  ])('weekend from %s opens at %s after %i minutes', (close, open, minutes) => {
    const session = globexSessionAt(at(close), 'equity-index');
    expect(session?.state).toBe('weekend');
    expect(iso(session?.nextChangeMs)).toBe(open);
    expect(wholeMinutesDown(at(close), session?.nextChangeMs ?? 0).totalMinutes).toBe(minutes);
  });

  it.each([
    ['2026-03-08T21:59:00Z', 'weekend'], // 16:59 CDT
    ['2026-03-08T22:00:00Z', 'eth'], // 17:00 CDT
    ['2027-03-14T21:59:00Z', 'weekend'],
    ['2027-03-14T22:00:00Z', 'eth'],
    ['2026-11-01T22:59:00Z', 'weekend'], // 16:59 CST
    ['2026-11-01T23:00:00Z', 'eth'], // 17:00 CST
    ['2026-11-01T22:00:00Z', 'weekend'], // 16:00 CST: still shut (it would be 17:00 in daylight time)
  ])('%s is %s', (instant, state) => {
    expect(globexSessionAt(at(instant), 'equity-index')?.state).toBe(state);
  });
});

describe('the open in the trader’s zone (Europe/Berlin switches on other dates than the US)', () => {
  it.each([
    // Both in standard time: 17:00 CST = 00:00 CET Monday.
    ['2026-03-01T22:00:00Z', '2026-03-01T23:00Z', 2, 0, 1],
    // US already in daylight time, Berlin not yet: 17:00 CDT = 23:00 CET, still Sunday.
    ['2026-03-15T21:00:00Z', '2026-03-15T22:00Z', 15, 23, 0],
    // Both in daylight time: 17:00 CDT = 00:00 CEST Monday.
    ['2026-04-12T21:00:00Z', '2026-04-12T22:00Z', 13, 0, 1],
    // Berlin back in standard time, US not yet: 17:00 CDT = 23:00 CET Sunday.
    ['2026-10-25T21:00:00Z', '2026-10-25T22:00Z', 25, 23, 0],
    // Both in standard time again.
    ['2026-11-01T22:00:00Z', '2026-11-01T23:00Z', 2, 0, 1],
  ])('before %s the open is %s = Berlin day %i %i:00 (weekday %i)', (instant, open, day, hour, weekday) => {
    const session = globexSessionAt(at(instant), 'equity-index');
    expect(iso(session?.nextChangeMs)).toBe(open);
    const berlin = zonedParts(session?.nextChangeMs ?? 0, 'Europe/Berlin');
    expect([berlin?.day, berlin?.hour, berlin?.minute, berlin?.weekday]).toEqual([day, hour, 0, weekday]);
  });
});

describe('classes without an RTH split', () => {
  it.each([
    ['metals', '2026-01-07T16:00:00Z', 'open', '2026-01-07T22:00Z', 'daily-halt'], // Wed 10:00 CST
    ['energy', '2026-01-04T23:00:00Z', 'open', '2026-01-05T22:00Z', 'daily-halt'], // Sun 17:00 → Mon 16:00
    ['fx', '2026-01-09T22:00:00Z', 'weekend', '2026-01-11T23:00Z', 'open'],
  ] as const)('%s at %s is %s', (productClass, instant, state, nextChange, nextState) => {
    const session = globexSessionAt(at(instant), productClass);
    expect([session?.state, iso(session?.nextChangeMs), session?.nextState]).toEqual([
      state,
      nextChange,
      nextState,
    ]);
  });
});

describe('ETH and outside RTH', () => {
  it.each([
    ['2026-01-07T14:30:00Z', 'equity-index', false, false], // Wed 08:30 CST, RTH
    ['2026-01-07T21:30:00Z', 'equity-index', true, true], // Wed 15:30, ETH
    ['2026-01-07T22:30:00Z', 'equity-index', false, true], // daily halt
    ['2026-01-10T18:00:00Z', 'equity-index', false, true], // Saturday
    ['2026-01-07T16:00:00Z', 'metals', false, false], // open, no split
    ['2026-01-07T22:30:00Z', 'metals', false, true], // halt
  ] as const)('%s %s: ETH %s, outside RTH %s', (instant, productClass: SessionProductClass, eth, outside) => {
    expect(isEthAt(at(instant), productClass)).toBe(eth);
    expect(isOutsideRthAt(at(instant), productClass)).toBe(outside);
  });

  it('gives the sizer the ETH slippage and margin basis outside RTH only', () => {
    const regular = { slippageTicks: D(1), marginBasis: 'dayTrade' as const };
    const eth = { slippageTicks: D(3), marginBasis: 'initial' as const };
    const inRth = sessionCostBasis(at('2026-01-07T15:00:00Z'), 'equity-index', regular, eth);
    const overnight = sessionCostBasis(at('2026-01-08T03:00:00Z'), 'equity-index', regular, eth);
    expect([inRth.slippageTicks.toString(), inRth.marginBasis, inRth.outsideRth]).toEqual([
      '1',
      'dayTrade',
      false,
    ]);
    expect([overnight.slippageTicks.toString(), overnight.marginBasis, overnight.outsideRth]).toEqual([
      '3',
      'initial',
      true,
    ]);
  });
});

describe('wall-clock parts in any IANA zone', () => {
  it.each([
    // Chicago's spring switch: 07:59Z is 01:59 CST, 08:00Z is 03:00 CDT.
    ['2026-03-08T07:59:00Z', 'America/Chicago', [2026, 3, 8, 1, 59, 0, -360]],
    ['2026-03-08T08:00:00Z', 'America/Chicago', [2026, 3, 8, 3, 0, 0, -300]],
    ['2026-03-18T18:00:00Z', 'Asia/Tokyo', [2026, 3, 19, 3, 0, 4, 540]],
    ['2026-03-18T18:00:00Z', 'Asia/Kolkata', [2026, 3, 18, 23, 30, 3, 330]],
    ['2026-03-18T18:00:00Z', 'UTC', [2026, 3, 18, 18, 0, 3, 0]],
  ] as const)('%s in %s', (instant, zone, expected) => {
    const parts = zonedParts(at(instant), zone);
    expect([
      parts?.year,
      parts?.month,
      parts?.day,
      parts?.hour,
      parts?.minute,
      parts?.weekday,
      parts?.offsetMinutes,
    ]).toEqual(expected);
  });

  it('is null for an unknown zone or a non-finite instant', () => {
    expect(zonedParts(0, 'Mars/Olympus')).toBeNull();
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(zonedParts(Number.NaN, 'UTC')).toBeNull();
  });

  it('gives the trader’s local date', () => {
    // 23:30 UTC on 18 March is already 19 March in Berlin and still 18 March in Chicago.
    expect(calendarDateInZone(at('2026-03-18T23:30:00Z'), 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 3,
      day: 19,
    });
    expect(calendarDateInZone(at('2026-03-18T23:30:00Z'), 'America/Chicago')).toEqual({
      year: 2026,
      month: 3,
      day: 18,
    });
  });
});

describe('wall time to instant', () => {
  it.each([
    [{ year: 2026, month: 3, day: 8 }, 17 * 60, 'America/Chicago', '2026-03-08T22:00Z'],
    [{ year: 2026, month: 3, day: 1 }, 17 * 60, 'America/Chicago', '2026-03-01T23:00Z'],
    // Inside the spring gap: 02:30 does not exist, read as 03:30 CDT.
    [{ year: 2026, month: 3, day: 8 }, 2 * 60 + 30, 'America/Chicago', '2026-03-08T08:30Z'],
    // Twice in the autumn: 01:30 happens in CDT, then in CST; the earlier (CDT) instant.
    [{ year: 2026, month: 11, day: 1 }, 60 + 30, 'America/Chicago', '2026-11-01T06:30Z'],
    [{ year: 2026, month: 3, day: 29 }, 2 * 60 + 30, 'Europe/Berlin', '2026-03-29T01:30Z'],
    [{ year: 2026, month: 10, day: 25 }, 2 * 60 + 30, 'Europe/Berlin', '2026-10-25T00:30Z'],
  ])('%o minute %i in %s → %s', (date, minute, zone, expected) => {
    expect(iso(zonedTimeToEpochMs(date, minute, zone) ?? undefined)).toBe(expected);
  });

  it('is null for a minute outside the day or an unknown zone', () => {
    expect(zonedTimeToEpochMs({ year: 2026, month: 3, day: 8 }, 1440, 'UTC')).toBeNull();
    expect(zonedTimeToEpochMs({ year: 2026, month: 3, day: 8 }, 60, 'Nowhere/None')).toBeNull();
  });
});

describe('time to the next change', () => {
  it.each([
    [0, 47 * 3_600_000, { days: 1, hours: 23, minutes: 0, totalMinutes: 2820 }],
    [0, 59_999, { days: 0, hours: 0, minutes: 0, totalMinutes: 0 }],
    [0, 90 * 60_000 + 59_000, { days: 0, hours: 1, minutes: 30, totalMinutes: 90 }],
    [10, 0, { days: 0, hours: 0, minutes: 0, totalMinutes: 0 }],
  ])('%i → %i ms', (from, to, expected) => {
    expect(wholeMinutesDown(from, to)).toEqual(expected);
  });
});

describe('parseClockTimeText', () => {
  it.each([
    ['08:30', { status: 'ok', value: 510 }],
    ['9:05', { status: 'ok', value: 545 }],
    ['23:59', { status: 'ok', value: 1439 }],
    ['', { status: 'empty' }],
    ['24:00', { status: 'error', message: '"24:00" is not a time. Enter HH:MM (24-hour), e.g. 08:30.' }],
    ['8.30', { status: 'error', message: '"8.30" is not a time. Enter HH:MM (24-hour), e.g. 08:30.' }],
  ])('%s', (text, expected) => {
    expect(parseClockTimeText(text)).toEqual(expected);
  });
});
