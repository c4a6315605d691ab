import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACTS, FAMILY_ROOTS, pairOf, type ContractSymbol } from '../../src/core/contracts';
import type { ProductPair, ProductSpec } from '../../src/core/products/registry';
import { D, type Dec } from '../../src/core/decimal';
import {
  marginCapUsd,
  riskBudget,
  riskPerContractUsd,
  sizeMix,
  sizeSingle,
  type ContractCost,
} from '../../src/core/positionSize';
import { isOnTickGrid, snapStopAwayFromEntry } from '../../src/core/tickGrid';
import { computeDesk } from '../../src/core/desk';
import { DEFAULT_INPUTS } from '../../src/core/inputs';

const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new D(n).div(100));
// The contracts with default margins (the desk sizes only with a margin on the chosen basis).
const symbolArb = fc.constantFrom<ContractSymbol>(
  'RTY',
  'M2K',
  'ES',
  'MES',
  'NQ',
  'MNQ',
  'YM',
  'MYM',
  'CL',
  'MCL',
);

/** Every built-in standard ↔ micro pairing (1 : 10 and SI/SIL 1 : 5; shared and unequal ticks). */
const PAIRS: readonly ProductPair[] = FAMILY_ROOTS.flatMap((root) => pairOf(CONTRACTS[root]) ?? []);
const pairFor = (symbol: ContractSymbol): ProductPair => {
  const pair = pairOf(CONTRACTS[symbol]);
  if (pair === null) throw new Error(`${symbol} has no pairing`);
  return pair;
};

const costArb = (spec: ProductSpec, minRiskCents = 1) =>
  fc
    .record({ risk: cents(minRiskCents, 500_000), margin: cents(1_000, 3_000_000) })
    .map(({ risk, margin }): ContractCost => ({ spec, riskUsd: risk, marginUsd: margin }));

const exposure = (ratio: number, minis: number, micros: number) => ratio * minis + micros;
const legCount = (legs: readonly { count: number }[], i: number) => legs[i]?.count ?? -1;

function totals(mini: ContractCost, micro: ContractCost, a: number, b: number): { risk: Dec; margin: Dec } {
  return {
    risk: mini.riskUsd.mul(a).plus(micro.riskUsd.mul(b)),
    margin: mini.marginUsd.mul(a).plus(micro.marginUsd.mul(b)),
  };
}

