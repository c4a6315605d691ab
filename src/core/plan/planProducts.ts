/**
 * The Plan section's only door to the contract table: every contract the bracket, the trade log and the
 * ETF equivalence use is looked up here, so that moving to the product registry (products/registry.ts)
 * changes this file and nothing else of the Plan.
 *
 * - A contract's figures (`ContractSpec` from contracts.ts; source: CME contract specifications, FACTS.md).
 * - A family's mini and micro, and how many micros make a mini: mini multiplier ÷ micro multiplier
 *   (10 for every equity index pair today), exact, checked to be a whole number.
 * - The commission per side of each contract as typed in Contracts (`<symbol>.commission`): the log prices
 *   a round trip with it. An empty commission counts as 0 (as the book does); an invalid one leaves the
 *   contract out of the log's table, and the row naming it gets a message saying so.
 * No rounding here.
 */
import {
  CONTRACTS,
  CONTRACT_SYMBOLS,
  FAMILY_ROOTS,
  familyPair,
  isContractSymbol,
  type ContractSpec,
  type FamilyRoot,
} from '../contracts';
import { ZERO } from '../decimal';
import type { FieldReader } from '../fields';
import { costKey, RULES, type InputKey } from '../inputs';
import type { FuturesPair } from './etf';
import type { LogContract } from './tradeLog';

/** The contract a symbol names, or null for any other text. */
export function planContract(symbol: string): ContractSpec | null {
  return isContractSymbol(symbol) ? CONTRACTS[symbol] : null;
}

/** Every symbol a log row may name, in the table's order. */
export const PLAN_SYMBOLS: readonly string[] = CONTRACT_SYMBOLS;

/** Every index family an ETF can be matched against, named by its mini. */
export const PLAN_FAMILIES: readonly FamilyRoot[] = FAMILY_ROOTS;

/** The family's mini and micro and the micros per mini; null when the multipliers are not a whole ratio. */
export function futuresPairOf(family: FamilyRoot): FuturesPair | null {
  const { mini, micro } = familyPair(family);
  const ratio = mini.multiplierUsd.div(micro.multiplierUsd);
  if (!ratio.isInteger() || ratio.lt(1)) return null;
  return { mini, micro, microsPerMini: ratio.toNumber() };
}

/** The family a contract belongs to, or null for a symbol that is no contract. */
export function familyOfSymbol(symbol: string): FamilyRoot | null {
  return planContract(symbol)?.family ?? null;
}

/** A family as a choice is labelled: "Russell 2000 (RTY, M2K)". */
export function familyLabel(family: FamilyRoot): string {
  const { mini, micro } = familyPair(family);
  return `${mini.indexName} (${mini.symbol}, ${micro.symbol})`;
}

/** The index a family tracks ("Russell 2000"). */
export function familyIndexName(family: FamilyRoot): string {
  return CONTRACTS[family].indexName;
}

/**
 * The log's contracts with their commission per side (typed in Contracts), and the symbols left out
 * because their commission is not a valid number.
 */
export function logContracts(read: FieldReader<InputKey>): {
  readonly contracts: ReadonlyMap<string, LogContract>;
  readonly badCommission: readonly string[];
} {
  const contracts = new Map<string, LogContract>();
  const badCommission: string[] = [];
  for (const symbol of CONTRACT_SYMBOLS) {
    const commission = read.numberOr(costKey(symbol, 'commission'), RULES.commission, ZERO);
    if (commission === null) badCommission.push(symbol);
    else contracts.set(symbol, { contract: CONTRACTS[symbol], commissionPerSideUsd: commission });
  }
  return { contracts, badCommission };
}

/** The commission texts of every contract in one string: the log is recomputed only when one changes. */
export function commissionTexts(texts: Readonly<Record<InputKey, string>>): string {
  return CONTRACT_SYMBOLS.map((symbol) => texts[costKey(symbol, 'commission')]).join('\n');
}
