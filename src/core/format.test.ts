import { describe, expect, it } from 'vitest';
import { CONTRACTS } from './contracts';
import { D } from './decimal';
import {
  formatContracts,
  formatPercent,
  formatPrice,
  formatRatio,
  formatSignedUsd,
  formatUsd,
  groupThousands,
} from './format';

describe('formatting as traders read it', () => {
  it.each([
    ['1234.5', '$1,234.50'],
    ['0', '$0.00'],
    ['-1234.5', '-$1,234.50'],
    ['1000000', '$1,000,000.00'],
    ['-0.001', '$0.00'],
  ])('formatUsd(%s) = %s', (amount, text) => {
    expect(formatUsd(new D(amount))).toBe(text);
  });

  it.each([
    ['150', '+$150.00'],
    ['-150', '-$150.00'],
    ['0', '$0.00'],
  ])('formatSignedUsd(%s) = %s', (amount, text) => {
    expect(formatSignedUsd(new D(amount))).toBe(text);
  });

  it.each([
    ['M2K', '2000', '2,000.0'],
    ['ES', '5800.25', '5,800.25'],
    ['ES', '5800', '5,800.00'],
    ['YM', '42000', '42,000'],
  ] as const)('%s price %s shows as %s', (symbol, price, text) => {
    expect(formatPrice(new D(price), CONTRACTS[symbol])).toBe(text);
  });

  it('shows leverage as x : 1 (M2K at 2,000 on $715 margin)', () => {
    expect(formatRatio(new D(10000).div(715))).toBe('13.99 : 1');
  });

  it('shows percentages with two decimals', () => {
    expect(formatPercent(new D('12.345'))).toBe('12.35%');
  });

  it.each([
    [[{ count: 5, symbol: 'M2K' }], '5 M2K'],
    [
      [
        { count: 2, symbol: 'RTY' },
        { count: 6, symbol: 'M2K' },
      ],
      '2 RTY + 6 M2K',
    ],
    [
      [
        { count: 0, symbol: 'RTY' },
        { count: 6, symbol: 'M2K' },
      ],
      '6 M2K',
    ],
    [
      [
        { count: 3, symbol: 'RTY' },
        { count: 0, symbol: 'M2K' },
      ],
      '3 RTY',
    ],
    [
      [
        { count: 0, symbol: 'RTY' },
        { count: 0, symbol: 'M2K' },
      ],
      '0 M2K',
    ],
    [[{ count: 1200, symbol: 'MES' }], '1,200 MES'],
  ])('formatContracts(%j) = %s', (legs, text) => {
    expect(formatContracts(legs, 'M2K')).toBe(text);
  });

  it.each([
    ['1234567.891', '1,234,567.891'],
    ['-1234', '-1,234'],
    ['999', '999'],
  ])('groupThousands(%s) = %s', (plain, grouped) => {
    expect(groupThousands(plain)).toBe(grouped);
  });
});
