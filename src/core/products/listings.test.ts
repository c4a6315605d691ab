import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../calendar';
import { addCalendarDays } from '../events/dates';
import { addBusinessDays } from './businessDays';
import {
  contractCode,
  firstNoticeDayOf,
  frontContract,
  lastTradingDayOf,
  MONTH_CODES,
  rollDateOf,
  upcomingContracts,
  type LastTradingDayRuleId,
} from './listings';
import { BUILT_IN_REGISTRY } from './registry';

const iso = (text: string) => {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`bad test date ${text}`);
  return date;
};
const fmt = formatIsoDate;
const product = (symbol: string) => {
  const spec = BUILT_IN_REGISTRY.get(symbol);
  if (spec === undefined) throw new Error(`no product ${symbol}`);
  return spec;
};

describe('month codes', () => {
  it('F G H J K M N Q U V X Z, and the contract code form', () => {
    expect(MONTH_CODES.join(' ')).toBe('F G H J K M N Q U V X Z');
    expect(contractCode('MGC', 2026, 4)).toBe('MGCJ6');
    expect(contractCode('6E', 2030, 12)).toBe('6EZ0');
  });
});

describe('metals: against CME’s published Gold futures calendar', () => {
  // https://www.cmegroup.com/markets/metals/precious/gold.calendar.html (2025 rows) and
  // http://www.cmegroup.com/trading/metals/precious/gold_product_calendar_futures.html (2014–2016 rows):
  // contract, last trade, first position day, first notice day.
  it.each([
    ['GCH25', 2025, 3, '2025-03-27', '2025-02-27', '2025-02-28'],
    ['GCJ25', 2025, 4, '2025-04-28', '2025-03-28', '2025-03-31'],
    ['GCK25', 2025, 5, '2025-05-28', '2025-04-29', '2025-04-30'],
    ['GCM25', 2025, 6, '2025-06-26', '2025-05-29', '2025-05-30'],
    ['GCN25', 2025, 7, '2025-07-29', '2025-06-27', '2025-06-30'],
    ['GCQ25', 2025, 8, '2025-08-27', '2025-07-30', '2025-07-31'],
    ['GCU25', 2025, 9, '2025-09-26', '2025-08-28', '2025-08-29'],
    ['GCV25', 2025, 10, '2025-10-29', '2025-09-29', '2025-09-30'],
    ['GCX25', 2025, 11, '2025-11-25', '2025-10-30', '2025-10-31'],
    // Thanksgiving 27 Nov 2025 sits between first position (26th) and first notice (Friday 28th).
    ['GCZ25', 2025, 12, '2025-12-29', '2025-11-26', '2025-11-28'],
    ['GCF26', 2026, 1, '2026-01-28', '2025-12-30', '2025-12-31'],
    ['GCJ14', 2014, 4, '2014-04-28', '2014-03-28', '2014-03-31'],
    ['GCM14', 2014, 6, '2014-06-26', '2014-05-29', '2014-05-30'],
    ['GCZ14', 2014, 12, '2014-12-29', '2014-11-26', '2014-11-28'],
    ['GCG15', 2015, 2, '2015-02-25', '2015-01-29', '2015-01-30'],
    ['GCQ15', 2015, 8, '2015-08-27', '2015-07-30', '2015-07-31'],
    ['GCZ15', 2015, 12, '2015-12-29', '2015-11-27', '2015-11-30'],
    ['GCG16', 2016, 2, '2016-02-25', '2016-01-28', '2016-01-29'],
  ])(
    '%s: last trade %s … first position %s, first notice %s',
    (_code, year, month, last, position, notice) => {
      const rule: LastTradingDayRuleId = 'metal-third-last-business-day';
      expect(fmt(lastTradingDayOf(rule, year, month))).toBe(last);
      const firstNotice = firstNoticeDayOf(rule, year, month);
      expect(firstNotice === null ? null : fmt(firstNotice)).toBe(notice);
      // The roll is the business day before first position day.
      expect(fmt(addBusinessDays(rollDateOf(rule, year, month), 1))).toBe(position);
    },
  );

  // Third last business day of the month, 2026–2030 (worked from the holiday list).
  it.each([
    [2026, 2, '2026-02-25'],
    [2026, 4, '2026-04-28'],
    [2026, 6, '2026-06-26'],
    [2026, 11, '2026-11-25'], // Thanksgiving 26 Nov: 30th, 27th, 25th
    [2026, 12, '2026-12-29'],
    [2027, 5, '2027-05-26'], // Memorial Day 31 May: 28th, 27th, 26th
    [2027, 11, '2027-11-26'], // the day after Thanksgiving counts: 30th, 29th, 26th
    [2027, 12, '2027-12-29'], // 31 Dec 2027 is a business day (1 Jan 2028 is a Saturday, not observed)
    [2028, 5, '2028-05-26'], // Memorial Day 29 May: 31st, 30th, 26th
    [2028, 12, '2028-12-27'],
    [2029, 3, '2029-03-27'], // Good Friday 30 Mar: 29th, 28th, 27th
    [2030, 12, '2030-12-27'],
  ])('%i-%i: last trading day %s', (year, month, expected) => {
    expect(fmt(lastTradingDayOf('metal-third-last-business-day', year, month))).toBe(expected);
  });

  it.each([
    [2028, 1, '2027-12-31'], // 31 Dec 2027 stays a business day
    [2029, 4, '2029-03-29'], // Good Friday 30 Mar 2029
    [2030, 7, '2030-06-28'], // 29–30 Jun 2030 are a weekend
  ])('%i-%i: first notice day %s', (year, month, expected) => {
    const notice = firstNoticeDayOf('metal-third-last-business-day', year, month);
    expect(notice === null ? null : fmt(notice)).toBe(expected);
  });
});

