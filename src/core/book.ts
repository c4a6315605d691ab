/**
 * The book: the positions a trader holds or intends to hold (symbol, side, quantity, entry price and an
 * optional stop). Futures accounts are marked to market, so account equity already holds the book's open
 * P&L; each figure here is measured from each index family's mark (its stress reference price, see
 * `familyMarks` in stress.ts) where a mark matters:
 *
 * - Open P&L of a row = (mark − entry) × quantity × multiplier (× −1 short): informational, it is already in
 *   equity. Half-up to the cent.
 * - Risk of a row to its stop = what equity loses if the stop fills from the mark, by the sizer's rule:
 *   (|mark − stop| × multiplier + slippage ticks × tick value + 2 × commission per side) × quantity, rounded
 *   up to the cent. A stop the mark has already crossed (a long's stop at or above the mark) counts only its
 *   costs and is named. `Open risk` is the sum over rows with a stop; rows without one are named, not guessed.
 * - Notional at entry prices: long, short and net.
 * - Margin on each basis (initial, maintenance, day-trade) = Σ over contracts of |net quantity| × the
 *   contract's margin (a long and a short of the same contract offset). No spread credit between different
 *   contracts (M2K against MES, RTY against M2K): the conservative side. Rounded up to the cent.
 *
 * An empty or invalid row is left out of every total (with its reason, "quantity is empty"); every valid row
 * still counts, so leaving out an invalid row equals removing it. Rows are parsed once per row object (the
 * store replaces a row's object only when it is edited), so a long book costs little per keystroke.
 *
 * Figures are typed (see `BookFigures`): each carries the rounding it is shown with, so the presenter
 * (src/core/present) only formats; the totals are summed at full precision and rounded once.
 */
import { FAMILY_ROOTS } from './contracts';
import { ZERO, type Dec } from './decimal';
import { fieldReader, type FieldReader } from './fields';
import type { CostProblem } from './figures';
import { MARGIN_BASES, RULES, SIDES, type InputKey, type MarginBasis } from './inputs';
import { costOf, costProblem } from './productCosts';
import type { DeskRegistry } from './products/deskRegistry';
import type { ProductRegistry, ProductSpec } from './products/registry';
import { riskPerContractUsd, type Side } from './positionSize';
import { memoizeLast } from './memo';
import { usdCentsNearest, usdCentsUp } from './rounding';

export const BOOK_FIELDS = ['symbol', 'side', 'quantity', 'entry', 'stop'] as const;
export type BookField = (typeof BOOK_FIELDS)[number];

/** One row of the book as typed (texts, like every other input). `stop` is optional: empty means none. */
export interface BookRow {
  readonly id: string;
  readonly symbol: string;
  readonly side: string;
  readonly quantity: string;
  readonly entry: string;
  readonly stop: string;
}

/** A parsed, valid position. */
export interface Position {
  readonly id: string;
  readonly spec: ProductSpec;
  readonly side: Side;
  readonly quantity: Dec;
  readonly entry: Dec;
  /** The stop, when one is typed and valid. */
  readonly stop: Dec | null;
}

/** Messages per row and field: `${rowId}.${field}` → message. */
export type BookErrors = Partial<Record<`${string}.${BookField}`, string>>;

/** A row left out of the totals, and why ("quantity is empty"). */
export interface LeftOutRow {
  readonly id: string;
  /** 1-based position in the book, as the panel numbers rows. */
  readonly number: number;
  readonly reason: string;
}

/** Why a row's risk to its stop is not in the open risk. */
export type RiskGapReason =
  | { readonly kind: 'no-stop' }
  | { readonly kind: 'bad-stop' }
  | { readonly kind: 'no-mark'; readonly family: string }
  | { readonly kind: 'bad-slippage' }
  | { readonly kind: 'bad-commission'; readonly symbol: string };

/** A valid row whose risk is not counted ("Position 2 has no stop"). */
export interface RiskGap {
  /** 1-based position in the book. */
  readonly number: number;
  readonly why: RiskGapReason;
}

/** What is said beside a row. */
export type BookRowNote =
  /** The mark has already crossed the stop: only the costs are counted. */
  | { readonly kind: 'stop-crossed' }
  /** The row has a stop but its risk cannot be priced. */
  | { readonly kind: 'risk-not-counted'; readonly why: RiskGapReason }
  /** The row is left out of every total; `reason` is the message for it ("quantity is empty"). */
  | { readonly kind: 'left-out'; readonly reason: string };

/** What one row contributes, as shown beside it. */
export interface BookRowFigures {
  /** Open P&L at the family's mark, half-up to the cent; null without a mark or for a row left out. */
  readonly openPnlUsd: Dec | null;
  /** Risk to the stop from the mark, rounded up to the cent; null when not counted. */
  readonly riskUsd: Dec | null;
  readonly note: BookRowNote | null;
}

