import { describe, expect, it } from 'vitest';
import { percentilesInPlace, simulate, type MonteCarloInput, type MonteCarloResult } from './monteCarlo';
import { seededUniform } from './random';

const BASE: MonteCarloInput = {
  seed: 1,
  paths: 200,
  trades: 50,
  riskFraction: 0.01,
  startEquity: 10_000,
  model: { kind: 'winRate', winRate: 0.55, payoff: 1.5 },
};

function run(change: Partial<MonteCarloInput>): MonteCarloResult {
  const outcome = simulate({ ...BASE, ...change });
  if (outcome.status !== 'ok') throw new Error(outcome.message);
  return outcome.result;
}

/** Relative closeness for float64 equity figures: |a − b| ≤ 1e-9 × |b|. */
function expectNear(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

/** Type-7 percentile by sorting, the textbook way, to check the selection against. */
function sortedPercentile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const below = s[lo] ?? Number.NaN;
  return below + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? below) - below);
}

describe('percentiles (type 7)', () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    // h = 3 × 0.05 = 0.15 → 1 + 0.15 × (2 − 1)
    [[4, 3, 2, 1], 0.05, 1.15],
    [[7], 0.95, 7],
    [[5, 1, 9, 3, 7], 0.75, 7],
  ])('%j at q = %d → %d', (values, q, expected) => {
    expect(percentilesInPlace(Float64Array.from(values), [q])[0]).toBeCloseTo(expected, 12);
  });

  it('agrees with sorting on a large random column', () => {
    const u = seededUniform(3);
    const values = Array.from({ length: 10_001 }, () => u.next() * 1000);
    const qs = [0.05, 0.25, 0.5, 0.75, 0.95];
    const got = percentilesInPlace(Float64Array.from(values), qs);
    expect([...got]).toEqual(qs.map((q) => sortedPercentile(values, q)));
  });
});

describe('deterministic cases', () => {
  it('p = 1: every path wins every trade, E × (1 + b·f)^T', () => {
    const r = run({ model: { kind: 'winRate', winRate: 1, payoff: 2 } });
    const expected = 10_000 * 1.02 ** 50;
    expectNear(r.medianFinalEquity, expected);
    expectNear(r.p5FinalEquity, expected);
    expect([r.probDrawdown20, r.probDrawdown50]).toEqual([0, 0]);
  });

  it('p = 0: every path loses, E × (1 − f)^T, drawdown 1 − 0.99^200 ≈ 87 %', () => {
    const r = run({ trades: 200, model: { kind: 'winRate', winRate: 0, payoff: 2 } });
    expectNear(r.medianFinalEquity, 10_000 * 0.99 ** 200);
    expect([r.probDrawdown20, r.probDrawdown50]).toEqual([1, 1]);
  });

  it('f = 0: equity stays flat, no drawdown', () => {
    const r = run({ riskFraction: 0 });
    expect([r.medianFinalEquity, r.p5FinalEquity]).toEqual([10_000, 10_000]);
    expect([...r.fan.p5, ...r.fan.p95].every((v) => v === 10_000)).toBe(true);
    expect([r.probDrawdown20, r.probDrawdown50]).toEqual([0, 0]);
  });

  it.each([
    // one loss of 20 %: exactly the threshold (float 0.19999999999999996) counts
    [0.2, 1, 1, 0],
    // two losses of 10 %: 1 − 0.81 = 19 %, below the threshold
    [0.1, 2, 0, 0],
    // one loss of 50 %
    [0.5, 1, 1, 1],
  ])('risk %d, %d losing trades → P(DD ≥ 20 %%) = %d, P(DD ≥ 50 %%) = %d', (f, trades, p20, p50) => {
    const r = run({ riskFraction: f, trades, model: { kind: 'winRate', winRate: 0, payoff: 1 } });
    expect([r.probDrawdown20, r.probDrawdown50]).toEqual([p20, p50]);
  });

  it('empirical: a result below −1/f stops equity at 0 (ruin), not below', () => {
    const r = run({ riskFraction: 0.5, trades: 3, model: { kind: 'empirical', resultsR: [-3] } });
    expect([r.medianFinalEquity, r.p5FinalEquity, r.probDrawdown50]).toEqual([0, 0, 1]);
  });

  it('empirical: a single result of +2R compounds 1 + 2f per trade', () => {
    const r = run({ model: { kind: 'empirical', resultsR: [2] } });
    expectNear(r.medianFinalEquity, 10_000 * 1.02 ** 50);
  });
});

describe('the fan chart', () => {
  it.each([
    [200, 50, 51, 4],
    [7, 3, 4, 3],
    [1, 50, 2, 1],
    [10, 10, 11, 1],
  ])(
    '%i trades, %i fan points → %i points, step %i, ending at the last trade',
    (trades, fanPoints, count, step) => {
      const r = run({ trades, fanPoints });
      expect(r.fan.tradeIndex.length).toBe(count);
      expect(r.fan.tradeIndex[0]).toBe(0);
      expect(r.fan.tradeIndex[1]).toBe(step);
      expect(r.fan.tradeIndex[count - 1]).toBe(trades);
      expect(r.fan.p50[count - 1]).toBe(r.medianFinalEquity);
      expect(r.fan.p5[0]).toBe(10_000);
    },
  );

  it('the percentile bands are ordered at every point', () => {
    const r = run({ paths: 500 });
    const { p5, p25, p50, p75, p95 } = r.fan;
    for (let i = 0; i < p5.length; i++) {
      const band = [p5[i], p25[i], p50[i], p75[i], p95[i]].map((v) => v ?? Number.NaN);
      expect(band).toEqual([...band].sort((a, b) => a - b));
    }
  });
});