describe('crude: CL and MCL', () => {
  // CL: 3 business days before the 25th of the month before; 4 when the 25th is not a business day.
  // MCL: 1 business day before CL. First notice (CL): the business day after CL's last trade.
  it.each([
    [2026, 1, '2025-12-19', '2025-12-18'], // 25 Dec 2025 Thu holiday: 24, 23, 22, 19
    [2026, 2, '2026-01-20', '2026-01-16'], // 25 Jan Sun: 23, 22, 21, 20; MCL skips MLK (19 Jan)
    [2026, 3, '2026-02-20', '2026-02-19'],
    [2026, 4, '2026-03-20', '2026-03-19'],
    [2026, 5, '2026-04-21', '2026-04-20'], // 25 Apr Sat: 24, 23, 22, 21
    [2026, 6, '2026-05-19', '2026-05-18'], // 25 May Memorial Day: 22, 21, 20, 19
    [2026, 7, '2026-06-22', '2026-06-18'], // MCL skips Juneteenth (Fri 19 Jun)
    [2026, 12, '2026-11-20', '2026-11-19'],
    [2027, 1, '2026-12-21', '2026-12-18'], // 25 Dec 2026 Fri holiday: 24, 23, 22, 21
    [2027, 12, '2027-11-19', '2027-11-18'], // 25 Nov 2027 Thanksgiving: 24, 23, 22, 19
    [2028, 1, '2027-12-20', '2027-12-17'], // 25 Dec 2027 Sat, 24 Dec observed: 23, 22, 21, 20
    [2029, 3, '2029-02-20', '2029-02-16'], // 25 Feb Sun: 23, 22, 21, 20; MCL skips Presidents Day (19 Feb)
    [2030, 5, '2030-04-22', '2030-04-18'], // MCL skips Good Friday (19 Apr 2030)
    [2032, 1, '2031-12-19', '2031-12-18'], // CLF32 19 Dec 2031 (a broker's published liquidation calendar)
  ])('contract %i-%i: CL %s, MCL %s', (year, month, cl, mcl) => {
    expect(fmt(lastTradingDayOf('crude-cl', year, month))).toBe(cl);
    expect(fmt(lastTradingDayOf('crude-mcl', year, month))).toBe(mcl);
  });

  it('first notice for CL is the business day after its last trade; MCL is cash settled', () => {
    const notice = firstNoticeDayOf('crude-cl', 2026, 7);
    expect(notice === null ? null : fmt(notice)).toBe('2026-06-23');
    expect(firstNoticeDayOf('crude-mcl', 2026, 7)).toBeNull();
  });

  it('CL and MCL roll on the same day, 3 business days before CL’s last trade', () => {
    expect(fmt(rollDateOf('crude-cl', 2026, 4))).toBe('2026-03-17');
    expect(fmt(rollDateOf('crude-mcl', 2026, 4))).toBe('2026-03-17');
  });
});