/** The book panel's figures. */
export interface BookFigures {
  /** Σ long notional at entry prices, half-up to the cent. */
  readonly longNotionalUsd: Dec;
  readonly shortNotionalUsd: Dec;
  /** Long − short, half-up to the cent (signed). */
  readonly netNotionalUsd: Dec;
  /** Margin on the initial basis, rounded up to the cent; null when a margin it needs is invalid. */
  readonly initialMarginUsd: Dec | null;
  readonly maintenanceMarginUsd: Dec | null;
  /** Σ open P&L at the marks, half-up to the cent; null while a family has no mark. */
  readonly openPnlUsd: Dec | null;
  /** The rows left out of every total, in book order. */
  readonly leftOut: readonly LeftOutRow[];
  /** Figures per row id (the same map while nothing a row depends on changes). */
  readonly rows: ReadonlyMap<string, BookRowFigures>;
}

export interface ParsedBook {
  readonly positions: readonly Position[];
  readonly leftOut: readonly LeftOutRow[];
  readonly errors: BookErrors;
  /** Families of the valid positions, in the standard order. */
  readonly families: readonly string[];
  /** Ids of valid rows whose typed stop is not a valid price. */
  readonly badStops: ReadonlySet<string>;
  /** Each row's 1-based number in the book ("Position 3"). */
  readonly numbers: ReadonlyMap<string, number>;
}

export interface BookResult {
  readonly figures: BookFigures;
  /** Σ risk to stop over the rows whose risk is known, at full precision. */
  readonly openRiskUsd: Dec;
  /** Rows whose risk is not in `openRiskUsd` ("Position 2 has no stop"). */
  readonly openRiskGaps: readonly RiskGap[];
  /** The book's margin on each basis at full precision; null when a margin it needs is not a valid number. */
  readonly marginUsd: Readonly<Record<MarginBasis, Dec | null>>;
  /** Why a basis has no margin ("ES initial margin is not a number"), per basis. */
  readonly marginProblems: Readonly<Record<MarginBasis, readonly CostProblem[]>>;
}

/** Signed exposure of a position per point of price rise: +quantity × multiplier long, − short. */
export function deltaUsdPerPoint(position: Position): Dec {
  const perPoint = position.quantity.mul(position.spec.multiplierUsd);
  return position.side === 'long' ? perPoint : perPoint.neg();
}

/** Open P&L of a position at `mark`: (mark − entry) × signed quantity × multiplier. */
export function openPnlUsd(position: Position, mark: Dec): Dec {
  return mark.minus(position.entry).mul(deltaUsdPerPoint(position));
}

interface ParsedRow {
  readonly position: Position | null;
  readonly errors: BookErrors;
  /** Why the row is left out, or null. */
  readonly reason: string | null;
  /** True when a stop was typed but is not a valid price. */
  readonly badStop: boolean;
}

/** Each row parsed against the registry it was last parsed with (a custom contract may come or go). */
const parsedRows = new WeakMap<BookRow, { registry: ProductRegistry; parsed: ParsedRow }>();

/** Why a required field has no value: "quantity is empty", "entry is not valid". */
function missing(field: BookField, text: string): string {
  return text.trim() === '' ? `${field} is empty` : `${field} is not valid`;
}

function parseRow(row: BookRow, registry: ProductRegistry): ParsedRow {
  const cached = parsedRows.get(row);
  if (cached?.registry === registry) return cached.parsed;
  const read = fieldReader<BookField>(row, registry);
  const spec = read.symbol('symbol');
  const side = read.choice('side', SIDES);
  const quantity = read.number('quantity', RULES.quantity);
  const entry = spec === null ? null : read.price('entry', RULES.price, spec);
  const stop = spec === null ? null : read.price('stop', RULES.price, spec);
  const errors: BookErrors = {};
  for (const field of BOOK_FIELDS) {
    const message = read.errors[field];
    if (message !== undefined) errors[`${row.id}.${field}`] = message;
  }
  let reason: string | null = null;
  if (spec === null) reason = `"${row.symbol}" is not a contract`;
  else if (side === null) reason = 'side is not valid';
  else if (quantity === null) reason = missing('quantity', row.quantity);
  else if (entry === null) reason = missing('entry', row.entry);
  const parsed: ParsedRow =
    spec === null || side === null || quantity === null || entry === null
      ? { position: null, errors, reason, badStop: false }
      : {
          position: { id: row.id, spec, side, quantity, entry, stop },
          errors,
          reason: null,
          badStop: stop === null && read.hasError('stop'),
        };
  parsedRows.set(row, { registry, parsed });
  return parsed;
}

