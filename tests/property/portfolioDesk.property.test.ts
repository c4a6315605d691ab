/**
 * The Portfolio section's compute path (texts in, figures out, as the store runs it): whole contracts
 * never fall when equity rises, and the correlated risk lies between the largest single risk and the sum
 * when every typed correlation is in [0, 1].
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldReader } from '../../src/core/fields';
import { DEFAULT_INPUTS, isInputKey, type InputKey, type Inputs } from '../../src/core/inputs';
import { pairKey } from '../../src/core/portfolio/correlation';
import { computePortfolio } from '../../src/core/portfolio/portfolioDesk';
import { emptyPortfolioRow, type PortfolioRowText } from '../../src/core/portfolio/portfolioRows';
import { BUILT_IN_DESK_REGISTRY } from '../../src/core/products/deskRegistry';
import { BUILT_IN_PRODUCTS } from '../../src/core/products/registry';

function inputsWith(changes: Readonly<Record<string, string>>): Inputs {
  const next: Record<string, string> = { ...DEFAULT_INPUTS };
  for (const [key, text] of Object.entries(changes)) if (isInputKey(key)) next[key] = text;
  return next as Inputs;
}

/** A row of any built-in product: a price and a stop distance a whole number of ticks. */
const rowArb = (id: string) =>
  fc
    .record({
      product: fc.constantFrom(...BUILT_IN_PRODUCTS),
      priceTicks: fc.integer({ min: 1_000, max: 2_000_000 }),
      stopTicks: fc.integer({ min: 1, max: 400 }),
      side: fc.constantFrom('long', 'short'),
    })
    .map(({ product, priceTicks, stopTicks, side }): PortfolioRowText => ({
      ...emptyPortfolioRow(id, product.symbol),
      side,
      price: product.tickPoints.mul(priceTicks).toFixed(product.priceDecimals),
      stopPoints: product.tickPoints.mul(stopTicks).toFixed(product.priceDecimals),
    }));

const rowsArb = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(`a${i + 1}`))));

function compute(equity: number, rows: readonly PortfolioRowText[], correlations: Record<string, string>) {
  const inputs = inputsWith({ equity: String(equity), portfolioMilestones: '' });
  return computePortfolio(
    fieldReader<InputKey>(inputs),
    inputs,
    rows,
    correlations,
    BUILT_IN_DESK_REGISTRY,
    new Map(),
  );
}

describe('portfolio compute path', () => {
  it('contracts per asset are non-decreasing in equity', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: 1_000, max: 500_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        (rows, equity, more) => {
          const low = compute(equity, rows, {});
          const high = compute(equity + more, rows, {});
          low.rows.forEach((row, i) => {
            const before = row.sizing?.contracts ?? 0;
            const after = high.rows[i]?.sizing?.contracts ?? 0;
            expect(after).toBeGreaterThanOrEqual(before);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('with typed correlations in [0, 1], the largest single risk ≤ correlated risk ≤ the sum (to the cent)', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: 5_000, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 15, maxLength: 15 }),
        (rows, equity, percents) => {
          const symbols = [...new Set(rows.map((r) => r.symbol))];
          const correlations: Record<string, string> = {};
          let k = 0;
          for (let i = 0; i < symbols.length; i++) {
            for (let j = i + 1; j < symbols.length; j++) {
              correlations[pairKey(symbols[i] ?? '', symbols[j] ?? '')] = ((percents[k] ?? 0) / 100).toFixed(
                2,
              );
              k += 1;
            }
          }
          const totals = compute(equity, rows, correlations).totals;
          if (totals === null) return;
          // With r ≥ 0 and every ρ ≥ 0, rᵀCr ≥ Σ r² ≥ 0: there is always a correlated risk.
          const correlated = totals.correlatedRiskUsd;
          expect(correlated).not.toBeNull();
          if (correlated === null) return;
          const cent = '0.005';
          expect(correlated.gte(totals.largestRiskUsd.minus(cent))).toBe(true);
          expect(correlated.lte(totals.riskUsd.plus(cent))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
