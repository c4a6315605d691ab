import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../decimal';
import {
  correlatedRiskCents,
  correlatedRiskUsd,
  correlationMatrix,
  dayKey,
  pairCorrelation,
  pairKey,
  parseCorrelationText,
  resolveCorrelations,
  type CloseSeries,
} from './correlation';

const usd = (...amounts: string[]): Dec[] => amounts.map((a) => new D(a));
const series = (symbol: string, dates: string[], close: number[]): CloseSeries => ({ symbol, dates, close });
const days = (n: number) => Array.from({ length: n }, (_, i) => `2026-01-${String(i + 5).padStart(2, '0')}`);

describe('correlated risk √(rᵀ C r)', () => {
  // The worked example: two assets with $100 risk each.
  // ρ = 1: √(100² + 100² + 2·100·100) = 200; ρ = 0: √20,000 = 141.421…; ρ = 0.8: √36,000 = 189.736…
  it.each([
    [1, '200.00'],
    [0, '141.42'],
    [0.8, '189.74'],
    [-1, '0.00'],
  ])('100 USD and 100 USD at ρ = %d → %s USD', (rho, expected) => {
    const value = correlatedRiskUsd(usd('100', '100'), [
      [1, rho],
      [rho, 1],
    ]);
    expect(value === null ? null : correlatedRiskCents(value).toFixed(2)).toBe(expected);
  });

  it('ρ = 1 everywhere gives exactly the sum; one asset gives its own risk', () => {
    const ones = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ];
    expect(correlatedRiskUsd(usd('70', '60', '60.625'), ones)?.toFixed()).toBe('190.625');
    expect(correlatedRiskUsd(usd('75'), [[1]])?.toFixed()).toBe('75');
    expect(correlatedRiskUsd([], [])?.toFixed()).toBe('0');
  });

  it('contradictory correlations (rᵀCr < 0) give no figure', () => {
    const contradictory = [
      [1, -1, -1],
      [-1, 1, -1],
      [-1, -1, 1],
    ];
    expect(correlatedRiskUsd(usd('100', '100', '100'), contradictory)).toBeNull();
    expect(correlatedRiskUsd(usd('100', '100'), [[1]])).toBeNull();
  });
});

