import { describe, expect, it } from 'vitest';
import { CONTRACT_SYMBOLS } from '../contracts';
import { D } from '../decimal';
import {
  BUILT_IN_PRODUCTS,
  BUILT_IN_REGISTRY,
  buildProduct,
  buildRegistry,
  builtInProduct,
  isBuiltInSymbol,
  pairOf,
  type ProductSpec,
} from './registry';

const spec = (symbol: string): ProductSpec => {
  const found = builtInProduct(symbol);
  if (found === undefined) throw new Error(`no product ${symbol}`);
  return found;
};

describe('built-in products', () => {
  // symbol, $ per 1.00, tick, $ per tick, exchange, family, size, partner, ratio (FACTS.md / CME specs)
  it.each([
    ['RTY', '50', '0.1', '5', 'CME', 'RTY', 'standard', 'M2K', 10],
    ['M2K', '5', '0.1', '0.5', 'CME', 'RTY', 'micro', 'RTY', 10],
    ['ES', '50', '0.25', '12.5', 'CME', 'ES', 'standard', 'MES', 10],
    ['MES', '5', '0.25', '1.25', 'CME', 'ES', 'micro', 'ES', 10],
    ['NQ', '20', '0.25', '5', 'CME', 'NQ', 'standard', 'MNQ', 10],
    ['MNQ', '2', '0.25', '0.5', 'CME', 'NQ', 'micro', 'NQ', 10],
    ['YM', '5', '1', '5', 'CBOT', 'YM', 'standard', 'MYM', 10],
    ['MYM', '0.5', '1', '0.5', 'CBOT', 'YM', 'micro', 'YM', 10],
    ['GC', '100', '0.1', '10', 'COMEX', 'GC', 'standard', 'MGC', 10],
    ['MGC', '10', '0.1', '1', 'COMEX', 'GC', 'micro', 'GC', 10],
    ['SI', '5000', '0.005', '25', 'COMEX', 'SI', 'standard', 'SIL', 5],
    ['SIL', '1000', '0.005', '5', 'COMEX', 'SI', 'micro', 'SI', 5],
    ['CL', '1000', '0.01', '10', 'NYMEX', 'CL', 'standard', 'MCL', 10],
    ['MCL', '100', '0.01', '1', 'NYMEX', 'CL', 'micro', 'CL', 10],
    ['6E', '125000', '0.00005', '6.25', 'CME', '6E', 'standard', 'M6E', 10],
    ['M6E', '12500', '0.0001', '1.25', 'CME', '6E', 'micro', '6E', 10],
    ['6B', '62500', '0.0001', '6.25', 'CME', '6B', 'standard', 'M6B', 10],
    ['M6B', '6250', '0.0001', '0.625', 'CME', '6B', 'micro', '6B', 10],
  ])('%s: $%s per 1.00, tick %s = $%s, %s, family %s, %s of %s (1 : %i)', (...row) => {
    const [symbol, multiplier, tick, tickValue, exchange, family, size, partner, ratio] = row;
    const s = spec(symbol);
    expect(s.multiplierUsd.toFixed()).toBe(multiplier);
    expect(s.tickPoints.toFixed()).toBe(tick);
    expect(s.tickValueUsd.toFixed()).toBe(tickValue);
    expect(s.exchange).toBe(exchange);
    expect(s.family).toBe(family);
    expect(s.size).toBe(size);
    expect(s.pairing).toEqual({ partner, ratio });
  });

  it('holds the 18 products, the eight equity-index ones first: the symbols contracts.ts names', () => {
    const symbols = BUILT_IN_PRODUCTS.map((spec) => spec.symbol);
    // CONTRACTS (contracts.ts) is keyed by CONTRACT_SYMBOLS: the registry must hold exactly those, in order.
    expect(symbols).toEqual([...CONTRACT_SYMBOLS]);
    expect(symbols).toEqual([
      'RTY',
      'M2K',
      'ES',
      'MES',
      'NQ',
      'MNQ',
      'YM',
      'MYM',
      'GC',
      'MGC',
      'SI',
      'SIL',
      'CL',
      'MCL',
      '6E',
      'M6E',
      '6B',
      'M6B',
    ]);
  });

  it.each([
    ['ES', 'equity-index', 'quarterly', 'equity-index-third-friday', 'equity-index-7-13-20', 2],
    ['MGC', 'metal', 'gold-bimonthly', 'metal-third-last-business-day', 'none', 1],
    ['SIL', 'metal', 'silver-active', 'metal-third-last-business-day', 'none', 3],
    ['CL', 'energy', 'monthly', 'crude-cl', 'none', 2],
    ['MCL', 'energy', 'monthly', 'crude-mcl', 'none', 2],
    ['M6E', 'currency', 'quarterly', 'fx-second-business-day-before-third-wednesday', 'none', 4],
    ['6B', 'currency', 'quarterly', 'fx-second-business-day-before-third-wednesday', 'none', 4],
  ])('%s: %s, %s, %s, limits %s, %i price decimals', (symbol, assetClass, listing, rule, limit, decimals) => {
    const s = spec(symbol);
    expect(s.assetClass).toBe(assetClass);
    expect(s.listing).toBe(listing);
    expect(s.lastTradingDayRule).toBe(rule);
    expect(s.priceLimitRule).toBe(limit);
    expect(s.priceDecimals).toBe(decimals);
  });

  it('every pairing is mutual, of opposite sizes, and standard $ = ratio × micro $', () => {
    for (const s of BUILT_IN_PRODUCTS) {
      const pair = pairOf(s);
      expect(pair).not.toBeNull();
      if (pair === null) continue;
      expect(pair.standard.size).toBe('standard');
      expect(pair.micro.size).toBe('micro');
      expect(pair.standard.pairing?.partner).toBe(pair.micro.symbol);
      expect(pair.micro.pairing?.partner).toBe(pair.standard.symbol);
      expect(pair.standard.pairing?.ratio).toBe(pair.micro.pairing?.ratio);
      expect(pair.standard.multiplierUsd.eq(pair.micro.multiplierUsd.mul(pair.ratio))).toBe(true);
      expect(pair.standard.family).toBe(pair.micro.family);
    }
  });

  it('does not assume a shared tick: M6E moves in twice 6E’s tick', () => {
    expect(spec('M6E').tickPoints.div(spec('6E').tickPoints).toFixed()).toBe('2');
    const pair = pairOf(spec('SIL'));
    expect(pair?.standard.symbol).toBe('SI');
    expect(pair?.ratio).toBe(5);
  });

  it('cites a CME page for every built-in; indices keep their index name and small-cap flag', () => {
    for (const s of BUILT_IN_PRODUCTS)
      expect(s.sourceUrl?.startsWith('https://www.cmegroup.com/')).toBe(true);
    expect(spec('M2K').indexName).toBe('Russell 2000');
    expect(spec('M2K').smallCap).toBe(true);
    expect(spec('MES').smallCap).toBe(false);
    expect(spec('GC').indexName).toBeNull();
  });
});

