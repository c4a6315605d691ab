import { describe, expect, it } from 'vitest';
import { seededUniform, xoshiro128ss } from './random';

describe('xoshiro128**', () => {
  it('matches the reference implementation from state 1, 2, 3, 4', () => {
    // The output of xoshiro128starstar.c version 1.1, as checked by the rand_xoshiro crate's test.
    const next = xoshiro128ss([1, 2, 3, 4]);
    const expected = [
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ];
    expect(expected.map(() => next())).toEqual(expected);
  });

  it('replaces the all-zero state, which would stay zero forever', () => {
    const next = xoshiro128ss([0, 0, 0, 0]);
    expect([next(), next(), next()].some((v) => v !== 0)).toBe(true);
  });
});

describe('seeded uniform', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededUniform(42);
    const b = seededUniform(42);
    const c = seededUniform(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('fills a batch with exactly what next() would give', () => {
    const one = seededUniform(9);
    const batch = seededUniform(9);
    const head = new Float64Array(3);
    batch.fill(head);
    const rest = new Float64Array(4);
    batch.fill(rest);
    expect([...head, ...rest]).toEqual(Array.from({ length: 7 }, () => one.next()));
  });

  it('stays in [0, 1) with a mean near 1/2 and a variance near 1/12', () => {
    const u = seededUniform(7);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const x = u.next();
      sum += x;
      sumSq += x * x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    const mean = sum / n;
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // standard error of the mean is 0.29 / √100,000 ≈ 0.0009: 0.005 is over 5 standard errors
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });
});
