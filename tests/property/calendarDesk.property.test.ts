/** Calendar section invariants: the holding-period offer, the session the sizer assumes, adverse gap moves. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../../src/core/events/dates';
import { monthText } from '../../src/core/events/calendarDesk';
import { D } from '../../src/core/decimal';
import { computeDesk } from '../../src/core/desk';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { adverseGapPrice } from '../../src/core/stress';
import { isOnTickGrid } from '../../src/core/tickGrid';

/** 2026-01-01T00:00Z … 2030-12-31T00:00Z. */
const instantArb = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) });
const zoneArb = fc.constantFrom('America/Chicago', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'UTC');

function dateInZone(ms: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

describe('the holding period', () => {
  it('offers the event multiplier exactly when a high-importance event is inside and the stop’s multiplier is below it', () => {
    fc.assert(
      fc.property(
        instantArb,
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('1.5', '2.0', '2.5', '3.0', '3.5'),
        fc.constantFrom('2.5', '3.0', '4.0'),
        (ms, days, current, event) => {
          const today = dateInZone(ms, 'America/Chicago');
          const inputs = {
            ...DEFAULT_INPUTS,
            holdingDays: String(days),
            atrMultiplier: current,
            eventAtrMultiplier: event,
          };
          const figures = computeDesk(inputs, { today, now: null, studyBars: null });
          const holding = figures.calendar.holding;
          expect(holding).not.toBeNull();
          if (holding === null) return;
          // The inputs are never changed by computing: only the trader's click applies the offer.
          expect(inputs.atrMultiplier).toBe(current);
          for (const e of holding.events) {
            expect(e.importance).toBe('high');
            expect(compareDates(e.date, holding.from)).toBeGreaterThanOrEqual(0);
            expect(compareDates(e.date, holding.to)).toBeLessThanOrEqual(0);
          }
          expect(holding.offer).toBe(holding.events.length > 0 && new D(current).lt(new D(event)));
          if (holding.offer) expect(holding.suggestedMultiplier?.toString()).toBe(new D(event).toString());
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the session the sizer assumes', () => {
  it('uses ETH slippage only outside RTH, and then the ETH margin basis too', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, fc.integer({ min: 0, max: 3 }), (ms, timeZone, days) => {
        const inputs = { ...DEFAULT_INPUTS, holdingDays: String(days) };
        const today = dateInZone(ms, timeZone);
        const session = computeDesk(inputs, { today, now: { ms, timeZone }, studyBars: null }).calendar
          .sizerSession;
        expect(session).not.toBeNull();
        if (session === null) return;
        if (session.ethSlippage) {
          expect(session.ethMargin).toBe(true);
          expect(session.state === 'rth' || session.state === 'weekend').toBe(false);
        }
        if (session.state === 'rth') expect(session.ethSlippage).toBe(false);
        expect(session.ethMargin).toBe(session.ethSlippage || days >= 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the month navigation', () => {
  it('moves by months as by their sum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: -40, max: 40 }),
        (year, month, a, b) => {
          const first = monthText(year, month, a);
          const [y, m] = first.split('-').map(Number);
          expect(monthText(y ?? 0, m ?? 0, b)).toBe(monthText(year, month, a + b));
          expect(first).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        },
      ),
    );
  });
});

describe('adverse gap prices', () => {
  it('move against the position by at least the exact move, on the tick grid, and not at all when flat', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 800000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom('0.25', '0.1', '0.01', '0.005'),
        fc.integer({ min: -50, max: 50 }),
        (markTicks, percentHundredths, tickText, delta) => {
          const tick = new D(tickText);
          const mark = tick.mul(markTicks);
          const percent = new D(percentHundredths).div(100);
          const price = adverseGapPrice(mark, percent, new D(delta), tick);
          const exact = mark.mul(percent).div(100);
          expect(isOnTickGrid(price, tick)).toBe(true);
          if (delta === 0) expect(price.eq(mark)).toBe(true);
          else if (delta > 0) {
            expect(mark.minus(price).gte(exact)).toBe(true);
            expect(mark.minus(price).lt(exact.plus(tick))).toBe(true);
          } else {
            expect(price.minus(mark).gte(exact)).toBe(true);
            expect(price.minus(mark).lt(exact.plus(tick))).toBe(true);
          }
        },
      ),
    );
  });
});
