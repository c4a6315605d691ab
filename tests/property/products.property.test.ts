import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal';
import { addBusinessDays, calendarDaysBetween, isBusinessDay } from '../../src/core/products/businessDays';
import { parseCustomProduct } from '../../src/core/products/customProduct';
import {
  firstNoticeDayOf,
  frontContract,
  lastTradingDayOf,
  rollDateOf,
  upcomingContracts,
} from '../../src/core/products/listings';
import { sizeMixGeneral, type LegCost } from '../../src/core/products/mix';
import { BUILT_IN_PRODUCTS, pairOf, type ProductPair } from '../../src/core/products/registry';
import { stopRisk } from '../../src/core/portfolio/portfolioSizing';
import { snapStopAwayFromEntry } from '../../src/core/tickGrid';

const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new D(n).div(100));

const PAIRS: readonly ProductPair[] = BUILT_IN_PRODUCTS.filter((s) => s.size === 'standard').flatMap((s) => {
  const pair = pairOf(s);
  return pair === null ? [] : [pair];
});

interface Exposure {
  a: number;
  b: number;
}

/**
 * Brute force: every standard count, the most micros beside it; most exposure, then fewest contracts, then
 * (only possible at ratio 1) more standards.
 */
function bruteForce(
  standard: { riskUsd: Dec; marginUsd: Dec },
  micro: { riskUsd: Dec; marginUsd: Dec },
  ratio: number,
  budget: Dec,
  cap: Dec | null,
): Exposure {
  let best: Exposure = { a: 0, b: 0 };
  const maxA = budget.div(standard.riskUsd).floor().toNumber();
  for (let a = 0; a <= maxA; a += 1) {
    const byRisk = budget.minus(standard.riskUsd.mul(a)).div(micro.riskUsd).floor().toNumber();
    const byMargin =
      cap === null ? byRisk : cap.minus(standard.marginUsd.mul(a)).div(micro.marginUsd).floor().toNumber();
    const b = Math.min(byRisk, byMargin);
    if (b < 0) continue;
    const e = ratio * a + b;
    const bestE = ratio * best.a + best.b;
    const fewer = a + b < best.a + best.b || (a + b === best.a + best.b && a > best.a);
    if (e > bestE || (e === bestE && fewer)) best = { a, b };
  }
  return best;
}

function expectOptimal(
  standard: { riskUsd: Dec; marginUsd: Dec },
  micro: { riskUsd: Dec; marginUsd: Dec },
  ratio: number,
  budget: Dec,
  cap: Dec | null,
): void {
  const size = sizeMixGeneral(standard, micro, ratio, budget, cap);
  const usedRisk = standard.riskUsd.mul(size.standard).plus(micro.riskUsd.mul(size.micro));
  const usedMargin = standard.marginUsd.mul(size.standard).plus(micro.marginUsd.mul(size.micro));
  expect(size.standard >= 0 && size.micro >= 0).toBe(true);
  expect(usedRisk.lte(budget)).toBe(true);
  if (cap !== null) expect(usedMargin.lte(cap)).toBe(true);
  expect(size.exposureMicroUnits).toBe(ratio * size.standard + size.micro);
  const best = bruteForce(standard, micro, ratio, budget, cap);
  expect({ a: size.standard, b: size.micro }).toEqual(best);
}

describe('the planner’s stop rule is the sizer’s', () => {
  it('exact integer stop and risk equal tickGrid’s snap and decimal arithmetic, for every product', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILT_IN_PRODUCTS),
        fc.constantFrom<'long' | 'short'>('long', 'short'),
        fc.integer({ min: 1_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5 }),
        cents(0, 1_000),
        (spec, side, priceTicks, distanceMillionths, slippage, commission) => {
          const price = spec.tickPoints.mul(priceTicks);
          const distance = new D(distanceMillionths).div(1_000_000);
          const slip = new D(slippage);
          const raw = side === 'long' ? price.minus(distance) : price.plus(distance);
          const stop = snapStopAwayFromEntry(raw, side, spec.tickPoints);
          const gap = price.minus(stop).abs();
          const expected = gap
            .mul(spec.multiplierUsd)
            .plus(slip.mul(spec.tickValueUsd))
            .plus(commission.mul(2));
          const got = stopRisk(spec, side, price, distance, slip, commission);
          expect(got?.stopPrice.eq(stop)).toBe(true);
          expect(got?.distancePoints.eq(gap)).toBe(true);
          expect(got?.riskPerContractUsd.eq(expected)).toBe(true);
        },
      ),
    );
  });
});

