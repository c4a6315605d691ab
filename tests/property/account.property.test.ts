/**
 * Invariants of the account as a whole (issue 6): stress from the marks, P&L linear in quantity, and an
 * invalid book row counting exactly as much as a removed one. Asserted on the typed figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BookRow } from '../../src/core/book';
import { FAMILY_ROOTS, type FamilyRoot } from '../../src/core/contracts';
import { D, type Dec } from '../../src/core/decimal';
import type { DeskFigures } from '../../src/core/desk';
import { SCENARIOS, scenarioPnlUsd } from '../../src/core/stress';
import { figuresWith } from '../support/desk';
import { plainFigures } from '../support/figures';

/** Russell and S&P rows with prices on both grids (RTY/M2K tick 0.1, ES/MES tick 0.25). */
const rowArb = fc.record({
  symbol: fc.constantFrom('RTY', 'M2K', 'ES', 'MES'),
  side: fc.constantFrom('long', 'short'),
  quantity: fc.integer({ min: 1, max: 30 }),
  entryTicks: fc.integer({ min: 8_000, max: 24_000 }),
  stopTicks: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
});
type RowSpec = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

const tickOf = (symbol: string) => (symbol === 'RTY' || symbol === 'M2K' ? '0.1' : '0.25');
const price = (symbol: string, ticks: number) => new D(ticks).mul(tickOf(symbol)).toString();

function toRow(spec: RowSpec, i: number, scale = 1): BookRow {
  const stop =
    spec.stopTicks === null
      ? ''
      : price(spec.symbol, spec.entryTicks + (spec.side === 'long' ? -spec.stopTicks : spec.stopTicks));
  return {
    id: `p${i + 1}`,
    symbol: spec.symbol,
    side: spec.side,
    quantity: String(spec.quantity * scale),
    entry: price(spec.symbol, spec.entryTicks),
    stop,
  };
}

const marksArb = fc.record({
  rty: fc.integer({ min: 10_000, max: 30_000 }),
  es: fc.integer({ min: 16_000, max: 32_000 }),
});
const markInputs = (m: { rty: number; es: number }) => ({
  'stress.RTY.reference': price('RTY', m.rty),
  'stress.ES.reference': price('ES', m.es),
});

describe('stress from the marks', () => {
  it('the P&L is zero in every scenario whose prices equal the marks', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom<FamilyRoot>(...FAMILY_ROOTS), fc.integer({ min: -500, max: 500 })),
          {
            minLength: 1,
          },
        ),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 4, maxLength: 4 }),
        (deltaList, markCents) => {
          const deltas = new Map<string, Dec>();
          for (const [family, delta] of deltaList) deltas.set(family, new D(delta));
          const roots: readonly string[] = FAMILY_ROOTS;
          const markOf = (family: string) => new D(markCents[roots.indexOf(family)] ?? 1).div(100);
          expect(scenarioPnlUsd(deltas, markOf, markOf)?.isZero()).toBe(true);
        },
      ),
    );
  });

  it('a custom move of 0 % costs nothing, whatever the entries', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), marksArb, (specs, marks) => {
        const { custom } = figuresWith(
          { ...markInputs(marks), stressCustomMove: '0' },
          specs.map((s, i) => toRow(s, i)),
        ).stress.scenarios;
        expect(custom?.pnlUsd.toFixed(2)).toBe('0.00');
        expect(custom?.equityUsd.toFixed(2)).toBe('25000.00');
      }),
    );
  });

  it('the P&L of every scenario is linear in quantity', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 5 }),
        marksArb,
        fc.integer({ min: 2, max: 7 }),
        (specs, marks, k) => {
          const inputs = { ...markInputs(marks), equity: '10,000,000' };
          const once = figuresWith(
            inputs,
            specs.map((s, i) => toRow(s, i)),
          ).stress.scenarios;
          const scaled = figuresWith(
            inputs,
            specs.map((s, i) => toRow(s, i, k)),
          ).stress.scenarios;
          for (const scenario of SCENARIOS) {
            const [a, b] = [once[scenario], scaled[scenario]];
            expect(a).not.toBeNull();
            expect(b?.pnlUsd.toFixed(2)).toBe(a?.pnlUsd.mul(k).toFixed(2));
          }
        },
      ),
    );
  });
});

const invalidRowArb = fc.constantFrom<Omit<BookRow, 'id'>>(
  { symbol: 'M2K', side: 'long', quantity: '', entry: '', stop: '' },
  { symbol: 'M2K', side: 'long', quantity: '2.5', entry: '2000.0', stop: '' },
  { symbol: 'ES', side: 'short', quantity: '1', entry: '5800.10', stop: '' },
  { symbol: 'RTY', side: 'sideways', quantity: '1', entry: '2000.0', stop: '1990.0' },
  { symbol: 'XX', side: 'long', quantity: '1', entry: '2000.0', stop: '' },
);

describe('partial results', () => {
  it('leaving out an invalid row equals removing it', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 6 }),
        invalidRowArb,
        fc.nat(),
        marksArb,
        (specs, invalid, at, marks) => {
          const rows = specs.map((s, i) => toRow(s, i));
          const withInvalid = [...rows];
          withInvalid.splice(at % (rows.length + 1), 0, { ...invalid, id: 'bad' });
          const inputs = {
            ...markInputs(marks),
            maxOpenRiskPct: '50',
            entry: '2000.0',
            stopPrice: '1990.0',
          };
          const clean = figuresWith(inputs, rows);
          const dirty = figuresWith(inputs, withInvalid);
          expect(clean.book.leftOut).toEqual([]);
          expect(dirty.book.leftOut).toEqual([
            { id: 'bad', number: (at % (rows.length + 1)) + 1, reason: expect.any(String) as string },
          ]);
          // Every total and every valid row's figures, by value (only the row numbers in the notes shift).
          const totals = ({ book, account, sizer, stress }: DeskFigures) => ({
            book: { ...book, leftOut: [], rows: [...book.rows].filter(([id]) => id !== 'bad') },
            openRiskUsd: account.openRiskUsd,
            marginInUseUsd: account.marginInUseUsd,
            budget: account.budget,
            contracts: sizer.contracts,
            moveToCall: stress.moveToCall,
            moveToZero: stress.moveToZero,
            scenarios: stress.scenarios,
          });
          expect(plainFigures(totals(dirty))).toEqual(plainFigures(totals(clean)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('open risk is the sum of the rows’ risks and never negative', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), marksArb, (specs, marks) => {
        const { book, account } = figuresWith(
          markInputs(marks),
          specs.map((s, i) => toRow(s, i)),
        );
        let sum: Dec = new D(0);
        for (const figures of book.rows.values()) {
          if (figures.riskUsd !== null) sum = sum.plus(figures.riskUsd);
        }
        const total = account.openRiskUsd;
        expect(total.gte(0)).toBe(true);
        // Each row rounds up to the cent; the total rounds up once: within a cent per row.
        expect(sum.minus(total).gte(0)).toBe(true);
        expect(sum.minus(total).lte(new D(specs.length).mul('0.01'))).toBe(true);
      }),
    );
  });
});
