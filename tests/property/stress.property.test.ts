/** Stress and spread invariants, asserted on the typed figures. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BookRow } from '../../src/core/book';
import { CONTRACTS, type ContractSymbol } from '../../src/core/contracts';
import { D, type Dec } from '../../src/core/decimal';
import { computeDesk } from '../../src/core/desk';
import { DEFAULT_INPUTS, type InputKey } from '../../src/core/inputs';
import { SCENARIOS, type Scenario, type ScenarioOutcome } from '../../src/core/stress';
import { figuresWith, TODAY } from '../support/desk';
import { isOnTickGrid } from '../../src/core/tickGrid';

/** A scenario's outcome, which these books always have (a usable mark, equity and margins). */
function outcome(
  scenarios: Readonly<Record<Scenario, ScenarioOutcome | null>>,
  s: Scenario,
): ScenarioOutcome {
  const found = scenarios[s];
  expect(found).not.toBeNull();
  if (found === null) throw new Error(`no figures for the ${s} scenario`);
  return found;
}

/** A figure these forms always compute. */
function computed(value: Dec | null): Dec {
  expect(value).not.toBeNull();
  if (value === null) throw new Error('the figure was not computed');
  return value;
}

const russellSymbol = fc.constantFrom<ContractSymbol>('RTY', 'M2K');
const positionArb = fc.record({
  symbol: russellSymbol,
  side: fc.constantFrom('long', 'short'),
  quantity: fc.integer({ min: 1, max: 40 }),
  entryTicks: fc.integer({ min: 15_000, max: 25_000 }),
});
const bookArb = fc.array(positionArb, { minLength: 1, maxLength: 5 }).map((rows): BookRow[] =>
  rows.map((r, i) => ({
    id: `p${i + 1}`,
    symbol: r.symbol,
    side: r.side,
    quantity: String(r.quantity),
    entry: new D(r.entryTicks).div(10).toFixed(1),
    stop: '',
  })),
);
const netLongBookArb = bookArb.filter((book) => {
  const delta = book.reduce(
    (sum, r) =>
      sum +
      (r.side === 'long' ? 1 : -1) *
        Number(r.quantity) *
        CONTRACTS[r.symbol as ContractSymbol].multiplierUsd.toNumber(),
    0,
  );
  return delta > 0;
});

function desk(book: BookRow[], overrides: Partial<Record<InputKey, string>>) {
  return figuresWith({ equity: '1,000,000', ...overrides }, book);
}

