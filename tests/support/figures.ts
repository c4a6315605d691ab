/**
 * Test support: typed figures as plain data, so that `toEqual` compares decimals by value (2.50 = 2.5)
 * and a failing assertion prints readable numbers. Decimals become "Dec(…)" strings, maps become entry
 * lists; everything else is kept.
 */
import { D } from '../../src/core/decimal';

/** `value` with every Dec as "Dec(<value>)" and every Map as its entries, recursively. */
export function plainFigures(value: unknown): unknown {
  if (D.isDecimal(value)) return `Dec(${value.toString()})`;
  if (value instanceof Map) {
    return [...(value as Map<unknown, unknown>)].map(([key, item]) => [key, plainFigures(item)]);
  }
  if (Array.isArray(value)) return (value as unknown[]).map(plainFigures);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainFigures(item)]));
  }
  return value;
}
