/**
 * One product's margins and commission, wherever they are kept: a built-in's are editable inputs (the
 * Contracts section, `costKey(symbol, field)`), a custom contract's are part of its definition.
 */
import { isContractSymbol } from './contracts';
import type { Dec } from './decimal';
import type { FieldReader } from './fields';
import type { NumberProblem } from './parse';
import { costKey, RULES, type CostField, type InputKey } from './inputs';
import type { DeskRegistry } from './products/deskRegistry';

/**
 * The cost field of `symbol` in US dollars, or null when it is unknown (empty, invalid — the field has the
 * message — or the symbol is not a product of the registry).
 */
export function costOf(
  read: FieldReader<InputKey>,
  registry: DeskRegistry,
  symbol: string,
  field: CostField,
): Dec | null {
  if (isContractSymbol(symbol)) {
    return read.number(costKey(symbol, field), field === 'commission' ? RULES.commission : RULES.margin);
  }
  const custom = registry.customCosts.get(symbol);
  if (custom === undefined) return null;
  switch (field) {
    case 'initial':
      return custom.initialUsd;
    case 'maintenance':
      return custom.maintenanceUsd;
    case 'dayTrade':
      return custom.dayTradeUsd;
    case 'commission':
      return custom.commissionPerSideUsd;
  }
}

/** Why a cost field of `symbol` has no value ("is empty", "is out of range" …), or null when it has one. */
export function costProblem(
  read: FieldReader<InputKey>,
  registry: DeskRegistry,
  symbol: string,
  field: CostField,
): NumberProblem | 'is empty' | null {
  if (isContractSymbol(symbol)) {
    return read.problem(costKey(symbol, field), field === 'commission' ? RULES.commission : RULES.margin);
  }
  return costOf(read, registry, symbol, field) === null ? 'is empty' : null;
}
