import { describe, expect, it } from 'vitest';
import { spacedPositions } from './presentLadder';

describe('rungs spaced on the drawn scale', () => {
  it.each([
    // Far enough apart already: unchanged.
    [
      [0, 0.5, 1],
      [0, 0.5, 1],
    ],
    // M2K long 2000.0, stop 1990.0, target 2030.0 beside the −7/−13/−20 % limits (1860.0, 1740.0, 1600.0):
    // proportional positions 0, 0.0698, 0.0930, 0.4186, 0.6977, 1 → entry and stop pushed down to 0.12 and
    // 0.24; the limits are far enough below.
    [
      [0, 0.0698, 0.093, 0.4186, 0.6977, 1],
      [0, 0.12, 0.24, 0.4186, 0.6977, 1],
    ],
    // Crowded at the bottom: pushed up from 1 instead.
    [
      [0, 0.95, 0.97, 1],
      [0, 0.76, 0.88, 1],
    ],
    // Nine rungs: at most 1/8 apart, so evenly spread.
    [
      [0, 0, 0, 0, 0, 0, 0, 0, 1],
      [0, 0.12, 0.24, 0.36, 0.48, 0.6, 0.72, 0.84, 1],
    ],
  ])('%j → %j', (positions, spaced) => {
    expect(spacedPositions(positions).map((p) => Number(p.toFixed(4)))).toEqual(spaced);
  });
});