describe('statistics', () => {
  // p = 0.5, b = 1, f = 1 %, 100 trades: the final equity is E × 1.01^W × 0.99^(100 − W), W ~ Bin(100, ½).
  // Median of W = 50; P(W ≤ 41) = 0.044, P(W ≤ 42) = 0.067, so the 5th percentile is W = 42.
  const r = run({ paths: 10_000, trades: 100, model: { kind: 'winRate', winRate: 0.5, payoff: 1 } });

  it('the median is the 50-win path', () => {
    expectNear(r.medianFinalEquity, 10_000 * 1.01 ** 50 * 0.99 ** 50);
  });

  it('the 5th percentile is the 42-win path', () => {
    expectNear(r.p5FinalEquity, 10_000 * 1.01 ** 42 * 0.99 ** 58);
  });
});

describe('against a straightforward re-implementation', () => {
  it.each([
    ['win rate', { kind: 'winRate', winRate: 0.45, payoff: 1.8 }],
    ['empirical', { kind: 'empirical', resultsR: [-1, -1, -0.5, 0, 1.2, 2.5, 3] }],
  ] as const)('%s model: same draws, same figures', (_, model) => {
    const input: MonteCarloInput = {
      seed: 11,
      paths: 400,
      trades: 60,
      riskFraction: 0.05,
      startEquity: 5_000,
      model,
      fanPoints: 7,
    };
    const u = seededUniform(input.seed);
    const finals: number[] = [];
    const at27: number[] = [];
    let dd20 = 0;
    let dd50 = 0;
    for (let p = 0; p < input.paths; p++) {
      let equity = input.startEquity;
      let peak = equity;
      let worst = 0;
      for (let t = 1; t <= input.trades; t++) {
        const x = u.next();
        if (model.kind === 'winRate') {
          equity *= x < model.winRate ? 1 + model.payoff * input.riskFraction : 1 - input.riskFraction;
        } else {
          const rMultiple = model.resultsR[Math.floor(x * model.resultsR.length)] ?? 0;
          equity *= Math.max(0, 1 + input.riskFraction * rMultiple);
        }
        peak = Math.max(peak, equity);
        worst = Math.max(worst, (peak - equity) / peak);
        if (t === 27) at27.push(equity);
      }
      finals.push(equity);
      if (worst >= 0.2 - 1e-12) dd20 += 1;
      if (worst >= 0.5 - 1e-12) dd50 += 1;
    }
    const r = run(input);
    expectNear(r.medianFinalEquity, sortedPercentile(finals, 0.5));
    expectNear(r.p5FinalEquity, sortedPercentile(finals, 0.05));
    expect(r.probDrawdown20).toBe(dd20 / input.paths);
    expect(r.probDrawdown50).toBe(dd50 / input.paths);
    // step = ceil(60 ÷ 7) = 9: fan points 0, 9, 18, 27, 36, 45, 54 and the last trade, 60
    expect([...r.fan.tradeIndex]).toEqual([0, 9, 18, 27, 36, 45, 54, 60]);
    expectNear(r.fan.p25[3] ?? 0, sortedPercentile(at27, 0.25));
    expectNear(r.fan.p95[3] ?? 0, sortedPercentile(at27, 0.95));
    // the case exercises drawdowns on both sides of the threshold
    expect(dd20).toBeGreaterThan(0);
    expect(dd20).toBeLessThan(input.paths);
  });
});

describe('reproducibility', () => {
  it('the same seed gives identical results; another seed differs', () => {
    const a = run({ seed: 5 });
    const b = run({ seed: 5 });
    const c = run({ seed: 6 });
    expect(b).toEqual(a);
    expect(c.fan.p50).not.toEqual(a.fan.p50);
  });
});

describe('bad input gives a message, never a throw', () => {
  it.each([
    [{ seed: 1.5 }, 'The seed must be a whole number.'],
    [{ paths: 0 }, 'Paths must be a whole number from 1 to 100000.'],
    [{ trades: 10_001 }, 'Trades must be a whole number from 1 to 10000.'],
    [{ riskFraction: -0.01 }, 'The risk per trade must be from 0% to 100%.'],
    [{ riskFraction: Number.NaN }, 'The risk per trade must be from 0% to 100%.'],
    [{ startEquity: 0 }, 'The starting equity must be greater than 0.'],
    [{ fanPoints: 0 }, 'Fan points must be a whole number from 1 to 1000.'],
    [{ model: { kind: 'winRate', winRate: 1.2, payoff: 1 } }, 'The win rate must be from 0% to 100%.'],
    [{ model: { kind: 'winRate', winRate: 0.5, payoff: -1 } }, 'The payoff must be at least 0.'],
    [{ model: { kind: 'empirical', resultsR: [] } }, 'The simulation needs at least one result.'],
    [
      { model: { kind: 'empirical', resultsR: [1, Number.POSITIVE_INFINITY] } },
      'Every result must be a finite number.',
    ],
  ] as [Partial<MonteCarloInput>, string][])('%j → %s', (change, message) => {
    const outcome = simulate({ ...BASE, ...change });
    expect(outcome.status === 'error' ? outcome.message : null).toBe(message);
  });
});
