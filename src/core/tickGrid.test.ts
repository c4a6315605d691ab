import { describe, expect, it } from 'vitest';
import { D } from './decimal';
import { ceilToTick, floorToTick, isOnTickGrid, nearestGridPrices, snapStopAwayFromEntry } from './tickGrid';

const d = (s: string) => new D(s);

describe('tick grid', () => {
  it.each([
    ['2000.1', '0.1', true],
    ['2000.05', '0.1', false],
    ['5800.25', '0.25', true],
    ['5800.30', '0.25', false],
    ['42001', '1', true],
    ['42000.5', '1', false],
  ])('%s on a %s grid: %s', (price, tick, onGrid) => {
    expect(isOnTickGrid(d(price), d(tick))).toBe(onGrid);
  });

  it.each([
    ['2000.05', '0.1', '2000', '2000.1'],
    ['5800.30', '0.25', '5800.25', '5800.5'],
    ['42000.5', '1', '42000', '42001'],
    ['5800.25', '0.25', '5800.25', '5800.25'],
  ])('%s on a %s grid lies between %s and %s', (price, tick, below, above) => {
    const [b, a] = nearestGridPrices(d(price), d(tick));
    expect([b.toString(), a.toString()]).toEqual([below, above]);
    expect(floorToTick(d(price), d(tick)).toString()).toBe(below);
    expect(ceilToTick(d(price), d(tick)).toString()).toBe(above);
  });

  it.each([
    ['long', '1943.17', '1943.1'],
    ['short', '2056.83', '2056.9'],
    ['long', '1943.1', '1943.1'],
  ] as const)('a %s stop at %s snaps away from entry to %s', (side, stop, snapped) => {
    expect(snapStopAwayFromEntry(d(stop), side, d('0.1')).toString()).toBe(snapped);
  });
});
