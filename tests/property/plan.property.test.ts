import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CONTRACTS, CONTRACT_SYMBOLS } from '../../src/core/contracts';
import { csvCell } from '../../src/core/csv';
import { D, type Dec } from '../../src/core/decimal';
import { computeBracket, splitQuantity, type TargetSpec } from '../../src/core/plan/bracket';
import { etfToFutures, stagedEntry } from '../../src/core/plan/etf';
import { growthPerTrade, kellyFraction } from '../../src/core/plan/kelly';
import { simulate } from '../../src/core/plan/monteCarlo';
import { nextSessionEndMs, parseTimeZone, wallTimeAt } from '../../src/core/plan/sessionClock';

const symbolArb = fc.constantFrom(...CONTRACT_SYMBOLS);
const sideArb = fc.constantFrom('long' as const, 'short' as const);
const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new D(n).div(100));

/** A random bracket: entry on the grid, a stop 1–400 ticks away, 1–3 targets farther out one by one. */
const bracketArb = fc
  .record({
    symbol: symbolArb,
    side: sideArb,
    entryTicks: fc.integer({ min: 5_000, max: 200_000 }),
    stopTicks: fc.integer({ min: 1, max: 400 }),
    targetSteps: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('ticks' as const), ticks: fc.integer({ min: 1, max: 300 }) }),
        fc.record({ kind: fc.constant('r' as const), hundredths: fc.integer({ min: 10, max: 500 }) }),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    quantity: fc.integer({ min: 3, max: 200 }),
    even: fc.boolean(),
    cuts: fc.array(fc.integer({ min: 1, max: 199 }), { minLength: 2, maxLength: 2 }),
    slippageTicks: fc.integer({ min: 0, max: 4 }),
    commission: cents(0, 500),
    breakeven: fc.boolean(),
  })
  .map((r) => {
    const spec = CONTRACTS[r.symbol];
    const tick = spec.tickPoints;
    const sign = r.side === 'long' ? 1 : -1;
    const entry = tick.mul(r.entryTicks);
    const stop = entry.minus(tick.mul(r.stopTicks * sign));
    // Each target at least as far as the one before: typed tick targets accumulate; R targets are used
    // only as the first target so that their distance does not need comparing.
    let distance = 0;
    const targets: TargetSpec[] = r.targetSteps.map((step, i) => {
      if (step.kind === 'r' && i === 0) {
        distance = Math.floor((r.stopTicks * step.hundredths) / 100);
        return { kind: 'r', multiple: new D(step.hundredths).div(100) };
      }
      distance += step.kind === 'ticks' ? step.ticks : 1;
      return { kind: 'price', price: entry.plus(tick.mul(distance * sign)) };
    });
    const n = targets.length;
    const [a, b] = [...r.cuts].map((c) => 1 + (c % (r.quantity - 2))).sort((x, y) => x - y);
    const cutA = a ?? 1;
    const cutB = Math.max(cutA + 1, b ?? 2);
    const explicit =
      n === 1 ? [r.quantity] : n === 2 ? [cutA, r.quantity - cutA] : [cutA, cutB - cutA, r.quantity - cutB];
    return {
      contract: spec,
      side: r.side,
      entry,
      stop,
      quantity: r.quantity,
      targets,
      quantities: r.even ? null : explicit,
      slippageTicks: new D(r.slippageTicks),
      commissionPerSideUsd: r.commission,
      breakevenAfterTarget1: r.breakeven,
    };
  });

function minMax(values: readonly Dec[]): [Dec, Dec] {
  let lo = values[0] ?? new D(0);
  let hi = lo;
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return [lo, hi];
}