describe('general mix: the optimum equals brute force', () => {
  it('for every built-in pairing (1 : 10 and 1 : 5; shared and unequal ticks), legs priced on their own ticks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAIRS),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 3 }),
        cents(0, 500),
        cents(0, 300),
        cents(2_000, 2_000_000),
        cents(1_000, 500_000),
        cents(0, 2_000_000),
        cents(0, 20_000_000),
        fc.boolean(),
        (
          pair,
          stopTicks,
          slippage,
          standardCommission,
          microCommission,
          standardMargin,
          microMargin,
          budget,
          cap,
          capped,
        ) => {
          // Stop distance: a whole number of the micro's ticks, so neither leg's snap is trivial for 6E/M6E.
          const distance = pair.micro.tickPoints.mul(stopTicks);
          const price = new D(100);
          const risk = (p: ProductPair['standard'], commission: Dec) =>
            stopRisk(p, 'long', price, distance, new D(slippage), commission)?.riskPerContractUsd ?? new D(1);
          const standard = { riskUsd: risk(pair.standard, standardCommission), marginUsd: standardMargin };
          const micro = { riskUsd: risk(pair.micro, microCommission), marginUsd: microMargin };
          fc.pre(standard.riskUsd.gte(20));
          expectOptimal(standard, micro, pair.ratio, budget, capped ? cap : null);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('for any whole ratio and arbitrary leg costs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        cents(1_000, 500_000),
        cents(100, 100_000),
        cents(1_000, 3_000_000),
        cents(100, 300_000),
        cents(0, 300_000),
        cents(0, 3_000_000),
        (ratio, standardRisk, microRisk, standardMargin, microMargin, budget, cap) => {
          expectOptimal(
            { riskUsd: standardRisk, marginUsd: standardMargin },
            { riskUsd: microRisk, marginUsd: microMargin },
            ratio,
            budget,
            cap,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a missing margin without a cap is no obstacle; with a cap it means no contracts', () => {
    const standard: LegCost = { riskUsd: new D(700), marginUsd: null };
    const micro: LegCost = { riskUsd: new D(70), marginUsd: new D(50) };
    expect(sizeMixGeneral(standard, micro, 10, new D(1500), null).exposureMicroUnits).toBe(21);
    expect(sizeMixGeneral(standard, micro, 10, new D(1500), new D(10_000)).exposureMicroUnits).toBe(0);
  });
});

const CALENDAR_PRODUCTS = BUILT_IN_PRODUCTS.filter((s) => s.lastTradingDayRule !== null);
const dateArb = fc.integer({ min: 0, max: 3_650 }).map((offset) => offsetDate(offset));

/** The date `offset` calendar days after 1 Jan 2026. */
function offsetDate(offset: number) {
  const d = new Date(Date.UTC(2026, 0, 1 + offset));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

describe('contract calendars, 2026–2035', () => {
  it('last trading, first notice and roll days are business days in the right order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALENDAR_PRODUCTS),
        fc.integer({ min: 2026, max: 2035 }),
        fc.integer({ min: 1, max: 12 }),
        (spec, year, month) => {
          const rule = spec.lastTradingDayRule;
          if (rule === null) return;
          const last = lastTradingDayOf(rule, year, month);
          const roll = rollDateOf(rule, year, month);
          const notice = firstNoticeDayOf(rule, year, month);
          expect(isBusinessDay(last)).toBe(true);
          expect(calendarDaysBetween(roll, last)).toBeGreaterThan(0);
          if (notice !== null) {
            expect(isBusinessDay(notice)).toBe(true);
            expect(calendarDaysBetween(roll, notice)).toBeGreaterThan(0);
          }
          if (rule === 'crude-mcl') {
            expect(addBusinessDays(last, 1)).toEqual(lastTradingDayOf('crude-cl', year, month));
          }
        },
      ),
    );
  });

  it('the front month has not rolled, and the contract before it has', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CALENDAR_PRODUCTS), dateArb, (spec, today) => {
        const [front, next] = upcomingContracts(spec, today, 2);
        expect(front).toBeDefined();
        if (front === undefined || next === undefined) return;
        expect(calendarDaysBetween(today, front.rollDate)).toBeGreaterThanOrEqual(0);
        expect(calendarDaysBetween(front.rollDate, next.rollDate)).toBeGreaterThan(0);
        // The day after the front month's roll, the next contract is the front month.
        const after = offsetDate(calendarDaysBetween({ year: 2026, month: 1, day: 1 }, front.rollDate) + 1);
        expect(frontContract(spec, after)?.code).toBe(next.code);
      }),
    );
  });
});

describe('custom products', () => {
  it('a good definition parses and its tick value is tick × point value', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Z0-9]{2,7}$/),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (symbol, pointCents, tickTenThousandths) => {
          const pointValue = new D(pointCents).div(100);
          const tick = new D(tickTenThousandths).div(10_000);
          const parsed = parseCustomProduct({
            symbol: `Z${symbol}`.slice(0, 8),
            name: 'Test',
            pointValue: pointValue.toFixed(),
            tick: tick.toFixed(),
            pairsWith: '',
            ratio: '',
            initial: '',
            maintenance: '',
            dayTrade: '',
            commission: '0',
          });
          expect(parsed.status).toBe('ok');
          if (parsed.status === 'ok')
            expect(parsed.product.spec.tickValueUsd.eq(tick.mul(pointValue))).toBe(true);
        },
      ),
    );
  });
});