/**
 * Parses every row against the registry: the valid positions, the rows left out with their reasons, and
 * each field's message. The same rows array and registry give the same result object (the store keeps the
 * array while no row changes).
 */
export const parseBook = memoizeLast(parseBookRows);

function parseBookRows(rows: readonly BookRow[], registry: ProductRegistry): ParsedBook {
  const positions: Position[] = [];
  const leftOut: LeftOutRow[] = [];
  const badStops = new Set<string>();
  const numbers = new Map<string, number>();
  const errors: BookErrors = {};
  const families = new Set<string>();
  rows.forEach((row, index) => {
    const parsed = parseRow(row, registry);
    numbers.set(row.id, index + 1);
    Object.assign(errors, parsed.errors);
    if (parsed.position === null) {
      leftOut.push({ id: row.id, number: index + 1, reason: parsed.reason ?? 'not valid' });
      return;
    }
    positions.push(parsed.position);
    families.add(parsed.position.spec.family);
    if (parsed.badStop) badStops.add(row.id);
  });
  // Built-in families in their standard order, then the custom contracts' in book order.
  const builtIn: readonly string[] = FAMILY_ROOTS;
  const present = [
    ...builtIn.filter((f) => families.has(f)),
    ...[...families].filter((f) => !builtIn.includes(f)),
  ];
  return { positions, leftOut, errors, families: present, badStops, numbers };
}

/** What pricing a row's risk needs: the sizer's slippage and each contract's commission (null when invalid). */
export interface RowCosts {
  readonly slippageTicks: Dec | null;
  readonly commission: (symbol: string) => Dec | null;
}

interface RowValue {
  readonly key: string;
  readonly figures: BookRowFigures;
  /** Full precision: the totals add these and round once. */
  readonly pnlUsd: Dec | null;
  readonly riskUsd: Dec | null;
  /** Why the risk is not counted ("has no stop"), or null. */
  readonly gap: RiskGap | null;
}

const rowValues = new WeakMap<Position, RowValue>();

/** The risk to stop of a position from `mark`; `crossed` when the mark is already past the stop. */
function riskToStop(
  p: Position,
  stop: Dec,
  mark: Dec,
  slippageTicks: Dec,
  commission: Dec,
): { riskUsd: Dec; crossed: boolean } {
  const crossed = p.side === 'long' ? stop.gte(mark) : stop.lte(mark);
  const from = crossed ? stop : mark;
  return {
    riskUsd: riskPerContractUsd(p.spec, from, stop, slippageTicks, commission).mul(p.quantity),
    crossed,
  };
}

function valueOf(p: Position, number: number, mark: Dec | null, costs: RowCosts, badStop: boolean): RowValue {
  const slippage = costs.slippageTicks;
  const commission = costs.commission(p.spec.symbol);
  const key = `${mark?.toString() ?? ''}|${slippage?.toString() ?? ''}|${commission?.toString() ?? ''}|${number}|${badStop}`;
  const cached = rowValues.get(p);
  if (cached?.key === key) return cached;
  const pnlUsd = mark === null ? null : openPnlUsd(p, mark);
  let riskUsd: Dec | null = null;
  let why: RiskGapReason | null = null;
  let note: BookRowNote | null = null;
  if (badStop) why = { kind: 'bad-stop' };
  else if (p.stop === null) why = { kind: 'no-stop' };
  else if (mark === null) why = { kind: 'no-mark', family: p.spec.family };
  else if (slippage === null) why = { kind: 'bad-slippage' };
  else if (commission === null) why = { kind: 'bad-commission', symbol: p.spec.symbol };
  else {
    const risk = riskToStop(p, p.stop, mark, slippage, commission);
    riskUsd = risk.riskUsd;
    if (risk.crossed) note = { kind: 'stop-crossed' };
  }
  // A row without a (valid) stop says nothing beside it: the open risk's note names it.
  if (why !== null && p.stop !== null) note = { kind: 'risk-not-counted', why };
  const gap = why === null ? null : { number, why };
  const figures: BookRowFigures = {
    openPnlUsd: pnlUsd === null ? null : usdCentsNearest(pnlUsd),
    riskUsd: riskUsd === null ? null : usdCentsUp(riskUsd),
    note,
  };
  const value = { key, figures, pnlUsd, riskUsd, gap };
  rowValues.set(p, value);
  return value;
}

/** What the rows add up to at given marks and costs (the part of the book that is O(rows)). */
interface RowTotals {
  readonly longUsd: Dec;
  readonly shortUsd: Dec;
  readonly pnlTotal: Dec | null;
  readonly openRiskUsd: Dec;
  readonly openRiskGaps: readonly RiskGap[];
  readonly rows: ReadonlyMap<string, BookRowFigures>;
  /** Net signed quantity per contract: margin is charged on it (a long and a short offset). */
  readonly netBySymbol: ReadonlyMap<string, Dec>;
}