describe('FX: second business day before the third Wednesday', () => {
  it.each([
    [2026, 3, '2026-03-16'],
    [2026, 6, '2026-06-15'],
    [2026, 9, '2026-09-14'],
    [2026, 12, '2026-12-14'],
    [2027, 3, '2027-03-15'],
    [2027, 6, '2027-06-14'],
    [2027, 9, '2027-09-13'],
    [2027, 12, '2027-12-13'],
    [2028, 6, '2028-06-16'], // third Wed 21 Jun; Juneteenth Mon 19 Jun: 20th, then Friday 16th
    [2029, 6, '2029-06-15'], // third Wed 20 Jun; Juneteenth Tue 19 Jun: 18th, then Friday 15th
    [2030, 12, '2030-12-16'],
  ])('%i-%i: last trading day %s', (year, month, expected) => {
    expect(fmt(lastTradingDayOf('fx-second-business-day-before-third-wednesday', year, month))).toBe(
      expected,
    );
  });

  it('rolls 5 business days before the last trade and has no first notice day', () => {
    const rule: LastTradingDayRuleId = 'fx-second-business-day-before-third-wednesday';
    expect(fmt(rollDateOf(rule, 2026, 3))).toBe('2026-03-09');
    expect(firstNoticeDayOf(rule, 2026, 3)).toBeNull();
  });
});

describe('equity index (calendar.ts rules)', () => {
  it.each([
    [2026, 6, '2026-06-18', '2026-06-11'], // Juneteenth is the third Friday
    [2026, 12, '2026-12-18', '2026-12-10'],
    [2027, 6, '2027-06-17', '2027-06-10'], // Juneteenth (Sat) observed on the third Friday
  ])('%i-%i: last trade %s, roll %s', (year, month, last, roll) => {
    expect(fmt(lastTradingDayOf('equity-index-third-friday', year, month))).toBe(last);
    expect(fmt(rollDateOf('equity-index-third-friday', year, month))).toBe(roll);
  });
});

describe('front month per product', () => {
  it.each([
    // Metals roll the business day before first position day.
    ['MGC', '2026-03-27', 'MGCJ6', '2026-04-28', 32],
    ['MGC', '2026-03-28', 'MGCM6', '2026-06-26', 90],
    ['GC', '2026-01-02', 'GCG6', '2026-02-25', 54],
    ['SI', '2026-02-25', 'SIH6', '2026-03-27', 30],
    ['SIL', '2026-02-26', 'SILK6', '2026-05-27', 90],
    // Crude: CLJ6 rolls 17 Mar 2026; MCL with it.
    ['CL', '2026-03-17', 'CLJ6', '2026-03-20', 3],
    ['CL', '2026-03-18', 'CLK6', '2026-04-21', 34],
    ['MCL', '2026-03-18', 'MCLK6', '2026-04-20', 33],
    // Across the year: CLF7 rolled 16 Dec 2026.
    ['CL', '2026-12-20', 'CLG7', '2027-01-20', 31],
    // FX: 6EH6 rolls Monday 9 Mar 2026.
    ['6E', '2026-03-09', '6EH6', '2026-03-16', 7],
    ['M6E', '2026-03-10', 'M6EM6', '2026-06-15', 97],
    ['ES', '2026-06-11', 'ESM6', '2026-06-18', 7],
    ['MES', '2026-06-12', 'MESU6', '2026-09-18', 98],
  ])('%s on %s: %s, last trade %s (%i days)', (symbol, today, code, last, days) => {
    const front = frontContract(product(symbol), iso(today));
    expect(front?.code).toBe(code);
    expect(front === null ? null : fmt(front.lastTradingDay)).toBe(last);
    expect(front?.daysToExpiry).toBe(days);
  });

  it('answers from its memory exactly what the walk finds, for any product and day, past its bound too', () => {
    const symbols = BUILT_IN_REGISTRY.products.map((p) => p.symbol);
    fc.assert(
      fc.property(fc.constantFrom(...symbols), fc.integer({ min: 0, max: 3 * 366 }), (symbol, offset) => {
        const today = addCalendarDays(iso('2026-01-01'), offset);
        const fresh = upcomingContracts(product(symbol), today, 1)[0] ?? null;
        expect(frontContract(product(symbol), today)).toEqual(fresh);
        expect(frontContract(product(symbol), today)).toBe(frontContract(product(symbol), today));
      }),
      { numRuns: 600 },
    );
  });

  it('walks the active cycle: MGC after January 2026 is Feb, Apr, Jun', () => {
    const codes = upcomingContracts(product('MGC'), iso('2026-01-02'), 3).map((c) => c.code);
    expect(codes).toEqual(['MGCG6', 'MGCJ6', 'MGCM6']);
  });

  it('a product without a calendar has no front month', () => {
    const custom = { symbol: 'XYZ', listing: null, lastTradingDayRule: null };
    expect(frontContract(custom, iso('2026-01-02'))).toBeNull();
    expect(upcomingContracts(custom, iso('2026-01-02'), 3)).toEqual([]);
  });
});
