/**
 * Test support: desks as a trader types them, for property tests: a pool of texts per input (valid ones,
 * empty ones, some out of range), inputs drawn from them, and books of a few positions.
 */
import fc from 'fast-check';
import type { BookRow } from '../../src/core/book';
import type { InputKey } from '../../src/core/inputs';

const prices = [
  '2000',
  '2000.1',
  '1990',
  '2,013.4',
  '5800',
  '5804.25',
  '5790.75',
  '21000',
  '20950.5',
  '42000',
  '',
];
const amounts = ['25,000', '7,500', '1,000,000', '100', '0.01', '123,456.78', ''];
const percents = ['1', '1.5', '0.3333', '12.345', '20', '2', '-10', '-6.25', '3', '0', ''];
export const POOLS: Partial<Record<InputKey, readonly string[]>> = {
  equity: amounts,
  riskPerTrade: percents,
  maxMarginPct: percents,
  maxOpenRiskPct: percents,
  dailyLossLimit: amounts,
  realizedPnl: ['-150', '-380', '200', ''],
  symbol: ['M2K', 'RTY', 'ES', 'MES', 'NQ', 'MNQ', 'YM', 'MYM'],
  side: ['long', 'short'],
  stopMethod: ['price', 'ticks', 'atr'],
  entry: prices,
  stopPrice: prices,
  stopTicks: ['1', '7', '100', '333'],
  atr: ['17.27', '0.3', '120.5'],
  target: prices,
  mix: ['true', 'false'],
  marginBasis: ['initial', 'maintenance', 'dayTrade'],
  'M2K.initial': ['715', '892.005', '100'],
  'M2K.commission': ['0.62', '0.005', '0'],
  spreadLongLeg: ['M2K', 'RTY', 'NQ'],
  spreadShortLeg: ['MES', 'ES', 'MYM'],
  spreadLongPrice: prices,
  spreadShortPrice: prices,
  spreadLongQty: ['1', '3', '29', '41'],
  spreadMethod: ['notional', 'beta', 'volatility'],
  spreadBeta: ['1.2', '0.873'],
  spreadLongAtr: ['30', '12.34'],
  spreadShortAtr: ['70', '0.7'],
  spreadMixShort: ['true', 'false'],
  spreadSmallMove: percents,
  spreadLargeMove: percents,
  hedgeValue: amounts,
  hedgeBeta: ['1.2', '0.87'],
  hedgeEtfLeverage: ['1', '3'],
  hedgeRatioPct: percents,
  hedgeSymbol: ['RTY', 'MES', 'NQ', 'YM'],
  hedgePrice: prices,
  stressCustomMove: percents,
  'stress.RTY.reference': prices,
  'stress.RTY.cash': ['1995.37', '2011.113', ''],
  'stress.ES.reference': prices,
  'stress.ES.cash': ['5790.12', ''],
};
export const KEYS = Object.keys(POOLS) as InputKey[];

export const inputsArb = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.nat()), { maxLength: 25 })
  .map((pairs) => {
    const inputs: Partial<Record<InputKey, string>> = {};
    for (const [key, n] of pairs) {
      const pool = POOLS[key] ?? [''];
      inputs[key] = pool[n % pool.length] ?? '';
    }
    return inputs;
  });
export const bookArb = fc
  .array(
    fc.record({
      symbol: fc.constantFrom('M2K', 'RTY', 'ES', 'MES', 'NQ', 'YM'),
      side: fc.constantFrom('long', 'short'),
      quantity: fc.constantFrom('1', '3', '10', ''),
      entry: fc.constantFrom('2000', '2013.4', '5800', '5812.75', '21000', '42000'),
      stop: fc.constantFrom('', '1990', '5790', '2100', '20950'),
    }),
    { maxLength: 5 },
  )
  .map((rows): BookRow[] => rows.map((r, i) => ({ id: `p${i + 1}`, ...r })));
