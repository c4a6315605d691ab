/**
 * The Plan section's only door to the contract table: every contract the bracket, the trade log and the
 * ETF equivalence use is looked up here, so that moving to the product registry (products/registry.ts)
 * changes this file and nothing else of the Plan.
 *
 * - A contract's figures (`ProductSpec` from the registry, products/registry.ts; source: CME contract specifications, FACTS.md).
 * - An equity-index family's mini and micro, and how many micros make a mini: the registry's pairing
 *   ratio (10 for every equity index pair), checked against mini multiplier ÷ micro multiplier.
 * - The commission per side of each contract as typed in Contracts (`<symbol>.commission`): the log prices
 *   a round trip with it. An empty commission counts as 0 (as the book does); an invalid one leaves the
 *   contract out of the log's table, and the row naming it gets a message saying so.
 * No rounding here.
 */
import {
  CONTRACTS,
  CONTRACT_SYMBOLS,
  pairOf,
  INDEX_FAMILIES,
  isContractSymbol,
  type IndexFamily,
} from '../contracts';
import type { ProductSpec } from '../products/registry';
import { ZERO } from '../decimal';
import type { FieldReader } from '../fields';
import { costKey, RULES, type InputKey } from '../inputs';
import type { FuturesPair } from './etf';
import type { LogContract } from './tradeLog';

/** The contract a symbol names, or null for any other text. */
export function planContract(symbol: string): ProductSpec | null {
  return isContractSymbol(symbol) ? CONTRACTS[symbol] : null;
}

/** Every symbol a log row may name, in the table's order. */
export const PLAN_SYMBOLS: readonly string[] = CONTRACT_SYMBOLS;

/** Every index family an ETF can be matched against, named by its mini. */
export const PLAN_FAMILIES: readonly IndexFamily[] = INDEX_FAMILIES;

/** The family's mini and micro and the micros per mini; null when the pairing does not match the multipliers. */
export function futuresPairOf(family: IndexFamily): FuturesPair | null {
  const pair = pairOf(CONTRACTS[family]);
  if (pair === null) return null;
  const ratio = pair.standard.multiplierUsd.div(pair.micro.multiplierUsd);
  if (!ratio.eq(pair.ratio)) return null;
  return { mini: pair.standard, micro: pair.micro, microsPerMini: pair.ratio };
}

/** The index family a contract belongs to, or null for a symbol that is no equity-index contract. */
export function familyOfSymbol(symbol: string): IndexFamily | null {
  const family = planContract(symbol)?.family;
  return INDEX_FAMILIES.find((f) => f === family) ?? null;
}

/** A family as a choice is labelled: "Russell 2000 (RTY, M2K)". */
export function familyLabel(family: IndexFamily): string {
  const pair = pairOf(CONTRACTS[family]);
  const symbols = pair === null ? family : `${pair.standard.symbol}, ${pair.micro.symbol}`;
  return `${familyIndexName(family)} (${symbols})`;
}

/** The index a family tracks ("Russell 2000"). */
export function familyIndexName(family: IndexFamily): string {
  return CONTRACTS[family].indexName ?? CONTRACTS[family].name;
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
