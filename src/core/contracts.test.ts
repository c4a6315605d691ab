import { describe, expect, it } from 'vitest';
import { CONTRACT_SYMBOLS, CONTRACTS, familyPair, FAMILY_ROOTS } from './contracts';

describe('contract table (CME specs, FACTS.md)', () => {
  it.each([
    ['RTY', '50', '0.1', '5.00', 'M2K', 'mini', 'CME'],
    ['M2K', '5', '0.1', '0.50', 'RTY', 'micro', 'CME'],
    ['ES', '50', '0.25', '12.50', 'MES', 'mini', 'CME'],
    ['MES', '5', '0.25', '1.25', 'ES', 'micro', 'CME'],
    ['NQ', '20', '0.25', '5.00', 'MNQ', 'mini', 'CME'],
    ['MNQ', '2', '0.25', '0.50', 'NQ', 'micro', 'CME'],
    ['YM', '5', '1', '5.00', 'MYM', 'mini', 'CBOT'],
    ['MYM', '0.5', '1', '0.50', 'YM', 'micro', 'CBOT'],
  ] as const)(
    '%s: $%s per point, tick %s = $%s, sibling %s',
    (symbol, multiplier, tick, tickValue, sibling, size, exchange) => {
      const spec = CONTRACTS[symbol];
      expect(spec.multiplierUsd.toString()).toBe(multiplier);
      expect(spec.tickPoints.toString()).toBe(tick);
      expect(spec.tickValueUsd.toFixed(2)).toBe(tickValue);
      expect(spec.sibling).toBe(sibling);
      expect(spec.size).toBe(size);
      expect(spec.exchange).toBe(exchange);
    },
  );

  it.each(CONTRACT_SYMBOLS)('%s is a 10 : 1 pair with its sibling on the same tick', (symbol) => {
    const spec = CONTRACTS[symbol];
    const sibling = CONTRACTS[spec.sibling];
    expect(sibling.sibling).toBe(symbol);
    expect(sibling.family).toBe(spec.family);
    expect(sibling.tickPoints.eq(spec.tickPoints)).toBe(true);
    const ratio =
      spec.size === 'mini'
        ? spec.multiplierUsd.div(sibling.multiplierUsd)
        : sibling.multiplierUsd.div(spec.multiplierUsd);
    expect(ratio.toString()).toBe('10');
  });

  it.each(FAMILY_ROOTS)('family %s pairs its E-mini with its micro', (root) => {
    const { mini, micro } = familyPair(root);
    expect(mini.symbol).toBe(root);
    expect(mini.size).toBe('mini');
    expect(micro.size).toBe('micro');
  });

  it('gives M2K the exchange multiplier of $5 per point, not the $2 or $0.50 some websites list', () => {
    expect(CONTRACTS.M2K.multiplierUsd.toString()).toBe('5');
  });
});
