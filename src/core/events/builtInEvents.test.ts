import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../calendar';
import {
  builtInEvents,
  contractDateEvent,
  fomcEvents,
  fomcScheduleCoverage,
  indexExpiryEvents,
  nfibEvents,
  nfibReleaseDate,
  russellJuneReconDate,
  russellReconEvents,
} from './builtInEvents';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const isoDates = (events: readonly { date: { year: number; month: number; day: number } }[]) =>
  events.map((event) => formatIsoDate(event.date));

describe('FOMC decision days', () => {
  it('lists the published 2026 and 2027 decision days (FACTS.md), high importance, 2:00 p.m. ET', () => {
    const events = fomcEvents(d(2026, 1, 1), d(2027, 12, 31));
    expect(isoDates(events)).toEqual([
      '2026-01-28',
      '2026-03-18',
      '2026-04-29',
      '2026-06-17',
      '2026-07-29',
      '2026-09-16',
      '2026-10-28',
      '2026-12-09',
      '2027-01-27',
      '2027-03-17',
      '2027-04-28',
      '2027-06-09',
      '2027-07-28',
      '2027-09-15',
      '2027-10-27',
      '2027-12-08',
    ]);
    expect(events.every((event) => event.importance === 'high' && event.kind === 'fomc')).toBe(true);
    expect(events.every((event) => !event.tentative && event.note.includes('2:00 p.m. ET'))).toBe(true);
    expect(events[0]?.id).toBe('fomc:2026-01-28');
  });

  it('invents no date beyond the published list: only the tentative January 2028 meeting, flagged', () => {
    const events = fomcEvents(d(2028, 1, 1), d(2030, 12, 31));
    expect(isoDates(events)).toEqual(['2028-01-26']);
    expect(events[0]?.tentative).toBe(true);
  });

  it.each([
    [d(2026, 1, 1), d(2027, 12, 31), false, false],
    [d(2026, 6, 1), d(2028, 6, 1), false, true],
    [d(2025, 6, 1), d(2026, 6, 1), true, false],
  ])('coverage of %o … %o: before %s, after %s', (from, to, before, after) => {
    const coverage = fomcScheduleCoverage(from, to);
    expect(coverage.startsBeforePublished).toBe(before);
    expect(coverage.endsAfterPublished).toBe(after);
    expect(formatIsoDate(coverage.publishedThrough)).toBe('2027-12-31');
  });
});

describe('NFIB: the second Tuesday of each month, 2026–2030', () => {
  // Independent check: Python's calendar, the second date with weekday() == 1 in each month.
  const secondTuesdays: Record<number, readonly number[]> = {
    2026: [13, 10, 10, 14, 12, 9, 14, 11, 8, 13, 10, 8],
    2027: [12, 9, 9, 13, 11, 8, 13, 10, 14, 12, 9, 14],
    2028: [11, 8, 14, 11, 9, 13, 11, 8, 12, 10, 14, 12],
    2029: [9, 13, 13, 10, 8, 12, 10, 14, 11, 9, 13, 11],
    2030: [8, 12, 12, 9, 14, 11, 9, 13, 10, 8, 12, 10],
  };
  it.each(Object.entries(secondTuesdays))('%s', (yearText, days) => {
    const year = Number(yearText);
    days.forEach((day, index) => {
      expect(nfibReleaseDate(year, index + 1)).toEqual(d(year, index + 1, day));
    });
    const events = nfibEvents(d(year, 1, 1), d(year, 12, 31));
    expect(events.map((event) => event.date.day)).toEqual(days);
    expect(events.every((event) => event.importance === 'medium' && event.kind === 'nfib')).toBe(true);
  });

  it('keeps only the release days inside a partial range', () => {
    // 2026-03-10 is the March release; the range 11 Mar – 13 Apr ends on the April release (14 Apr) minus one.
    expect(isoDates(nfibEvents(d(2026, 3, 11), d(2026, 4, 13)))).toEqual([]);
    expect(isoDates(nfibEvents(d(2026, 3, 10), d(2026, 4, 14)))).toEqual(['2026-03-10', '2026-04-14']);
  });
});

