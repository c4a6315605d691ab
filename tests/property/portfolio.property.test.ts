import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, ZERO, type Dec } from '../../src/core/decimal';
import {
  correlatedRiskCents,
  correlatedRiskUsd,
  correlationMatrix,
  pairCorrelation,
  type CloseSeries,
} from '../../src/core/portfolio/correlation';
import {
  sizeAsset,
  sizeAssetMix,
  sizePortfolio,
  type PortfolioAccount,
  type PortfolioAsset,
} from '../../src/core/portfolio/portfolioSizing';
import { scalingPlan } from '../../src/core/portfolio/scalingPlan';
import { BUILT_IN_PRODUCTS } from '../../src/core/products/registry';

const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new D(n).div(100));

/** A symmetric matrix with a unit diagonal and off-diagonal entries from `rho`. */
function symmetric(n: number, rho: fc.Arbitrary<number>): fc.Arbitrary<number[][]> {
  return fc.array(rho, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
    const m: number[][] = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (__, j) => (i === j ? 1 : 0)),
    );
    let k = 0;
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const value = upper[k] ?? 0;
        k += 1;
        const rowI = m[i];
        const rowJ = m[j];
        if (rowI !== undefined && rowJ !== undefined) {
          rowI[j] = value;
          rowJ[i] = value;
        }
      }
    }
    return m;
  });
}

const unitRho = fc.double({ min: 0, max: 1, noNaN: true });

describe('correlated risk', () => {
  it('with 0 ≤ ρ ≤ 1 lies between the largest single risk and the sum (exact, before rounding)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 10 })
          .chain((n) =>
            fc.tuple(fc.array(cents(0, 1_000_000), { minLength: n, maxLength: n }), symmetric(n, unitRho)),
          ),
        ([risks, matrix]) => {
          const value = correlatedRiskUsd(risks, matrix);
          expect(value).not.toBeNull();
          if (value === null) return;
          const sum = risks.reduce((s, r) => s.plus(r), ZERO);
          const largest = risks.reduce((m, r) => (r.gt(m) ? r : m), ZERO);
          expect(value.gte(largest)).toBe(true);
          expect(value.lte(sum)).toBe(true);
          // Risks in whole cents: the bounds hold after rounding to the cent too.
          const rounded = correlatedRiskCents(value);
          expect(rounded.gte(largest) && rounded.lte(sum)).toBe(true);
        },
      ),
    );
  });

  it('grows with every correlation (ρ ≥ 0 risks): raising one ρ never lowers it', () => {
    fc.assert(
      fc.property(
        fc.tuple(cents(0, 100_000), cents(0, 100_000), cents(0, 100_000)),
        symmetric(3, unitRho),
        unitRho,
        (risks, matrix, bump) => {
          const before = correlatedRiskUsd(risks, matrix);
          const raised = matrix.map((row) => [...row]);
          const r01 = raised[0];
          const r10 = raised[1];
          if (r01 === undefined || r10 === undefined) return;
          const next = Math.max(r01[1] ?? 0, bump);
          r01[1] = next;
          r10[0] = next;
          const after = correlatedRiskUsd(risks, raised);
          expect(before !== null && after !== null && after.gte(before)).toBe(true);
        },
      ),
    );
  });
});

