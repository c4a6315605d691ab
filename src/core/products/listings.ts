/**
 * Contract calendars per product: which months a trader holds, when each contract stops trading, when
 * delivery notices start, and when to roll. Business days are CME's (`businessDays.ts`).
 *
 * Month codes: F G H J K M N Q U V X Z (January … December); a contract's code is root + month code +
 * last digit of the year (`MGCJ6`), as `calendar.ts` writes the equity-index codes.
 *
 * Listing cycles (the months the front month walks through: the liquid "active" months; CME lists more):
 * - quarterly (H M U Z): equity indices (CME specs) and FX, where CME also lists 3 serial months
 *   (https://www.cmegroup.com/trading/fx/g10/monthlies.html) that trade thinly;
 * - monthly: CL ("monthly contracts listed for the current year and the next 10 calendar years and 2
 *   additional contract months") and MCL ("12 serial contract months", CME Micro WTI FAQ);
 * - gold bi-monthly (G J M Q V Z): MGC lists only these ("any Feb, Apr, Jun, Aug, Oct and Dec in the
 *   nearest 24 months"); GC also lists the current and next two calendar months ("3 consecutive months,
 *   any Feb, Apr, Aug, Oct in the nearest 23 months and any Jun and Dec in the nearest 72 months"), which
 *   trade thinly: the active months are the bi-monthly ones;
 * - silver active (H K N U Z): SI lists 24 consecutive months plus Jul and Dec out to 60 months (CME
 *   Silver spec, 2025); SIL lists 3 consecutive months plus Jan, Mar, May, Jul, Sep and Dec in the
 *   nearest 12. CME's Silver settlement procedure settles an "active month" (the nearest active contract
 *   month that is not the spot month, which stops being active on its First Position Day); the active
 *   months are Mar, May, Jul, Sep, Dec, all listed for SIL too.
 *
 * Last trading day (CME "Termination of Trading"):
 * - equity index: third Friday, the day before when that Friday is a holiday (`calendar.ts`);
 * - metals (GC, MGC, SI, SIL): the third last business day of the contract month;
 * - CL: 3 business days before the 25th calendar day of the month before the contract month; if the 25th
 *   is not a business day, 4 business days before the 25th (the same day as the older wording "3 business
 *   days before the last business day preceding the 25th");
 * - MCL: 1 business day before the corresponding CL contract (CME Micro WTI FAQ: "1 day prior to the
 *   expiration of WTI Crude Oil futures"; its example: CL expiring Thursday → MCL Wednesday);
 * - FX (6E, M6E, 6B, M6B): the second business day before the third Wednesday of the contract month
 *   (usually Monday), 9:16 a.m. CT.
 *
 * First notice day (physically delivered contracts only): metals, the last business day of the month
 * before the contract month (CME Gold calendar: GCJ25 first notice 31 Mar 2025, first position 28 Mar);
 * CL, the business day after its last trading day. MCL is cash settled; FX and indices have none that a
 * trader must dodge: null.
 *
 * Roll date (the day a trader rolls; as in `calendar.ts`, until the end of that day the expiring contract
 * is still the front month):
 * - equity index: the Thursday 8 calendar days before the third Friday (`calendar.ts`);
 * - FX: 5 business days before the last trading day (the common convention: FX volume moves to the next
 *   quarter about a week before expiry, usually the Monday of the week before);
 * - metals: 2 business days before first notice day, i.e. the business day before First Position Day,
 *   when CME stops treating the expiring month as active and brokers start liquidating longs;
 * - crude (CL and MCL alike, so a CL + MCL position rolls together): 3 business days before CL's last
 *   trading day (CL volume moves about 3 days before expiry; MCL expires a day earlier still).
 *
 * Front month: the nearest active contract whose roll date has not passed. Dates are plain calendar dates.
 */
