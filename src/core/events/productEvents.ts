/**
 * Every product's roll and last trading day as calendar events, from the product registry
 * (products/registry.ts `BUILT_IN_PRODUCTS`) and its listing rules (products/listings.ts): for each active
 * contract month of the product's listing cycle, `lastTradingDayOf` and `rollDateOf` give the dates, with
 * CME business days (products/businessDays.ts: Good Friday, Juneteenth, Thanksgiving, Christmas …) moving
 * them as the exchange does. The equity indices follow calendar.ts (third Friday, the Thursday before when
 * that Friday is Good Friday or Juneteenth; roll on the Thursday 8 days before the third Friday).
 *
 * A contract's dates can fall before its contract month (CL terminates in the month before; metals roll
 * in the month before), so contract months from `from`'s year to the year after `to` are walked and each
 * date is kept when it lies in [from, to] (both ends inclusive). Last trading days are high importance,
 * rolls medium (`contractDateEvent`). Nothing rounds; dates are plain calendar dates.
 */
import type { CalendarDate } from '../calendar';
import {
  ACTIVE_MONTHS,
  contractCode,
  firstNoticeDayOf,
  lastTradingDayOf,
  rollDateOf,
  type LastTradingDayRuleId,
  type ProductCalendarKey,
} from '../products/listings';
import { formatIsoDate } from '../calendar';
import { contractDateEvent, SOQ_NOTE } from './builtInEvents';
import { compareDates, isDateWithin } from './dates';
import { compareEvents, type CalendarEvent } from './events';

/** What a product needs for its calendar events: its calendar key and the page its rules come from. */
export interface ProductEventSource extends ProductCalendarKey {
  /** The CME contract specification page; null when the product has none (custom products). */
  readonly sourceUrl: string | null;
}

/** The rule each last-trading-day rule id stands for, in words (the event's source when no URL is known). */
export const LAST_TRADING_DAY_RULE_WORDS: Readonly<Record<LastTradingDayRuleId, string>> = {
  'equity-index-third-friday':
    'Third Friday of the contract month (the business day before when it is an exchange holiday); roll the Thursday 8 days before the third Friday.',
  'metal-third-last-business-day':
    'Third last business day of the contract month; roll 2 business days before first notice day (the last business day of the month before).',
  'crude-cl':
    '3 business days before the 25th of the month before the contract month (4 when the 25th is not a business day); roll 3 business days before.',
  'crude-mcl':
    '1 business day before the CL contract terminates; roll with CL, 3 business days before CL terminates.',
  'fx-second-business-day-before-third-wednesday':
    '2 business days before the third Wednesday of the contract month, 9:16 a.m. CT; roll 5 business days before.',
};

function lastTradingDayNote(rule: LastTradingDayRuleId, year: number, month: number): string {
  switch (rule) {
    case 'equity-index-third-friday':
      return `Trading ends 8:30 a.m. CT. ${SOQ_NOTE}`;
    case 'metal-third-last-business-day':
    case 'crude-cl': {
      const notice = firstNoticeDayOf(rule, year, month);
      return notice === null
        ? 'Physically delivered.'
        : `Physically delivered: first notice day ${formatIsoDate(notice)}; longs leave before it.`;
    }
    case 'crude-mcl':
      return 'Cash settled to the CL settlement.';
    case 'fx-second-business-day-before-third-wednesday':
      return 'Trading ends 9:16 a.m. CT; physically delivered.';
  }
}

/** The roll and the last trading day of one product's contract months, each kept when inside [from, to]. */
function eventsOfProduct(product: ProductEventSource, from: CalendarDate, to: CalendarDate): CalendarEvent[] {
  const { listing, lastTradingDayRule: rule } = product;
  if (listing === null || rule === null) return [];
  const source = product.sourceUrl ?? LAST_TRADING_DAY_RULE_WORDS[rule];
  const events: CalendarEvent[] = [];
  for (let year = from.year; year <= to.year + 1; year += 1) {
    for (const month of ACTIVE_MONTHS[listing]) {
      const code = contractCode(product.symbol, year, month);
      const roll = rollDateOf(rule, year, month);
      const last = lastTradingDayOf(rule, year, month);
      if (isDateWithin(roll, from, to)) {
        events.push(
          contractDateEvent({
            symbol: product.symbol,
            contractCode: code,
            kind: 'roll',
            date: roll,
            source,
            note: `Customary roll out of ${code}: ${LAST_TRADING_DAY_RULE_WORDS[rule]}`,
          }),
        );
      }
      if (isDateWithin(last, from, to)) {
        events.push(
          contractDateEvent({
            symbol: product.symbol,
            contractCode: code,
            kind: 'last-trading-day',
            date: last,
            source,
            note: lastTradingDayNote(rule, year, month),
          }),
        );
      }
    }
  }
  return events;
}

/**
 * The rolls and last trading days of `products` in [from, to], sorted in list order (date, importance,
 * title). Empty when from > to; a product without a calendar (custom) has none.
 */
export function productDateEvents(
  products: readonly ProductEventSource[],
  from: CalendarDate,
  to: CalendarDate,
): CalendarEvent[] {
  if (compareDates(from, to) > 0) return [];
  return products.flatMap((product) => eventsOfProduct(product, from, to)).sort(compareEvents);
}