describe('correlation of returns', () => {
  // Prices in cents from $1 to $1,000: returns far above float rounding (a series moving by one ulp is not a
  // market, and its ρ is noise).
  const closes = fc.array(
    fc.integer({ min: 100, max: 100_000 }).map((n) => n / 100),
    { minLength: 3, maxLength: 40 },
  );

  it('is symmetric, within [−1, 1], and unchanged by scaling a price series', () => {
    fc.assert(
      fc.property(closes, closes, fc.constantFrom(0.01, 0.5, 3, 1000), (a, b, k) => {
        const n = Math.min(a.length, b.length);
        const dates = Array.from({ length: n }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`).slice(
          0,
          31,
        );
        const m = dates.length;
        const sa: CloseSeries = { symbol: 'A', dates, close: a.slice(0, m) };
        const sb: CloseSeries = { symbol: 'B', dates, close: b.slice(0, m) };
        const scaled: CloseSeries = { symbol: 'B2', dates, close: b.slice(0, m).map((x) => x * k) };
        const ab = pairCorrelation(sa, sb);
        const ba = pairCorrelation(sb, sa);
        expect(ab.overlap).toBe(m - 1);
        expect(ba.rho === null ? null : ba.rho).toBe(ab.rho === null ? null : ab.rho);
        if (ab.rho !== null) {
          expect(Math.abs(ab.rho)).toBeLessThanOrEqual(1);
          expect(pairCorrelation(sa, scaled).rho ?? Number.NaN).toBeCloseTo(ab.rho, 9);
        }
        const matrix = correlationMatrix([sa, sb]);
        expect(matrix.cells[0]?.[1]).toEqual(matrix.cells[1]?.[0]);
      }),
    );
  });
});

const productArb = fc.constantFrom(...BUILT_IN_PRODUCTS);

/** A sizable asset on any built-in product: a stop of 1–500 of its ticks, costs in cents. */
const assetArb = fc
  .record({
    spec: productArb,
    side: fc.constantFrom<'long' | 'short'>('long', 'short'),
    stopTicks: fc.integer({ min: 1, max: 500 }),
    slippage: fc.integer({ min: 0, max: 3 }),
    commission: cents(0, 500),
    margin: fc.option(cents(1_000, 3_000_000), { nil: null }),
    partnerMargin: cents(1_000, 3_000_000),
  })
  .map(
    ({ spec, side, stopTicks, slippage, commission, margin, partnerMargin }) =>
      ({
        asset: {
          spec,
          side,
          price: spec.tickPoints.mul(100_000),
          stop: { kind: 'points', points: spec.tickPoints.mul(stopTicks) },
          slippageTicks: new D(slippage),
          costs: { marginPerContractUsd: margin, commissionPerSideUsd: commission },
          referenceAtrPoints: null,
        },
        partnerCosts: { marginPerContractUsd: partnerMargin, commissionPerSideUsd: commission },
      }) satisfies { asset: PortfolioAsset; partnerCosts: PortfolioAsset['costs'] },
  );

const rates = { riskPercent: new D('1.5'), maxMarginPercentPerAsset: new D('20') };
const accountAt = (equityUsd: Dec): PortfolioAccount => ({ equityUsd, ...rates });

describe('portfolio sizing', () => {
  it('each row: whole contracts ≥ 0, risk within the budget, margin within the cap, one more would not fit', () => {
    fc.assert(
      fc.property(assetArb, cents(100_000, 100_000_000), ({ asset }, equity) => {
        const row = sizeAsset(asset, accountAt(equity));
        expect(row).not.toBeNull();
        if (row === null) return;
        expect(Number.isInteger(row.contracts) && row.contracts >= 0).toBe(true);
        expect(row.riskUsd.lte(row.budgetUsd)).toBe(true);
        const margin = asset.costs.marginPerContractUsd;
        if (margin !== null) expect(margin.mul(row.contracts).lte(row.marginCapUsd)).toBe(true);
        const oneMoreRisk = row.riskPerContractUsd.mul(row.contracts + 1).lte(row.budgetUsd);
        const oneMoreMargin = margin === null || margin.mul(row.contracts + 1).lte(row.marginCapUsd);
        expect(oneMoreRisk && oneMoreMargin).toBe(false);
      }),
    );
  });

  it('contracts (and mix exposure) never fall as equity rises', () => {
    fc.assert(
      fc.property(
        fc.array(assetArb, { minLength: 1, maxLength: 3 }),
        fc.array(cents(100_000, 50_000_000), { minLength: 2, maxLength: 8 }),
        (assets, equities) => {
          const milestones = [...equities].sort((x, y) => x.cmp(y));
          const plan = scalingPlan(assets, rates, milestones);
          for (const row of plan) {
            const cells = row.cells ?? [];
            for (let i = 1; i < cells.length; i += 1) {
              const before = cells[i - 1];
              const after = cells[i];
              if (before === undefined || after === undefined) continue;
              expect(after.contracts).toBeGreaterThanOrEqual(before.contracts);
              if (before.mix !== null && after.mix !== null) {
                expect(after.mix.exposureMicroUnits).toBeGreaterThanOrEqual(before.mix.exposureMicroUnits);
              }
            }
          }
        },
      ),
    );
  });

  it('the mix never holds less exposure than the row alone when the row is the micro', () => {
    fc.assert(
      fc.property(assetArb, cents(100_000, 50_000_000), ({ asset, partnerCosts }, equity) => {
        fc.pre(asset.spec.size === 'micro' && asset.costs.marginPerContractUsd !== null);
        const account = accountAt(equity);
        const single = sizeAsset(asset, account);
        const mixed = sizeAssetMix(asset, partnerCosts, account);
        if (single === null || mixed === null) return;
        expect(mixed.mix.exposureMicroUnits).toBeGreaterThanOrEqual(single.contracts);
      }),
    );
  });

  it('totals: summed risk is the sum of the rows; correlated risk at ρ = 1 equals it to the cent', () => {
    fc.assert(
      fc.property(
        fc.array(assetArb, { minLength: 1, maxLength: 10 }),
        cents(100_000, 20_000_000),
        (assets, equity) => {
          const rows = assets.map((a) => a.asset);
          const ones = rows.map(() => rows.map(() => 1));
          const result = sizePortfolio(rows, accountAt(equity), ones);
          const sum = result.rows.reduce((s, r) => (r === null ? s : s.plus(r.riskUsd)), ZERO);
          expect(result.totals.riskUsd.eq(sum)).toBe(true);
          expect(result.totals.correlatedRiskUsd?.eq(correlatedRiskCents(sum))).toBe(true);
        },
      ),
    );
  });
});