describe('correlation of daily returns', () => {
  it('identical returns → 1, mirrored returns → −1', () => {
    const d = days(4);
    const a = series('A', d, [100, 110, 99, 108.9]); // +10 %, −10 %, +10 %
    const b = series('B', d, [50, 55, 49.5, 54.45]);
    const c = series('C', d, [100, 90, 99, 89.1]);
    expect(pairCorrelation(a, b).rho).toBeCloseTo(1, 12);
    expect(pairCorrelation(a, c).rho).toBeCloseTo(-1, 12);
    expect(pairCorrelation(a, b).overlap).toBe(3);
  });

  it('matches a hand-computed Pearson ρ (to 6 decimals)', () => {
    // Returns x = [1 %, −2 %, 3 %, 0 %], y = [2 %, −1 %, 1 %, 0 %]; means 0.005 and 0.005;
    // Σdxdy = 0.0006, Σdx² = 0.0013, Σdy² = 0.0005 → ρ = 0.0006 ÷ √(0.0013 × 0.0005) = 0.744208.
    const d = days(5);
    const a = series('A', d, [100, 101, 98.98, 101.9494, 101.9494]);
    const b = series('B', d, [100, 102, 100.98, 101.9898, 101.9898]);
    const result = pairCorrelation(a, b);
    expect(result.rho).toBeCloseTo(0.744208, 6);
    expect(result.overlap).toBe(4);
  });

  it('uses only the days both files have, so both returns span the same days', () => {
    // B has no bar on the 7th: the common days are 5, 6, 8, 9 and the 6 → 8 return spans two days in both.
    const a = series('A', days(5), [100, 101, 999, 98.98, 101.9494]);
    const b = series(
      'B',
      ['2026-01-05', '2026-01-06', '2026-01-08', '2026-01-09'],
      [100, 102, 100.98, 101.9898],
    );
    const result = pairCorrelation(a, b);
    expect(result.overlap).toBe(3);
    // Returns A: 1 %, −2 %, 3 %; B: 2 %, −1 %, 1 %; means 1/150 each; Σdxdy = 0.000566667,
    // Σdx² = 0.00126667, Σdy² = 0.000466667 → ρ = 0.000566667 ÷ √(0.00126667 × 0.000466667) = 0.737043.
    expect(result.rho).toBeCloseTo(0.737043, 6);
  });

  it('fewer than 3 overlapping returns, or a flat series, give no ρ', () => {
    const a = series('A', days(3), [100, 101, 102]);
    const b = series('B', days(3), [10, 11, 10]);
    expect(pairCorrelation(a, b)).toEqual({ rho: null, overlap: 2 });
    const flat = series('F', days(5), [5, 5, 5, 5, 5]);
    expect(pairCorrelation(series('A', days(5), [1, 2, 1, 2, 1]), flat).rho).toBeNull();
  });

  it('reads intraday files as daily closes (last bar of the day) and skips bad closes', () => {
    const intraday = series(
      'A',
      [
        '2026-01-05 10:00',
        '2026-01-05 16:00',
        '2026.01.06 16:00',
        '20260107 160000',
        '2026/01/08',
        '2026-01-09',
      ],
      [1, 100, 110, 99, 108.9, Number.NaN],
    );
    const daily = series(
      'B',
      ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'],
      [50, 55, 49.5, 54.45, 60],
    );
    const result = pairCorrelation(intraday, daily);
    expect(result.overlap).toBe(3);
    expect(result.rho).toBeCloseTo(1, 12);
  });

  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026-01-05T09:30:00Z', '2026-01-05'],
    ['2026.01.05 09:30', '2026-01-05'],
    ['20260105 093000', '2026-01-05'],
    ['2026/01/05', '2026-01-05'],
    [' Jan 5 ', 'Jan 5'],
  ])('day key of %j is %j', (text, expected) => {
    expect(dayKey(text)).toBe(expected);
  });

  it('builds a symmetric matrix, flags pairs at ρ ≥ 0.8, highest first', () => {
    const d = days(5);
    const matrix = correlationMatrix([
      series('MES', d, [100, 101, 98.98, 101.9494, 101.9494]),
      series('MNQ', d, [100, 101, 98.98, 101.9494, 101.9494]),
      series('MGC', d, [100, 102, 100.98, 101.9898, 101.9898]),
    ]);
    expect(matrix.symbols).toEqual(['MES', 'MNQ', 'MGC']);
    expect(matrix.cells[0]?.[0]).toEqual({ rho: 1, overlap: 4 });
    expect(matrix.cells[0]?.[2]).toEqual(matrix.cells[2]?.[0]);
    expect(matrix.flagged.map((f) => `${f.a}-${f.b}`)).toEqual(['MES-MNQ']);
    expect(
      correlationMatrix(
        matrix.symbols.map((s) => series(s, d, [1, 2, 1, 3, 1])),
        0.7,
      ).flagged,
    ).toHaveLength(3);
  });
});

describe('correlations for the portfolio', () => {
  it('takes the bars first, then typed values, else 1 (the safe assumption)', () => {
    const d = days(5);
    const fromBars = correlationMatrix([
      series('MES', d, [100, 101, 98.98, 101.9494, 101.9494]),
      series('MGC', d, [100, 102, 100.98, 101.9898, 101.9898]),
    ]);
    const typed = new Map([
      [pairKey('MGC', 'MES'), 0.1],
      [pairKey('MCL', 'MES'), 0.3],
    ]);
    const resolved = resolveCorrelations(['MES', 'MGC', 'MCL'], fromBars, typed);
    expect(resolved.matrix[0]?.[1]).toBeCloseTo(0.744208, 6);
    expect(resolved.matrix[0]?.[2]).toBe(0.3);
    expect(resolved.matrix[1]?.[2]).toBe(1);
    expect(resolved.sources).toEqual([
      ['bars', 'bars', 'typed'],
      ['bars', 'bars', 'default'],
      ['typed', 'default', 'bars'],
    ]);
  });

  it.each([
    ['0.8', { status: 'ok', value: 0.8 }],
    ['-.25', { status: 'ok', value: -0.25 }],
    ['', { status: 'empty' }],
    [
      '1.2',
      { status: 'error', message: 'Enter a number at least -1 and at most 1.', problem: 'is out of range' },
    ],
  ])('typed correlation %j', (text, expected) => {
    expect(parseCorrelationText(text)).toEqual(expected);
  });
});