describe('Russell reconstitution, 2026–2030', () => {
  it.each([
    // Fourth Friday of June (Python: the fourth date with weekday() == 4).
    [2026, '2026-06-26'],
    [2027, '2027-06-25'],
    [2028, '2028-06-23'],
    [2029, '2029-06-22'],
    [2030, '2030-06-28'],
    // Known past reconstitutions (FTSE Russell notices): 28 Jun 2024, 26 Jun 2020, 22 Jun 2018.
    [2024, '2024-06-28'],
    [2020, '2020-06-26'],
    [2018, '2018-06-22'],
  ])('June %i: %s', (year, expected) => {
    expect(formatIsoDate(russellJuneReconDate(year))).toBe(expected);
  });

  it.each([
    [2026, '2026-06-26', '2026-11-13'],
    [2027, '2027-06-25', '2027-11-12'],
    [2028, '2028-06-23', '2028-11-10'],
    [2029, '2029-06-22', '2029-11-09'],
    [2030, '2030-06-28', '2030-11-08'],
  ])('%i: June %s (confirmed rule) and a tentative second Friday of November %s', (year, june, november) => {
    const events = russellReconEvents(d(year, 1, 1), d(year, 12, 31));
    expect(isoDates(events)).toEqual([june, november]);
    expect(events.map((event) => event.tentative)).toEqual([false, true]);
    expect(events[1]?.note).toContain('Tentative');
  });

  it('has no second reconstitution before 2026', () => {
    expect(isoDates(russellReconEvents(d(2025, 1, 1), d(2025, 12, 31)))).toEqual(['2025-06-27']);
  });
});

describe('quarterly index expiry, 2026–2030', () => {
  it('is the third Friday of Mar/Jun/Sep/Dec, the Thursday before when Juneteenth falls on it', () => {
    const events = indexExpiryEvents(d(2026, 1, 1), d(2030, 12, 31));
    expect(isoDates(events)).toEqual([
      '2026-03-20',
      '2026-06-18', // Juneteenth, Friday 19 June 2026
      '2026-09-18',
      '2026-12-18',
      '2027-03-19',
      '2027-06-17', // Juneteenth 2027 is a Saturday, observed Friday 18 June
      '2027-09-17',
      '2027-12-17',
      '2028-03-17',
      '2028-06-16',
      '2028-09-15',
      '2028-12-15',
      '2029-03-16',
      '2029-06-15',
      '2029-09-21',
      '2029-12-21',
      '2030-03-15',
      '2030-06-21',
      '2030-09-20',
      '2030-12-20',
    ]);
    expect(
      events.every(
        (event) => event.importance === 'high' && event.note.includes('Special Opening Quotation'),
      ),
    ).toBe(true);
  });

  it.each([
    ['2026-06-18', '2026-06-19'],
    ['2027-06-17', '2027-06-18'],
    // Good Friday 2008 fell on the third Friday of March.
    ['2008-03-20', '2008-03-21'],
  ])('the expiry on %s says the third Friday %s is a holiday', (expiry, friday) => {
    const [year, month] = expiry.split('-').map(Number);
    const events = indexExpiryEvents(d(year ?? 0, month ?? 0, 1), d(year ?? 0, month ?? 0, 28));
    expect(isoDates(events)).toEqual([expiry]);
    expect(events[0]?.note).toContain(`The third Friday (${friday}) is an exchange holiday`);
  });
});

describe('all built-ins', () => {
  it('merges and sorts the sources of March 2026', () => {
    const events = builtInEvents(d(2026, 3, 1), d(2026, 3, 31));
    expect(events.map((event) => `${formatIsoDate(event.date)} ${event.kind}`)).toEqual([
      '2026-03-10 nfib',
      '2026-03-18 fomc',
      '2026-03-20 index-expiry',
    ]);
  });

  it('holds every source for a whole year: 2026 = 8 FOMC + 12 NFIB + 2 Russell + 4 expiries', () => {
    const events = builtInEvents(d(2026, 1, 1), d(2026, 12, 31));
    const count = (kind: string) => events.filter((event) => event.kind === kind).length;
    expect([
      events.length,
      count('fomc'),
      count('nfib'),
      count('russell-recon'),
      count('index-expiry'),
    ]).toEqual([26, 8, 12, 2, 4]);
  });

  it('is empty for a reversed range', () => {
    expect(builtInEvents(d(2026, 4, 1), d(2026, 3, 1))).toEqual([]);
  });
});

describe('product dates as events', () => {
  it.each([
    ['roll', 'medium', 'roll:M2KM6:2026-06-11', 'M2KM6 roll'],
    ['last-trading-day', 'high', 'last-trading-day:M2KM6:2026-06-11', 'M2KM6 last trading day'],
  ] as const)('%s', (kind, importance, id, title) => {
    const event = contractDateEvent({
      symbol: 'M2K',
      contractCode: 'M2KM6',
      kind,
      date: d(2026, 6, 11),
      source: 'registry rule',
    });
    expect(event).toEqual({
      id,
      date: d(2026, 6, 11),
      title,
      kind,
      importance,
      note: '',
      source: 'registry rule',
      tentative: false,
      symbol: 'M2K',
    });
  });

  it('keeps an importance the registry sets', () => {
    const event = contractDateEvent({
      symbol: 'MGC',
      contractCode: 'MGCQ6',
      kind: 'roll',
      date: d(2026, 7, 28),
      source: 'rule',
      importance: 'low',
      note: 'first notice day next',
    });
    expect([event.importance, event.note]).toEqual(['low', 'first notice day next']);
  });
});