import {
  lastTradingDay as equityIndexLastTradingDay,
  rollDate as equityIndexRollDate,
  type CalendarDate,
} from '../calendar';
import {
  addBusinessDays,
  calendarDaysBetween,
  isBusinessDay,
  lastBusinessDayOfMonth,
  nthLastBusinessDayOfMonth,
} from './businessDays';

/** Month codes, index 0 = January. */
export const MONTH_CODES = ['F', 'G', 'H', 'J', 'K', 'M', 'N', 'Q', 'U', 'V', 'X', 'Z'] as const;
export type MonthCode = (typeof MONTH_CODES)[number];

export const LISTING_CYCLE_IDS = ['quarterly', 'monthly', 'gold-bimonthly', 'silver-active'] as const;
export type ListingCycleId = (typeof LISTING_CYCLE_IDS)[number];

export const LAST_TRADING_DAY_RULE_IDS = [
  'equity-index-third-friday',
  'metal-third-last-business-day',
  'crude-cl',
  'crude-mcl',
  'fx-second-business-day-before-third-wednesday',
] as const;
export type LastTradingDayRuleId = (typeof LAST_TRADING_DAY_RULE_IDS)[number];

/** Active contract months (1–12) of each listing cycle. */
export const ACTIVE_MONTHS: Readonly<Record<ListingCycleId, readonly number[]>> = {
  quarterly: [3, 6, 9, 12],
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  'gold-bimonthly': [2, 4, 6, 8, 10, 12],
  'silver-active': [3, 5, 7, 9, 12],
};

/** The month code of month 1–12. */
export function monthCode(month: number): MonthCode {
  const code = MONTH_CODES[month - 1];
  if (code === undefined) throw new RangeError(`month ${month} is not 1–12`);
  return code;
}

/** A contract's code: root + month code + last digit of the year ("MCLK6"). */
export function contractCode(root: string, year: number, month: number): string {
  return `${root}${monthCode(month)}${year % 10}`;
}

