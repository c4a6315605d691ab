import { describe, expect, it } from 'vitest';
import { D } from './decimal';
import { priceLadder } from './ladder';

describe('the price ladder', () => {
  it('orders target, entry, stop and limit levels from the top, placed on one scale', () => {
    const rungs = priceLadder({
      entry: new D('2000.0'),
      stop: new D('1990.0'),
      target: new D('2030.0'),
      limits: [{ kind: 'limit7', price: new D('1860.4') }],
      riskUsd: new D('206.96'),
      rewardUsd: new D('595.04'),
    });
    expect(rungs.map((r) => r.kind)).toEqual(['target', 'entry', 'stop', 'limit7']);
    // Scale 2,030.0 → 1,860.4 (169.6 points): entry 30.0 below the top, the stop 40.0.
    expect(rungs.map((r) => r.position.toFixed(4))).toEqual(['0.0000', '0.1769', '0.2358', '1.0000']);
    expect(rungs.map((r) => r.amountUsd?.toFixed(2) ?? null)).toEqual(['595.04', null, '206.96', null]);
  });

  it('puts a short’s stop above its entry', () => {
    const rungs = priceLadder({
      entry: new D('5800.00'),
      stop: new D('5812.50'),
      target: null,
      limits: [],
      riskUsd: null,
      rewardUsd: null,
    });
    expect(rungs.map((r) => [r.kind, r.position])).toEqual([
      ['stop', 0],
      ['entry', 1],
    ]);
  });
});
