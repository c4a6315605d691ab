import { describe, expect, it } from 'vitest';
import { D } from '../decimal';
import { equityIndexLimitLevels, limitOffsetPoints, stressBasisOf } from './limits';
import { buildProduct, builtInProduct, type ProductSpec } from './registry';

const spec = (symbol: string): ProductSpec => {
  const found = builtInProduct(symbol);
  if (found === undefined) throw new Error(`no product ${symbol}`);
  return found;
};

describe('price limits per product', () => {
  it.each([
    ['ES', 'limit-levels', null],
    ['M2K', 'limit-levels', null],
    ['GC', 'custom-moves-only', 'dynamic-circuit-breakers'],
    ['SIL', 'custom-moves-only', 'dynamic-circuit-breakers'],
    ['MCL', 'custom-moves-only', 'dynamic-circuit-breakers'],
    ['6E', 'custom-moves-only', 'no-price-limits'],
    ['M6B', 'custom-moves-only', 'no-price-limits'],
  ])('%s: %s (%s)', (symbol, kind, reason) => {
    const basis = stressBasisOf(spec(symbol));
    expect(basis.kind).toBe(kind);
    expect(basis.kind === 'custom-moves-only' ? basis.reason : null).toBe(reason);
  });

  it('a custom product is stressed with custom moves only', () => {
    const custom = buildProduct({
      ...spec('MES'),
      symbol: 'XES',
      assetClass: 'custom',
      exchange: null,
      listing: null,
      lastTradingDayRule: null,
      priceLimitRule: 'none',
      pairing: null,
      sourceUrl: null,
    });
    expect(stressBasisOf(custom)).toEqual({ kind: 'custom-moves-only', reason: 'custom-product' });
    expect(equityIndexLimitLevels(custom, new D('5800'), new D('5800'))).toBeNull();
  });

  it('equity-index levels: offsets from the cash close, rounded down to the tick', () => {
    // M2K reference 2,000.0, Russell 2000 close 1,987.65: 7 % = 139.1355 → 139.1; 13 % = 258.3945 → 258.3;
    // 20 % = 397.53 → 397.5 (tick 0.1).
    const levels = equityIndexLimitLevels(spec('M2K'), new D('2000.0'), new D('1987.65'));
    expect(levels?.limit7.toFixed(1)).toBe('1860.9');
    expect(levels?.limit13.toFixed(1)).toBe('1741.7');
    expect(levels?.limit20.toFixed(1)).toBe('1602.5');
    expect(levels?.overnightLow.toFixed(1)).toBe('1860.9');
    expect(levels?.overnightHigh.toFixed(1)).toBe('2139.1');
  });

  it('no limit levels for products without the index rule', () => {
    expect(equityIndexLimitLevels(spec('GC'), new D('2400'), new D('2400'))).toBeNull();
    // ES tick 0.25: 7 % of 5,801 = 406.07 → 406.00.
    expect(limitOffsetPoints(new D('0.07'), new D('5801'), new D('0.25')).toFixed(2)).toBe('406.00');
  });
});
