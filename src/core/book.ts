/**
 * The book: the positions a trader intends to hold (symbol, side, quantity, entry price). Totals are at
 * entry prices: long, short and net notional; initial and maintenance margin = Σ over contracts of
 * |net quantity| × the contract's margin from the Contracts & margins panel (a long and a short of the same
 * contract offset). No spread credit is taken between different contracts (M2K against MES, RTY against
 * M2K), so the margin shown is what an account without inter-commodity credit posts: the conservative side.
 */
import {
  CONTRACTS,
  FAMILY_ROOTS,
  isContractSymbol,
  type ContractSpec,
  type ContractSymbol,
  type FamilyRoot,
} from './contracts';
import { ZERO, type Dec } from './decimal';
import { fieldReader, type FieldReader } from './fields';
import { formatSignedUsd, formatUsd, NO_VALUE } from './format';
import { costKey, RULES, SIDES, type InputKey } from './inputs';
import type { Side } from './positionSize';
import { usdCentsNearest, usdCentsUp } from './rounding';

export const BOOK_FIELDS = ['symbol', 'side', 'quantity', 'entry'] as const;
export type BookField = (typeof BOOK_FIELDS)[number];

/** One row of the book as typed (texts, like every other input). */
export interface BookRow {
  readonly id: string;
  readonly symbol: string;
  readonly side: string;
  readonly quantity: string;
  readonly entry: string;
}

/** A parsed, valid position. */
export interface Position {
  readonly id: string;
  readonly spec: ContractSpec;
  readonly side: Side;
  readonly quantity: Dec;
  readonly entry: Dec;
}

export type BookOutputs = {
  bookLongNotional: string;
  bookShortNotional: string;
  bookNetNotional: string;
  bookInitialMargin: string;
  bookMaintenanceMargin: string;
};

/** Messages per row and field: `${rowId}.${field}` → message. */
export type BookErrors = Partial<Record<`${string}.${BookField}`, string>>;

export interface BookResult {
  readonly outputs: BookOutputs;
  readonly errors: BookErrors;
  /** Every position when all rows are valid and complete; null while any row is empty or invalid. */
  readonly positions: readonly Position[] | null;
  /** Maintenance margin of the book, for the stress test; null when unknown. */
  readonly maintenanceUsd: Dec | null;
  /** Index families present in the book, in the standard order. */
  readonly families: readonly FamilyRoot[];
}

/** Signed exposure of a position per point of price rise: +quantity × multiplier long, − short. */
export function deltaUsdPerPoint(position: Position): Dec {
  const perPoint = position.quantity.mul(position.spec.multiplierUsd);
  return position.side === 'long' ? perPoint : perPoint.neg();
}

function readRow(row: BookRow): { position: Position | null; errors: BookErrors } {
  type Key = BookField;
  const read: FieldReader<Key> = fieldReader<Key>(row);
  const symbol = read.symbol('symbol');
  const side = read.choice('side', SIDES);
  const quantity = read.number('quantity', RULES.quantity);
  const entry = symbol === null ? null : read.price('entry', RULES.price, CONTRACTS[symbol]);
  const errors: BookErrors = {};
  for (const field of BOOK_FIELDS) {
    const message = read.errors[field];
    if (message !== undefined) errors[`${row.id}.${field}`] = message;
  }
  if (symbol === null || side === null || quantity === null || entry === null)
    return { position: null, errors };
  return { position: { id: row.id, spec: CONTRACTS[symbol], side, quantity, entry }, errors };
}

/** Computes the book's totals from its rows and the contract margins. */
export function computeBook(rows: readonly BookRow[], read: FieldReader<InputKey>): BookResult {
  const errors: BookErrors = {};
  const positions: Position[] = [];
  let complete = true;
  const families = new Set<FamilyRoot>();
  for (const row of rows) {
    const parsed = readRow(row);
    Object.assign(errors, parsed.errors);
    if (parsed.position === null) complete = false;
    else positions.push(parsed.position);
    if (isContractSymbol(row.symbol)) families.add(CONTRACTS[row.symbol].family);
  }
  const presentFamilies = FAMILY_ROOTS.filter((f) => families.has(f));
  const outputs: BookOutputs = {
    bookLongNotional: NO_VALUE,
    bookShortNotional: NO_VALUE,
    bookNetNotional: NO_VALUE,
    bookInitialMargin: NO_VALUE,
    bookMaintenanceMargin: NO_VALUE,
  };
  if (!complete) return { outputs, errors, positions: null, maintenanceUsd: null, families: presentFamilies };

  let longUsd = ZERO;
  let shortUsd = ZERO;
  for (const p of positions) {
    const notional = p.entry.mul(p.spec.multiplierUsd).mul(p.quantity);
    if (p.side === 'long') longUsd = longUsd.plus(notional);
    else shortUsd = shortUsd.plus(notional);
  }
  outputs.bookLongNotional = formatUsd(usdCentsNearest(longUsd));
  outputs.bookShortNotional = formatUsd(usdCentsNearest(shortUsd));
  outputs.bookNetNotional = formatSignedUsd(longUsd.minus(shortUsd));

  // Margin is charged on the net position of each contract: a long and a short of the same contract offset.
  const netBySymbol = new Map<ContractSymbol, Dec>();
  for (const p of positions) {
    const signed = p.side === 'long' ? p.quantity : p.quantity.neg();
    netBySymbol.set(p.spec.symbol, (netBySymbol.get(p.spec.symbol) ?? ZERO).plus(signed));
  }
  const marginSum = (field: 'initial' | 'maintenance'): Dec | null => {
    let sum = ZERO;
    for (const [symbol, net] of netBySymbol) {
      const margin = read.number(costKey(symbol, field), RULES.margin);
      if (margin === null) return null;
      sum = sum.plus(margin.mul(net.abs()));
    }
    return sum;
  };
  const initial = marginSum('initial');
  const maintenance = marginSum('maintenance');
  if (initial !== null) outputs.bookInitialMargin = formatUsd(usdCentsUp(initial));
  if (maintenance !== null) outputs.bookMaintenanceMargin = formatUsd(usdCentsUp(maintenance));
  return { outputs, errors, positions, maintenanceUsd: maintenance, families: presentFamilies };
}
