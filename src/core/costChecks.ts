/** Checks across the Contracts & margins inputs that no single field's rule can make. */
import { CONTRACT_SYMBOLS } from './contracts';
import type { FieldReader } from './fields';
import { formatUsd } from './format';
import { costKey, RULES, type InputKey } from './inputs';

/**
 * Warns at a contract's maintenance margin when it is above its initial margin: speculative initial margin
 * is 110 % of maintenance (FACTS.md), so a higher maintenance is almost always a typing slip. The value is
 * still used; only the field says so.
 */
export function warnMaintenanceAboveInitial(read: FieldReader<InputKey>): void {
  for (const symbol of CONTRACT_SYMBOLS) {
    const initial = read.number(costKey(symbol, 'initial'), RULES.margin);
    const maintenance = read.number(costKey(symbol, 'maintenance'), RULES.margin);
    if (initial !== null && maintenance !== null && maintenance.gt(initial)) {
      read.warn(
        costKey(symbol, 'maintenance'),
        `Above the ${symbol} initial margin (${formatUsd(initial)}): maintenance is normally lower (initial = 110% of it). Check the figures.`,
      );
    }
  }
}
