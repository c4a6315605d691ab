/**
 * The built-in contracts by symbol, read from the product registry (products/registry.ts: specs, sources,
 * calendars, price-limit rules, pairings). Nothing here assumes 10 : 1, a shared tick or an equity index:
 * a family's standard and micro come from the registry's pairing, with its ratio.
 *
 * A panel's contract is a symbol of the desk's registry (built-ins plus the trader's custom contracts);
 * `ContractSymbol` names the built-ins only (their margins and commissions are inputs of the Contracts
 * section).
 */
import {
  BUILT_IN_PRODUCTS,
  BUILT_IN_REGISTRY,
  type ProductRegistry,
  type ProductSpec,
} from './products/registry';

/** A product's standard ↔ micro pair (the registry's, re-exported for the panels that hold a family). */
export { pairOf } from './products/registry';

export const CONTRACT_SYMBOLS = [
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
] as const;
export type ContractSymbol = (typeof CONTRACT_SYMBOLS)[number];

/** The built-in products by symbol (the registry's records). */
export const CONTRACTS = Object.fromEntries(BUILT_IN_PRODUCTS.map((spec) => [spec.symbol, spec])) as Readonly<
  Record<ContractSymbol, ProductSpec>
>;

/** The built-in families, each named by its standard's symbol, in registry order. */
export const FAMILY_ROOTS = ['RTY', 'ES', 'NQ', 'YM', 'GC', 'SI', 'CL', '6E', '6B'] as const;
export type FamilyRoot = (typeof FAMILY_ROOTS)[number];

/** The equity-index families (their ETFs can be matched; their SOQ and price limits apply). */
export const INDEX_FAMILIES = ['RTY', 'ES', 'NQ', 'YM'] as const satisfies readonly FamilyRoot[];
export type IndexFamily = (typeof INDEX_FAMILIES)[number];

/** True when `family` is a built-in family (it has stress inputs: reference, cash index, custom move). */
export function isFamilyRoot(family: string): family is FamilyRoot {
  return (FAMILY_ROOTS as readonly string[]).includes(family);
}

/** True when `text` is a built-in symbol (custom contracts are looked up in the desk's registry). */
export function isContractSymbol(text: string): text is ContractSymbol {
  return (CONTRACT_SYMBOLS as readonly string[]).includes(text);
}

/**
 * The product whose prices and ticks stand for a family (limit levels, marks): its standard when the
 * registry has one, else the product itself.
 */
export function familyReference(
  family: string,
  registry: ProductRegistry = BUILT_IN_REGISTRY,
): ProductSpec | null {
  const members = registry.products.filter((spec) => spec.family === family);
  return members.find((spec) => spec.size === 'standard') ?? members[0] ?? null;
}
