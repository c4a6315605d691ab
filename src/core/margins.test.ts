import { describe, expect, it } from 'vitest';
import { CONTRACT_SYMBOLS, CONTRACTS, isContractSymbol } from './contracts';
import { D, ROUND_CEIL } from './decimal';
import { DEFAULT_CONTRACT_COSTS } from './margins';

const INDEX_SYMBOLS = CONTRACT_SYMBOLS.filter((s) => CONTRACTS[s].assetClass === 'equity-index');

describe('default margins', () => {
  it.each(INDEX_SYMBOLS)('%s maintenance is initial ÷ 1.10 rounded up to the dollar', (symbol) => {
    const costs = DEFAULT_CONTRACT_COSTS[symbol];
    const expected = new D(costs.initial).div('1.1').toDecimalPlaces(0, ROUND_CEIL);
    expect(costs.maintenance).toBe(expected.toString());
  });

  it.each(INDEX_SYMBOLS.filter((s) => CONTRACTS[s].size === 'micro'))(
    '%s initial margin is a tenth of its E-mini',
    (symbol) => {
      const partner = CONTRACTS[symbol].pairing?.partner ?? '';
      if (!isContractSymbol(partner)) throw new Error(`${symbol} has no built-in partner`);
      const mini = DEFAULT_CONTRACT_COSTS[partner];
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

  it("CL and MCL carry the margins CME quoted at the micro's launch (10 May 2021)", () => {
    expect(DEFAULT_CONTRACT_COSTS.CL).toMatchObject({ initial: '5830', maintenance: '5300' });
    expect(DEFAULT_CONTRACT_COSTS.MCL).toMatchObject({ initial: '583', maintenance: '530' });
  });
});