describe('sizing invariants', () => {
  it('a single-contract size is whole, ≥ 0, within the budget and the cap, and maximal', () => {
    fc.assert(
      fc.property(
        symbolArb.chain((s) => costArb(CONTRACTS[s])),
        cents(0, 5_000_000),
        cents(0, 50_000_000),
        (cost, budget, cap) => {
          const size = sizeSingle(cost, budget, cap, 'risk');
          const n = legCount(size.legs, 0);
          expect(Number.isInteger(n) && n >= 0).toBe(true);
          expect(cost.riskUsd.mul(n).lte(budget)).toBe(true);
          expect(cost.marginUsd.mul(n).lte(cap)).toBe(true);
          const oneMoreFits = cost.riskUsd.mul(n + 1).lte(budget) && cost.marginUsd.mul(n + 1).lte(cap);
          expect(oneMoreFits).toBe(false);
        },
      ),
    );
  });

  it('the standard + micro mix is the brute-force optimum for every pairing: most exposure, then fewest contracts', () => {
    expect(PAIRS.map((p) => p.ratio)).toEqual([10, 10, 10, 10, 10, 5, 10, 10, 10]);
    fc.assert(
      fc.property(
        fc.constantFrom(...PAIRS).chain((pair) =>
          // Risk per contract ≥ $10 keeps the brute force below a few hundred standards.
          fc.tuple(fc.constant(pair), costArb(pair.standard, 1_000), costArb(pair.micro, 1_000)),
        ),
        cents(0, 300_000),
        cents(0, 3_000_000),
        ([pair, mini, micro], budget, cap) => {
          const size = sizeMix(pair, mini, micro, budget, cap, 'risk');
          const a = legCount(size.legs, 0);
          const b = legCount(size.legs, 1);
          const used = totals(mini, micro, a, b);
          expect(a >= 0 && b >= 0).toBe(true);
          expect(used.risk.lte(budget) && used.margin.lte(cap)).toBe(true);
          let best = { a: 0, b: 0 };
          const maxA = budget.div(mini.riskUsd).floor().toNumber();
          for (let ia = 0; ia <= maxA; ia++) {
            const byRisk = budget.minus(mini.riskUsd.mul(ia)).div(micro.riskUsd).floor();
            const byMargin = cap.minus(mini.marginUsd.mul(ia)).div(micro.marginUsd).floor();
            const ib = Math.min(byRisk.toNumber(), byMargin.toNumber());
            if (ib < 0) continue;
            const better = exposure(pair.ratio, ia, ib) > exposure(pair.ratio, best.a, best.b);
            const tieFewer =
              exposure(pair.ratio, ia, ib) === exposure(pair.ratio, best.a, best.b) &&
              ia + ib < best.a + best.b;
            if (better || tieFewer) best = { a: ia, b: ib };
          }
          expect({ a, b }).toEqual(best);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding equity never lowers the size (risk %, margin cap %, mix on or off)', () => {
    fc.assert(
      fc.property(
        symbolArb,
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: 1, max: 500 }),
        cents(100_000, 100_000_000),
        cents(0, 50_000_000),
        fc.boolean(),
        (symbol, stopTicks, riskBps, equity, extra, mix) => {
          const inputs = {
            ...DEFAULT_INPUTS,
            symbol,
            entry: symbol.startsWith('Y') || symbol === 'MYM' ? '42000' : '5000',
            stopMethod: 'ticks',
            stopTicks: String(stopTicks),
            riskPerTrade: new D(riskBps).div(100).toString(),
            mix: String(mix),
          };
          const exposureOf = (eq: Dec) => {
            const { position } = computeDesk(
              { ...inputs, equity: eq.toString() },
              { today: { year: 2026, month: 11, day: 21 }, studyBars: null },
            ).sizer;
            return (position?.legs ?? []).reduce(
              (sum, leg) =>
                sum + (leg.spec.size === 'standard' ? (leg.spec.pairing?.ratio ?? 1) : 1) * leg.count,
              0,
            );
          };
          expect(exposureOf(equity.plus(extra))).toBeGreaterThanOrEqual(exposureOf(equity));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the whole position risks no more than the budget and uses no more margin than the cap', () => {
    fc.assert(
      fc.property(
        symbolArb,
        cents(100_000, 100_000_000),
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 1, max: 4_000 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (symbol, equity, riskBps, stopTicks, slippage, marginPct, mix) => {
          const spec = CONTRACTS[symbol];
          const entry = new D(40_000).mul(spec.tickPoints);
          const stop = entry.minus(spec.tickPoints.mul(stopTicks));
          const budget = riskBudget(equity, { kind: 'percent', percent: new D(riskBps).div(100) }, null);
          const cap = marginCapUsd(equity, new D(marginPct));
          const costOf = (s: typeof spec): ContractCost => ({
            spec: s,
            riskUsd: riskPerContractUsd(s, entry, stop, new D(slippage), new D('0.62')),
            marginUsd: new D(s.size === 'standard' ? '8920' : '892'),
          });
          const pair = pairFor(symbol);
          const size = mix
            ? sizeMix(pair, costOf(pair.standard), costOf(pair.micro), budget.budgetUsd, cap, 'risk')
            : sizeSingle(costOf(spec), budget.budgetUsd, cap, 'risk');
          const risk = size.legs.reduce(
            (sum, leg) => sum.plus(costOf(leg.spec).riskUsd.mul(leg.count)),
            new D(0),
          );
          const margin = size.legs.reduce(
            (sum, leg) => sum.plus(costOf(leg.spec).marginUsd.mul(leg.count)),
            new D(0),
          );
          expect(risk.lte(budget.budgetUsd)).toBe(true);
          expect(margin.lte(cap)).toBe(true);
          expect(size.legs.every((leg) => Number.isInteger(leg.count) && leg.count >= 0)).toBe(true);
        },
      ),
    );
  });

  it('an ATR stop is on the tick grid, on the loss side, and at least k × ATR from entry', () => {
    fc.assert(
      fc.property(
        symbolArb,
        fc.integer({ min: 4_000, max: 200_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('long' as const, 'short' as const),
        (symbol, entryTicks, atrHundredths, kTenths, side) => {
          const spec = CONTRACTS[symbol];
          const entry = spec.tickPoints.mul(entryTicks);
          const distance = new D(atrHundredths).div(100).mul(new D(kTenths).div(10));
          const raw = side === 'long' ? entry.minus(distance) : entry.plus(distance);
          const stop = snapStopAwayFromEntry(raw, side, spec.tickPoints);
          expect(isOnTickGrid(stop, spec.tickPoints)).toBe(true);
          expect(side === 'long' ? stop.lt(entry) : stop.gt(entry)).toBe(true);
          expect(stop.minus(entry).abs().gte(distance)).toBe(true);
          expect(stop.minus(entry).abs().minus(distance).lt(spec.tickPoints)).toBe(true);
        },
      ),
    );
  });

  it('the computed stop of the desk is on the grid and on the loss side for every method', () => {
    fc.assert(
      fc.property(
        symbolArb,
        fc.integer({ min: 10_000, max: 100_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.constantFrom('long', 'short'),
        fc.constantFrom('ticks', 'atr'),
        (symbol, entryTicks, n, side, method) => {
          const spec = CONTRACTS[symbol];
          const entry = spec.tickPoints.mul(entryTicks);
          const atr = new D(n).div(7).toDecimalPlaces(3);
          const distance = method === 'ticks' ? spec.tickPoints.mul(n) : atr.mul('2.5');
          fc.pre(distance.plus(spec.tickPoints).lt(entry));
          const inputs = {
            ...DEFAULT_INPUTS,
            symbol,
            side,
            stopMethod: method,
            entry: entry.toString(),
            stopTicks: String(n),
            atr: atr.toFixed(3),
          };
          const { sizer, fieldErrors } = computeDesk(inputs, {
            today: { year: 2026, month: 11, day: 21 },
            studyBars: null,
          });
          expect(fieldErrors).toEqual({});
          const stop = sizer.stopAt;
          expect(stop).not.toBeNull();
          if (stop === null) return;
          expect(isOnTickGrid(stop, spec.tickPoints)).toBe(true);
          expect(side === 'long' ? stop.lt(entry) : stop.gt(entry)).toBe(true);
        },
      ),
    );
  });
});
