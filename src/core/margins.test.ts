import { describe, expect, it } from 'vitest';
import { CONTRACT_SYMBOLS, CONTRACTS } from './contracts';
import { D, ROUND_CEIL } from './decimal';
import { DEFAULT_CONTRACT_COSTS } from './margins';

describe('default margins', () => {
  it.each(CONTRACT_SYMBOLS)('%s maintenance is initial ÷ 1.10 rounded up to the dollar', (symbol) => {
    const costs = DEFAULT_CONTRACT_COSTS[symbol];
    const expected = new D(costs.initial).div('1.1').toDecimalPlaces(0, ROUND_CEIL);
    expect(costs.maintenance).toBe(expected.toString());
  });

  it.each(CONTRACT_SYMBOLS.filter((s) => CONTRACTS[s].size === 'micro'))(
    '%s initial margin is a tenth of its E-mini',
    (symbol) => {
      const mini = DEFAULT_CONTRACT_COSTS[CONTRACTS[symbol].sibling];
      expect(new D(mini.initial).div(10).toString()).toBe(DEFAULT_CONTRACT_COSTS[symbol].initial);
    },
  );

  it.each([
    ['ES', '8473'],
    ['NQ', '12761'],
    ['YM', '5917.50'],
    ['RTY', '4460.50'],
    ['MES', '847'],
    ['MNQ', '1276'],
    ['MYM', '591.50'],
    ['M2K', '446'],
  ] as const)('%s day-trade margin is the published %s (11 Mar 2025)', (symbol, dayTrade) => {
    expect(DEFAULT_CONTRACT_COSTS[symbol].dayTrade).toBe(dayTrade);
  });
});
