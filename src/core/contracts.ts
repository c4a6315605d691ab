/**
 * Contract specifications of the US equity index futures RiskDesk sizes.
 *
 * Source: CME Group contract specification pages (E-mini and Micro E-mini Russell 2000, S&P 500,
 * Nasdaq-100; E-mini and Micro E-mini Dow on CBOT), as collected in shared/FACTS.md. Specs change rarely
 * and ship as constants. Each micro is exactly 1/10 of its E-mini and shares its tick size.
 * Beware websites quoting M2K at $2 or $0.50 per point: the exchange's figure is $5.
 */
import { D, type Dec } from './decimal';

export const CONTRACT_SYMBOLS = ['RTY', 'M2K', 'ES', 'MES', 'NQ', 'MNQ', 'YM', 'MYM'] as const;
export type ContractSymbol = (typeof CONTRACT_SYMBOLS)[number];

/** An index family is named by its E-mini symbol (RTY for Russell 2000 and so on). */
export const FAMILY_ROOTS = ['RTY', 'ES', 'NQ', 'YM'] as const;
export type FamilyRoot = (typeof FAMILY_ROOTS)[number];

export interface ContractSpec {
  readonly symbol: ContractSymbol;
  readonly name: string;
  readonly family: FamilyRoot;
  readonly indexName: string;
  readonly size: 'mini' | 'micro';
  /** US dollars per one index point. */
  readonly multiplierUsd: Dec;
  /** Minimum price fluctuation in index points. */
  readonly tickPoints: Dec;
  /** US dollars per tick: tickPoints × multiplierUsd. */
  readonly tickValueUsd: Dec;
  /** Decimals a price on this contract's grid needs. */
  readonly priceDecimals: number;
  readonly exchange: 'CME' | 'CBOT';
  /** Mini ↔ micro partner (10 : 1). */
  readonly sibling: ContractSymbol;
  /** True for the small-cap family (drives which move a spread scenario applies). */
  readonly smallCap: boolean;
}

interface SpecRow {
  name: string;
  family: FamilyRoot;
  indexName: string;
  size: 'mini' | 'micro';
  multiplier: string;
  tick: string;
  exchange: 'CME' | 'CBOT';
  sibling: ContractSymbol;
}

const SPEC_ROWS: Record<ContractSymbol, SpecRow> = {
  RTY: {
    name: 'E-mini Russell 2000',
    family: 'RTY',
    indexName: 'Russell 2000',
    size: 'mini',
    multiplier: '50',
    tick: '0.10',
    exchange: 'CME',
    sibling: 'M2K',
  },
  M2K: {
    name: 'Micro E-mini Russell 2000',
    family: 'RTY',
    indexName: 'Russell 2000',
    size: 'micro',
    multiplier: '5',
    tick: '0.10',
    exchange: 'CME',
    sibling: 'RTY',
  },
  ES: {
    name: 'E-mini S&P 500',
    family: 'ES',
    indexName: 'S&P 500',
    size: 'mini',
    multiplier: '50',
    tick: '0.25',
    exchange: 'CME',
    sibling: 'MES',
  },
  MES: {
    name: 'Micro E-mini S&P 500',
    family: 'ES',
    indexName: 'S&P 500',
    size: 'micro',
    multiplier: '5',
    tick: '0.25',
    exchange: 'CME',
    sibling: 'ES',
  },
  NQ: {
    name: 'E-mini Nasdaq-100',
    family: 'NQ',
    indexName: 'Nasdaq-100',
    size: 'mini',
    multiplier: '20',
    tick: '0.25',
    exchange: 'CME',
    sibling: 'MNQ',
  },
  MNQ: {
    name: 'Micro E-mini Nasdaq-100',
    family: 'NQ',
    indexName: 'Nasdaq-100',
    size: 'micro',
    multiplier: '2',
    tick: '0.25',
    exchange: 'CME',
    sibling: 'NQ',
  },
  YM: {
    name: 'E-mini Dow ($5)',
    family: 'YM',
    indexName: 'Dow Jones Industrial Average',
    size: 'mini',
    multiplier: '5',
    tick: '1',
    exchange: 'CBOT',
    sibling: 'MYM',
  },
  MYM: {
    name: 'Micro E-mini Dow',
    family: 'YM',
    indexName: 'Dow Jones Industrial Average',
    size: 'micro',
    multiplier: '0.50',
    tick: '1',
    exchange: 'CBOT',
    sibling: 'YM',
  },
};

function buildSpec(symbol: ContractSymbol, row: SpecRow): ContractSpec {
  const multiplierUsd = new D(row.multiplier);
  const tickPoints = new D(row.tick);
  return {
    symbol,
    name: row.name,
    family: row.family,
    indexName: row.indexName,
    size: row.size,
    multiplierUsd,
    tickPoints,
    tickValueUsd: tickPoints.mul(multiplierUsd),
    priceDecimals: tickPoints.decimalPlaces(),
    exchange: row.exchange,
    sibling: row.sibling,
    smallCap: row.family === 'RTY',
  };
}

export const CONTRACTS: Readonly<Record<ContractSymbol, ContractSpec>> = Object.fromEntries(
  CONTRACT_SYMBOLS.map((symbol) => [symbol, buildSpec(symbol, SPEC_ROWS[symbol])]),
) as Record<ContractSymbol, ContractSpec>;

/** True when `text` is one of the contract symbols (used when parsing select values and saved state). */
export function isContractSymbol(text: string): text is ContractSymbol {
  return (CONTRACT_SYMBOLS as readonly string[]).includes(text);
}

/** The E-mini and the micro of a family, in that order. */
export function familyPair(family: FamilyRoot): { mini: ContractSpec; micro: ContractSpec } {
  const mini = CONTRACTS[family];
  return { mini, micro: CONTRACTS[mini.sibling] };
}