function totalRows(book: ParsedBook, markOf: (family: string) => Dec | null, costs: RowCosts): RowTotals {
  let longUsd = ZERO;
  let shortUsd = ZERO;
  let pnlTotal: Dec | null = ZERO;
  let openRiskUsd = ZERO;
  const openRiskGaps: RiskGap[] = [];
  const rows = new Map<string, BookRowFigures>();
  const netBySymbol = new Map<string, Dec>();
  for (const p of book.positions) {
    const notional = p.entry.mul(p.spec.multiplierUsd).mul(p.quantity);
    if (p.side === 'long') longUsd = longUsd.plus(notional);
    else shortUsd = shortUsd.plus(notional);
    const signed = p.side === 'long' ? p.quantity : p.quantity.neg();
    netBySymbol.set(p.spec.symbol, (netBySymbol.get(p.spec.symbol) ?? ZERO).plus(signed));

    const number = book.numbers.get(p.id) ?? 0;
    const value = valueOf(p, number, markOf(p.spec.family), costs, book.badStops.has(p.id));
    rows.set(p.id, value.figures);
    pnlTotal = pnlTotal === null || value.pnlUsd === null ? null : pnlTotal.plus(value.pnlUsd);
    if (value.riskUsd !== null) openRiskUsd = openRiskUsd.plus(value.riskUsd);
    if (value.gap !== null) openRiskGaps.push(value.gap);
  }
  for (const row of book.leftOut) {
    rows.set(row.id, { openPnlUsd: null, riskUsd: null, note: { kind: 'left-out', reason: row.reason } });
  }
  return { longUsd, shortUsd, pnlTotal, openRiskUsd, openRiskGaps, rows, netBySymbol };
}

let lastTotals: { book: ParsedBook; key: string; totals: RowTotals } | null = null;

/**
 * totalRows, reused while the book and everything it prices with (marks, slippage, commissions) are the
 * same: typing into the account strip or the sizer then costs nothing per row.
 */
function cachedTotals(book: ParsedBook, markOf: (family: string) => Dec | null, costs: RowCosts): RowTotals {
  const symbols = new Set(book.positions.map((p) => p.spec.symbol));
  const key = [
    ...book.families.map((f) => `${f}=${markOf(f)?.toString() ?? ''}`),
    `slip=${costs.slippageTicks?.toString() ?? ''}`,
    ...[...symbols].map((symbol) => `${symbol}=${costs.commission(symbol)?.toString() ?? ''}`),
  ].join('|');
  if (lastTotals?.book === book && lastTotals.key === key) return lastTotals.totals;
  const totals = totalRows(book, markOf, costs);
  lastTotals = { book, key, totals };
  return totals;
}

/** Totals, margins and per-row figures of the parsed book at the families' marks. */
export function computeBook(
  book: ParsedBook,
  markOf: (family: string) => Dec | null,
  costs: RowCosts,
  read: FieldReader<InputKey>,
  registry: DeskRegistry,
): BookResult {
  const { longUsd, shortUsd, pnlTotal, openRiskUsd, openRiskGaps, rows, netBySymbol } = cachedTotals(
    book,
    markOf,
    costs,
  );

  const marginUsd = {} as Record<MarginBasis, Dec | null>;
  const marginProblems = {} as Record<MarginBasis, CostProblem[]>;
  for (const basis of MARGIN_BASES) {
    let sum: Dec | null = ZERO;
    const problems: CostProblem[] = [];
    for (const [symbol, net] of netBySymbol) {
      const margin = costOf(read, registry, symbol, basis);
      if (margin === null) {
        problems.push({
          symbol,
          field: basis,
          problem: costProblem(read, registry, symbol, basis) ?? 'is not valid',
        });
        sum = null;
      } else if (sum !== null) {
        sum = sum.plus(margin.mul(net.abs()));
      }
    }
    marginUsd[basis] = sum;
    marginProblems[basis] = problems;
  }
  const marginUp = (value: Dec | null) => (value === null ? null : usdCentsUp(value));
  const figures: BookFigures = {
    longNotionalUsd: usdCentsNearest(longUsd),
    shortNotionalUsd: usdCentsNearest(shortUsd),
    netNotionalUsd: usdCentsNearest(longUsd.minus(shortUsd)),
    initialMarginUsd: marginUp(marginUsd.initial),
    maintenanceMarginUsd: marginUp(marginUsd.maintenance),
    openPnlUsd: pnlTotal === null ? null : usdCentsNearest(pnlTotal),
    leftOut: book.leftOut,
    rows,
  };
  return { figures, openRiskUsd, openRiskGaps, marginUsd, marginProblems };
}