describe('registry with custom products', () => {
  const custom = (symbol: string): ProductSpec =>
    buildProduct({
      symbol,
      name: `Custom ${symbol}`,
      assetClass: 'custom',
      exchange: null,
      family: symbol,
      size: 'standard',
      multiplierUsd: new D('20'),
      tickPoints: new D('0.05'),
      listing: null,
      lastTradingDayRule: null,
      priceLimitRule: 'none',
      pairing: null,
      sourceUrl: null,
      indexName: null,
      smallCap: false,
    });

  it('adds custom products after the built-ins and never lets one override a built-in', () => {
    const { registry, rejected } = buildRegistry([
      custom('XYZ'),
      custom('MES'),
      custom('XYZ'),
      custom('ABC'),
    ]);
    expect(registry.products.map((p) => p.symbol).slice(18)).toEqual(['XYZ', 'ABC']);
    expect(registry.get('MES')?.assetClass).toBe('equity-index');
    expect(registry.get('XYZ')?.tickValueUsd.toFixed(2)).toBe('1.00');
    expect(rejected).toEqual([
      {
        symbol: 'MES',
        message: 'MES is a built-in contract and cannot be redefined; choose another symbol.',
      },
      { symbol: 'XYZ', message: 'XYZ is defined twice; only the first definition counts.' },
    ]);
  });

  it('knows the built-in symbols', () => {
    expect(isBuiltInSymbol('SIL')).toBe(true);
    expect(isBuiltInSymbol('sil')).toBe(false);
    expect(BUILT_IN_REGISTRY.get('NOPE')).toBeUndefined();
    expect(pairOf(custom('XYZ'))).toBeNull();
  });
});