/** The month before (year, month). */
function previousMonth(year: number, month: number): { year: number; month: number } {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** The third Wednesday of a month. */
function thirdWednesday(year: number, month: number): CalendarDate {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return { year, month, day: 1 + ((3 - first + 7) % 7) + 14 };
}

/** CL's last trading day for a contract month (see the module comment). */
function crudeLastTradingDay(year: number, month: number): CalendarDate {
  const before = previousMonth(year, month);
  const the25th = { year: before.year, month: before.month, day: 25 };
  return addBusinessDays(the25th, isBusinessDay(the25th) ? -3 : -4);
}

/** The last trading day of the contract month (year, month) under a rule. */
export function lastTradingDayOf(rule: LastTradingDayRuleId, year: number, month: number): CalendarDate {
  switch (rule) {
    case 'equity-index-third-friday':
      return equityIndexLastTradingDay(year, month);
    case 'metal-third-last-business-day':
      return nthLastBusinessDayOfMonth(year, month, 3);
    case 'crude-cl':
      return crudeLastTradingDay(year, month);
    case 'crude-mcl':
      return addBusinessDays(crudeLastTradingDay(year, month), -1);
    case 'fx-second-business-day-before-third-wednesday':
      return addBusinessDays(thirdWednesday(year, month), -2);
  }
}

/** First notice day of a physically delivered contract month; null where there is none to dodge. */
export function firstNoticeDayOf(
  rule: LastTradingDayRuleId,
  year: number,
  month: number,
): CalendarDate | null {
  switch (rule) {
    case 'metal-third-last-business-day': {
      const before = previousMonth(year, month);
      return lastBusinessDayOfMonth(before.year, before.month);
    }
    case 'crude-cl':
      return addBusinessDays(crudeLastTradingDay(year, month), 1);
    case 'equity-index-third-friday':
    case 'crude-mcl':
    case 'fx-second-business-day-before-third-wednesday':
      return null;
  }
}

/** The roll date of a contract month (see the module comment for each asset class). */
export function rollDateOf(rule: LastTradingDayRuleId, year: number, month: number): CalendarDate {
  switch (rule) {
    case 'equity-index-third-friday':
      return equityIndexRollDate(year, month);
    case 'metal-third-last-business-day': {
      const before = previousMonth(year, month);
      return addBusinessDays(lastBusinessDayOfMonth(before.year, before.month), -2);
    }
    case 'crude-cl':
    case 'crude-mcl':
      return addBusinessDays(crudeLastTradingDay(year, month), -3);
    case 'fx-second-business-day-before-third-wednesday':
      return addBusinessDays(lastTradingDayOf(rule, year, month), -5);
  }
}

/** What a product's calendar needs: its root symbol, listing cycle and last-trading-day rule. */
export interface ProductCalendarKey {
  readonly symbol: string;
  readonly listing: ListingCycleId | null;
  readonly lastTradingDayRule: LastTradingDayRuleId | null;
}

export interface ProductContractMonth {
  /** e.g. "MGCJ6". */
  readonly code: string;
  readonly year: number;
  readonly month: number;
  readonly lastTradingDay: CalendarDate;
  /** Null for cash-settled contracts and those with no notice period a trader must leave before. */
  readonly firstNoticeDay: CalendarDate | null;
  readonly rollDate: CalendarDate;
  /** Calendar days from today to the last trading day. */
  readonly daysToExpiry: number;
}

function contractMonth(
  product: ProductCalendarKey & { readonly lastTradingDayRule: LastTradingDayRuleId },
  year: number,
  month: number,
  today: CalendarDate,
): ProductContractMonth {
  const rule = product.lastTradingDayRule;
  const last = lastTradingDayOf(rule, year, month);
  return {
    code: contractCode(product.symbol, year, month),
    year,
    month,
    lastTradingDay: last,
    firstNoticeDay: firstNoticeDayOf(rule, year, month),
    rollDate: rollDateOf(rule, year, month),
    daysToExpiry: calendarDaysBetween(today, last),
  };
}

/**
 * The next `count` active contracts of a product from `today`, the front month first (the nearest active
 * contract whose roll date is today or later). Empty for a product without a calendar (custom products).
 * No contract month before the current month can still be front (every roll falls in or before its
 * contract month), so the walk starts at the current month.
 */
export function upcomingContracts(
  product: ProductCalendarKey,
  today: CalendarDate,
  count: number,
): ProductContractMonth[] {
  const { listing, lastTradingDayRule } = product;
  if (listing === null || lastTradingDayRule === null) return [];
  const calendarProduct = { ...product, lastTradingDayRule };
  const months = ACTIVE_MONTHS[listing];
  const found: ProductContractMonth[] = [];
  for (let year = today.year; found.length < count; year += 1) {
    for (const month of months) {
      if (found.length >= count) break;
      if (year === today.year && month < today.month) continue;
      const candidate = contractMonth(calendarProduct, year, month, today);
      if (found.length > 0 || calendarDaysBetween(today, candidate.rollDate) >= 0) found.push(candidate);
    }
  }
  return found;
}

/** Front months found, by product and day: the sizer asks for the same ones on every keystroke. */
const frontByProductDay = new Map<string, ProductContractMonth | null>();
/** Entries kept before the cache starts over (a bound on memory, not a tuning knob). */
const FRONTS_KEPT = 256;

/** The front month of a product on `today`, or null when the product has no calendar. */
export function frontContract(product: ProductCalendarKey, today: CalendarDate): ProductContractMonth | null {
  const { symbol, listing, lastTradingDayRule } = product;
  const key = `${symbol} ${listing ?? '-'} ${lastTradingDayRule ?? '-'} ${today.year}-${today.month}-${today.day}`;
  const known = frontByProductDay.get(key);
  if (known !== undefined) return known;
  if (frontByProductDay.size >= FRONTS_KEPT) frontByProductDay.clear();
  const front = upcomingContracts(product, today, 1)[0] ?? null;
  frontByProductDay.set(key, front);
  return front;
}