describe('bracket invariants', () => {
  it('the even split adds up to the position, the remainder on the last target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 3 }), (total, parts) => {
        const split = splitQuantity(total, parts);
        if (total < parts) {
          expect(split).toBeNull();
          return;
        }
        expect(split).not.toBeNull();
        const q = split ?? [];
        expect(q.reduce((s, x) => s + x, 0)).toBe(total);
        expect(q.slice(0, -1).every((x) => x === Math.floor(total / parts))).toBe(true);
        expect((q[q.length - 1] ?? 0) - Math.floor(total / parts)).toBeLessThan(parts);
      }),
    );
  });

  it('bracket quantities sum to the position; blended R:R lies between the smallest and largest target R:R', () => {
    fc.assert(
      fc.property(bracketArb, (input) => {
        const result = computeBracket(input);
        if (result.status !== 'ok') {
          // The only rejection this generator can meet: an R target of less than a tick.
          expect(Object.keys(result.errors)).toEqual(['target1']);
          return;
        }
        const b = result.bracket;
        expect(b.legs.reduce((s, leg) => s + leg.quantity, 0)).toBe(input.quantity);
        const [lo, hi] = minMax(b.legs.map((leg) => leg.rewardToRisk));
        expect(b.blendedRewardToRisk.gte(lo) && b.blendedRewardToRisk.lte(hi)).toBe(true);
        expect(b.legs.reduce((s, leg) => s.plus(leg.stopFirstUsd), new D(0)).eq(b.stopFirstUsd)).toBe(true);
        expect(b.stopTicksFromEntry).toBeLessThan(0);
        expect(b.legs.every((leg) => leg.ticksFromEntry > 0)).toBe(true);
      }),
    );
  });

  it('each further target filled before the stop leaves the trader better off', () => {
    fc.assert(
      fc.property(bracketArb, (input) => {
        const result = computeBracket(input);
        if (result.status !== 'ok') return;
        const pnl = result.bracket.outcomes.map((o) => o.pnlUsd);
        for (let k = 1; k < pnl.length; k++) expect(pnl[k]?.gt(pnl[k - 1] ?? 0)).toBe(true);
        expect(pnl[0]?.eq(result.bracket.stopFirstUsd)).toBe(true);
        expect(pnl[pnl.length - 1]?.eq(result.bracket.rewardIfAllFillUsd)).toBe(true);
      }),
    );
  });
});

describe('Kelly invariants', () => {
  const pArb = fc.integer({ min: 1, max: 999 }).map((n) => n / 1000);
  const bArb = fc.integer({ min: 10, max: 1_000 }).map((n) => n / 100);

  it('growth is maximal at f*', () => {
    fc.assert(
      fc.property(pArb, bArb, fc.double({ min: 0, max: 0.999, noNaN: true }), (p, b, f) => {
        const kelly = kellyFraction(new D(p), new D(b));
        const best = kelly.fullFraction.toNumber();
        const atBest = growthPerTrade(p, b, best) ?? Number.NaN;
        const atF = growthPerTrade(p, b, f) ?? Number.NaN;
        expect(atBest).toBeGreaterThanOrEqual(atF - 1e-12);
      }),
    );
  });

  it('with no edge no fraction grows equity and every size is 0', () => {
    fc.assert(
      fc.property(pArb, bArb, fc.double({ min: 0, max: 0.999, noNaN: true }), (p, b, f) => {
        const kelly = kellyFraction(new D(p), new D(b));
        if (!kelly.noEdge) return;
        expect(growthPerTrade(p, b, f) ?? Number.NaN).toBeLessThanOrEqual(1e-12);
        expect(kelly.fullFraction.isZero() && kelly.halfFraction.isZero()).toBe(true);
      }),
    );
  });
});

