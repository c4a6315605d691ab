/**
 * The drawn price ladder: spacing rungs apart for their labels keeps them on the scale, in price order, at
 * least one label apart (or evenly spread when there are too many), and moves nothing already far enough apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_RUNG_GAP, spacedPositions } from '../../src/core/present/presentLadder';

/** Scale positions as core makes them: ascending, the first 0 and the last 1. */
const positions = fc
  .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 0, maxLength: 7 })
  .map((inner) => [0, ...inner.sort((a, b) => a - b), 1]);

describe('spaced rungs', () => {
  it('stay on the scale, in order, at least one gap apart', () => {
    fc.assert(
      fc.property(positions, (raw) => {
        const spaced = spacedPositions(raw);
        const gap = Math.min(MIN_RUNG_GAP, 1 / (raw.length - 1));
        expect(spaced).toHaveLength(raw.length);
        expect(spaced[0]).toBeGreaterThanOrEqual(0);
        expect(spaced[spaced.length - 1]).toBe(1);
        for (let i = 1; i < spaced.length; i++) {
          expect((spaced[i] ?? 0) - (spaced[i - 1] ?? 0)).toBeGreaterThanOrEqual(gap - 1e-9);
        }
      }),
    );
  });

  it('leave positions that are far enough apart where they are', () => {
    fc.assert(
      fc.property(positions, (raw) => {
        const gap = Math.min(MIN_RUNG_GAP, 1 / (raw.length - 1));
        fc.pre(raw.every((p, i) => i === 0 || p - (raw[i - 1] ?? 0) >= gap));
        expect(spacedPositions(raw)).toEqual(raw);
      }),
    );
  });
});
