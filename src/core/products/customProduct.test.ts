import { describe, expect, it } from 'vitest';
import { parseCustomProduct, type CustomProductTexts } from './customProduct';
import { buildRegistry, pairOf } from './registry';

const base: CustomProductTexts = {
  symbol: 'XAU',
  name: 'Broker gold 1 oz',
  pointValue: '1',
  tick: '0.10',
  pairsWith: '',
  ratio: '',
  initial: '120',
  maintenance: '110',
  dayTrade: '',
  commission: '0.25',
};

describe('custom products', () => {
  it('builds a product from good texts: tick value, no calendar, no limit rule', () => {
    const parsed = parseCustomProduct(base);
    expect(parsed.status).toBe('ok');
    if (parsed.status !== 'ok') return;
    const { spec, costs } = parsed.product;
    expect(spec.symbol).toBe('XAU');
    expect(spec.assetClass).toBe('custom');
    expect(spec.size).toBe('standard');
    expect(spec.tickValueUsd.toFixed(2)).toBe('0.10');
    expect(spec.priceDecimals).toBe(1);
    expect(spec.listing).toBeNull();
    expect(spec.priceLimitRule).toBe('none');
    expect(spec.pairing).toBeNull();
    expect(costs.initialUsd?.toFixed(2)).toBe('120.00');
    expect(costs.dayTradeUsd).toBeNull();
    expect(costs.commissionPerSideUsd.toFixed(2)).toBe('0.25');
  });

  it('reads a lower-case symbol as upper case', () => {
    const parsed = parseCustomProduct({ ...base, symbol: ' xau1 ' });
    expect(parsed.status === 'ok' ? parsed.product.spec.symbol : null).toBe('XAU1');
  });

  it('pairs as the micro of a standard when the point values give the ratio (1 GC = 100 of these)', () => {
    const parsed = parseCustomProduct({ ...base, pairsWith: 'GC', ratio: '100' });
    expect(parsed.status).toBe('ok');
    if (parsed.status !== 'ok') return;
    expect(parsed.product.spec.size).toBe('micro');
    expect(parsed.product.spec.family).toBe('GC');
    const { registry } = buildRegistry([parsed.product.spec]);
    const pair = pairOf(parsed.product.spec, registry);
    expect(pair?.standard.symbol).toBe('GC');
    expect(pair?.micro.symbol).toBe('XAU');
    expect(pair?.ratio).toBe(100);
  });

  it('pairs as the standard of a micro ($25 per point = 5 MES)', () => {
    const parsed = parseCustomProduct({
      ...base,
      symbol: 'HES',
      pointValue: '25',
      tick: '0.25',
      pairsWith: 'MES',
      ratio: '5',
    });
    expect(parsed.status === 'ok' ? parsed.product.spec.size : null).toBe('standard');
  });

  // Each bad field gets its own message; the others are still checked.
  it.each<[string, Partial<CustomProductTexts>, Record<string, string>]>([
    ['empty symbol', { symbol: '' }, { symbol: 'Enter a symbol: 1–8 letters or digits.' }],
    ['bad symbol', { symbol: 'AB-1' }, { symbol: '"AB-1": use 1–8 letters or digits.' }],
    ['long symbol', { symbol: 'ABCDEFGHI' }, { symbol: '"ABCDEFGHI": use 1–8 letters or digits.' }],
    [
      'built-in symbol',
      { symbol: 'mes' },
      { symbol: 'MES is a built-in contract and cannot be redefined; choose another symbol.' },
    ],
    ['no name', { name: '  ' }, { name: 'Enter a name.' }],
    [
      'point value and tick',
      { pointValue: '0', tick: 'abc' },
      {
        pointValue: 'Enter a number greater than $0.',
        tick: '"abc" is not a number. Enter a number greater than 0.',
      },
    ],
    [
      'missing point value and tick',
      { pointValue: '', tick: '' },
      {
        pointValue: 'Enter the point value ($ per 1.00 move).',
        tick: 'Enter the tick (the minimum price step).',
      },
    ],
    ['unknown partner', { pairsWith: 'ZZZ', ratio: '10' }, { pairsWith: 'ZZZ is not a known contract.' }],
    [
      'partner without ratio',
      { pairsWith: 'GC' },
      { ratio: 'Enter how many micros make one standard (2 to 1,000).' },
    ],
    [
      'ratio without partner',
      { ratio: '10' },
      { pairsWith: 'Enter the contract this one pairs with, or clear the ratio.' },
    ],
    [
      'ratio not whole',
      { pairsWith: 'GC', ratio: '2.5' },
      { ratio: 'Enter a whole number at least 2 and at most 1,000.' },
    ],
    [
      'ratio against the point values',
      { pairsWith: 'GC', ratio: '10' },
      { ratio: '10 micros per standard does not match the point values: $100 ÷ $1 = 100.' },
    ],
    [
      'maintenance above initial',
      { initial: '100', maintenance: '150' },
      { maintenance: 'The maintenance margin cannot exceed the initial margin ($100).' },
    ],
    ['negative day-trade margin', { dayTrade: '-5' }, { dayTrade: 'Enter a number greater than $0.' }],
    ['no commission', { commission: '' }, { commission: 'Enter the commission per side in $ (0 if none).' }],
  ])('refuses %s', (_name, change, expected) => {
    const parsed = parseCustomProduct({ ...base, ...change });
    expect(parsed.status).toBe('error');
    expect(parsed.status === 'error' ? parsed.errors : null).toEqual(expected);
  });

  it('refuses a symbol another custom product already uses', () => {
    const first = parseCustomProduct(base);
    if (first.status !== 'ok') throw new Error('first product should parse');
    const { registry } = buildRegistry([first.product.spec]);
    const second = parseCustomProduct({ ...base, name: 'Again' }, registry);
    expect(second.status === 'error' ? second.errors.symbol : null).toBe('XAU is already defined.');
  });

  it('reports every bad field at once', () => {
    const parsed = parseCustomProduct({ ...base, symbol: '', name: '', pointValue: 'x', commission: '-1' });
    expect(parsed.status === 'error' ? Object.keys(parsed.errors).sort() : null).toEqual([
      'commission',
      'name',
      'pointValue',
      'symbol',
    ]);
  });
});