describe('stress invariants', () => {
  it('the limit levels are on the tick grid, ordered, and offsets round down from p × cash close', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5_000, max: 40_000 }),
        fc.integer({ min: 400_000, max: 4_000_000 }),
        (refTicks, cashHundredths) => {
          const reference = new D(refTicks).div(10);
          const cash = new D(cashHundredths).div(1000);
          const { levels } = desk(
            [{ id: 'p1', symbol: 'M2K', side: 'long', quantity: '1', entry: reference.toFixed(1), stop: '' }],
            {
              'stress.RTY.reference': reference.toFixed(1),
              'stress.RTY.cash': cash.toString(),
            },
          ).stress;
          const level = levels.RTY;
          const limits = level?.limits ?? null;
          expect(limits).not.toBeNull();
          if (level === undefined || limits === null) return;
          const { limit20: l20, limit13: l13, limit7: l7, overnightHigh: high } = limits;
          const tick = CONTRACTS.RTY.tickPoints;
          for (const p of [l20, l13, l7, high]) expect(isOnTickGrid(p, tick)).toBe(true);
          expect(l20.lte(l13) && l13.lt(l7) && l7.lt(reference) && high.gt(reference)).toBe(true);
          expect(level.mark.eq(reference)).toBe(true);
          const offset7 = reference.minus(l7);
          expect(offset7.lte(cash.mul('0.07'))).toBe(true);
          expect(offset7.gt(cash.mul('0.07').minus(tick))).toBe(true);
          expect(high.minus(reference).eq(offset7)).toBe(true);
          expect(limits.overnightLow.eq(l7)).toBe(true);
        },
      ),
    );
  });

  it('the book P&L is monotone in the move: deeper limits hurt a net-long book more', () => {
    fc.assert(
      fc.property(netLongBookArb, fc.integer({ min: 15_000, max: 25_000 }), (book, refTicks) => {
        const { scenarios } = desk(book, {
          'stress.RTY.reference': new D(refTicks).div(10).toFixed(1),
        }).stress;
        const pnl = (s: (typeof SCENARIOS)[number]) => outcome(scenarios, s).pnlUsd;
        expect(pnl('20%').lte(pnl('13%'))).toBe(true);
        expect(pnl('13%').lte(pnl('7%'))).toBe(true);
        expect(pnl('7%').lte(pnl('overnight up'))).toBe(true);
      }),
    );
  });

  it('margin excess falls as the custom move grows against the book, and a call follows a negative excess', () => {
    fc.assert(
      fc.property(
        bookArb,
        fc.integer({ min: 15_000, max: 25_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (book, refTicks, a, b) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          const delta = book.reduce(
            (sum, r) =>
              sum + (r.side === 'long' ? 1 : -1) * Number(r.quantity) * (r.symbol === 'RTY' ? 50 : 5),
            0,
          );
          // Against the book: down for a net-long book, up for a net-short one (hundredths of a percent).
          const against = delta >= 0 ? -1 : 1;
          const excessAt = (hundredths: number) => {
            const scenario = outcome(
              desk(book, {
                'stress.RTY.reference': new D(refTicks).div(10).toFixed(1),
                stressCustomMove: new D(against * hundredths).div(100).toString(),
              }).stress.scenarios,
              'custom',
            );
            // Excess rounds down to the cent: negative exactly when the unrounded excess is.
            expect(scenario.call).toBe(scenario.excessUsd.lt(0));
            return scenario.excessUsd;
          };
          expect(excessAt(large).lte(excessAt(small))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('at the move to a margin call, equity equals the maintenance margin (a uniform move of every reference)', () => {
    fc.assert(
      fc.property(netLongBookArb, fc.integer({ min: 15_000, max: 25_000 }), (book, refTicks) => {
        const { line, moveToCall } = desk(book, {
          equity: '250,000',
          'stress.RTY.reference': new D(refTicks).div(10).toFixed(1),
        }).stress;
        expect(line).not.toBeNull();
        expect(moveToCall).not.toBeNull();
        if (line === null || moveToCall?.kind !== 'move' || !moveToCall.percent.isNegative()) return;
        const movePct = moveToCall.percent.toNumber();
        // Rounded toward zero to 0.01 %: the equity there is still at or above maintenance, 0.01 % further it is below.
        const equityAt = (m: number) => line.equityAtReference + m * line.slopePerPercent;
        expect(equityAt(movePct)).toBeGreaterThanOrEqual(line.maintenance - 1e-6);
        expect(equityAt(movePct - 0.01)).toBeLessThan(line.maintenance + 1e-6);
      }),
    );
  });
});

describe('spread invariants', () => {
  const legPrice = (symbol: ContractSymbol, ticks: number) =>
    CONTRACTS[symbol].tickPoints.mul(ticks).toString();

  it('a dollar-neutral spread’s P&L under equal moves is the mismatch times the move', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ContractSymbol>('RTY', 'M2K', 'NQ', 'MNQ'),
        fc.constantFrom<ContractSymbol>('ES', 'MES', 'YM', 'MYM'),
        fc.integer({ min: 4_000, max: 40_000 }),
        fc.integer({ min: 4_000, max: 40_000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.boolean(),
        (longLeg, shortLeg, longTicks, shortTicks, quantity, moveHundredths, mix) => {
          const move = new D(moveHundredths).div(100).toString();
          const { spread } = computeDesk(
            {
              ...DEFAULT_INPUTS,
              spreadLongLeg: longLeg,
              spreadShortLeg: shortLeg,
              spreadLongPrice: legPrice(longLeg, longTicks),
              spreadShortPrice: legPrice(shortLeg, shortTicks),
              spreadLongQty: String(quantity),
              spreadMixShort: String(mix),
              spreadSmallMove: move,
              spreadLargeMove: move,
            },
            { today: TODAY, studyBars: null },
          );
          const mismatch = computed(spread.mismatchUsd);
          const longNotional = computed(spread.longNotionalUsd);
          expect(mismatch.toFixed(2)).toBe(longNotional.minus(computed(spread.shortNotionalUsd)).toFixed(2));
          const expected = mismatch.mul(move).div(100);
          expect(computed(spread.pnlUsd).minus(expected).abs().lte('0.005')).toBe(true);
        },
      ),
    );
  });

  it('the short position is the nearest whole match: one contract more or less never matches better', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4_000, max: 40_000 }),
        fc.integer({ min: 8_000, max: 40_000 }),
        fc.integer({ min: 1, max: 300 }),
        (longTicks, shortTicks, quantity) => {
          const { spread } = computeDesk(
            {
              ...DEFAULT_INPUTS,
              spreadLongPrice: legPrice('M2K', longTicks),
              spreadShortPrice: legPrice('MES', shortTicks),
              spreadLongQty: String(quantity),
            },
            { today: TODAY, studyBars: null },
          );
          const legs = spread.shortPosition?.legs ?? [];
          expect(legs.map((leg) => leg.symbol)).toEqual(['MES']);
          const count = legs[0]?.count ?? Number.NaN;
          const longNotional = computed(spread.longNotionalUsd);
          const perShort = CONTRACTS.MES.tickPoints.mul(shortTicks).mul(5);
          const gap = (n: number) => longNotional.minus(perShort.mul(n)).abs();
          expect(Number.isInteger(count)).toBe(true);
          expect(gap(count).lte(gap(count + 1))).toBe(true);
          if (count > 0) expect(gap(count).lte(gap(count - 1))).toBe(true);
        },
      ),
    );
  });
});