describe('Monte Carlo invariants', () => {
  const inputArb = fc.record({
    seed: fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
    paths: fc.integer({ min: 1, max: 60 }),
    trades: fc.integer({ min: 1, max: 40 }),
    riskFraction: fc.integer({ min: 0, max: 100 }).map((n) => n / 1000),
    startEquity: fc.integer({ min: 100, max: 1_000_000 }),
    model: fc.oneof(
      fc.record({
        kind: fc.constant('winRate' as const),
        winRate: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        payoff: fc.integer({ min: 0, max: 500 }).map((n) => n / 100),
      }),
      fc.record({
        kind: fc.constant('empirical' as const),
        resultsR: fc.array(
          fc.integer({ min: -300, max: 500 }).map((n) => n / 100),
          { minLength: 1, maxLength: 20 },
        ),
      }),
    ),
  });

  it('a fixed seed reproduces every figure', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(simulate(input)).toEqual(simulate(input));
      }),
      { numRuns: 50 },
    );
  });

  it('bands are ordered, probabilities are shares, and a 50 % drawdown is also a 20 % one', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = simulate(input);
        expect(outcome.status).toBe('ok');
        if (outcome.status !== 'ok') return;
        const { fan, probDrawdown20, probDrawdown50, p5FinalEquity, medianFinalEquity } = outcome.result;
        expect(probDrawdown50).toBeLessThanOrEqual(probDrawdown20);
        expect(probDrawdown20).toBeLessThanOrEqual(1);
        expect(p5FinalEquity).toBeLessThanOrEqual(medianFinalEquity);
        for (let i = 0; i < fan.p5.length; i++) {
          const band = [fan.p5[i], fan.p25[i], fan.p50[i], fan.p75[i], fan.p95[i]].map(
            (v) => v ?? Number.NaN,
          );
          expect(band.every((v, j) => j === 0 || v >= (band[j - 1] ?? Number.NaN))).toBe(true);
          expect(band.every((v) => v >= 0)).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('session clock invariants', () => {
  const chicago = parseTimeZone('America/Chicago');
  it('the session ends at the first 17:00 Chicago after the instant, within 25 hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }), (t) => {
        const end = nextSessionEndMs(t);
        expect(end).toBeGreaterThan(t);
        expect(end - t).toBeLessThanOrEqual(25 * 3_600_000);
        if (chicago === null) throw new Error('no Chicago zone');
        const wall = wallTimeAt(end, chicago);
        expect([wall.hour, wall.minute, wall.second]).toEqual([17, 0, 0]);
        expect(nextSessionEndMs(end - 1)).toBe(end);
      }),
    );
  });
});

describe('CSV cell invariants', () => {
  it('a spreadsheet reads back the text (after a guard quote) and never sees a formula start', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const cell = csvCell(text);
        const parsed = Papa.parse<string[]>(`${cell},x`, { newline: '\r\n' });
        const value = parsed.data[0]?.[0] ?? '';
        expect(value === text || value === `'${text}`).toBe(true);
        expect(/^(?:[\t\r\n\0]|[ ]*[=+\-@])/.test(value)).toBe(false);
      }),
    );
  });
});

describe('ETF invariants', () => {
  it('the staged entry adds up to the whole position in shares and in contracts', () => {
    fc.assert(
      fc.property(
        cents(100, 100_000),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 500, max: 5_000 }),
        (price, leverage, usd, index) => {
          const result = etfToFutures({
            etfPrice: price,
            leverage: new D(leverage),
            position: { kind: 'usd', usd: new D(usd) },
            pair: { mini: CONTRACTS.RTY, micro: CONTRACTS.M2K, microsPerMini: 10 },
            futuresPrice: new D(index),
          });
          expect(result.status).toBe('ok');
          if (result.status !== 'ok') return;
          const eq = result.equivalent;
          expect(eq.positionValueUsd.lte(usd)).toBe(true);
          const { now, atConfirmation } = stagedEntry(eq, 10);
          expect(now.shares.plus(atConfirmation.shares).eq(eq.shares)).toBe(true);
          expect(now.futures.microUnits + atConfirmation.futures.microUnits).toBe(eq.futures.microUnits);
          expect(now.futures.minis * 10 + now.futures.micros).toBe(now.futures.microUnits);
          expect(now.shares.lte(atConfirmation.shares)).toBe(true);
          // the nearest whole number of micros: within half a micro of the exposure
          expect(eq.mismatchUsd.abs().lte(eq.microNotionalUsd.div(2))).toBe(true);
        },
      ),
    );
  });
});
