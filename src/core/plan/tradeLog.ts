/**
 * Today's trade log and the circuit breaker (issue 9).
 *
 * - A row is what the trader typed: exit time, contract, side, quantity, entry and exit price (fills).
 *   The time is the EXIT time in the trader's time zone, typed `HH:MM` (the latest such time at or before
 *   now: today, or yesterday evening for an overnight trade) or `YYYY-MM-DD HH:MM` (`T` also accepted);
 *   it is resolved to epoch ms so the breaker can count minutes and sessions. A time later than now is
 *   refused.
 * - Realized P&L (USD) = (exit − entry) × quantity × multiplier for a long (entry − exit for a short)
 *   − quantity × 2 × commission per side. Fills are actual prices, so no slippage is added. Exact: the
 *   presenter rounds with `usdCentsNearest`.
 * - Only trades of the current CME session (ending at the next 17:00 Chicago, `sessionClock.ts`) count:
 *   a row of an earlier session is valid but left out, by id, so a log left from yesterday never weighs
 *   on today. When the log holds at least one valid trade of the current session it is the source of
 *   Today's realized P&L; otherwise (empty, only incomplete rows, or only earlier sessions) the typed
 *   figure stays, so a log left from yesterday or a row still being typed never replaces it with $0.
 * - Outcome = the sign of the realized P&L after costs: a win (> 0), a loss (< 0) or flat (= 0).
 *   Consecutive losses are counted from the most recent trade (by exit time, then row order) backwards:
 *   losses count, a flat trade is skipped (it neither adds to nor breaks the run), a win ends the count.
 *   The breaker follows the money the account records, the same figure as Today's realized P&L, so a
 *   trade scratched at entry that paid commissions is a (small) loss.
 * - Circuit breaker: when the daily loss limit is reached (what is left of it is 0, `dailyLossLeftUsd`),
 *   the desk is stopped until the session ends (17:00 CT) and no override lifts it: the sizer's budget is
 *   0 anyway. Otherwise, when the run of losses is at least N (default 3), the desk pauses from the exit
 *   of the most recent loss for M minutes (default 20); every further loss in the run starts a new pause.
 *   An override logged at or after the pause began ends that pause.
 * - CSV export: every non-blank row as typed (cells escaped by `csvCell`) and its realized P&L.
 */
import { csvCell, csvNumberCell, csvRecord, csvText } from '../csv';
import { ZERO, type Dec } from '../decimal';
import { parseNumberText, type NumberRule } from '../parse';
import { dailyLossLeftUsd, type DailyLoss, type Side } from '../positionSize';
import { usdCentsNearest } from '../rounding';
import { isOnTickGrid, nearestGridPrices } from '../tickGrid';
import type { PlanContract } from './planContract';
import { epochMsOfWallTime, latestWallTimeAtOrBefore, nextSessionEndMs, type TimeZone } from './sessionClock';

export const LOG_FIELDS = ['time', 'symbol', 'side', 'quantity', 'entry', 'exit'] as const;
export type LogField = (typeof LOG_FIELDS)[number];

/** One log row as typed. */
export interface TradeLogRow {
  readonly id: string;
  /** Exit time: `HH:MM` or `YYYY-MM-DD HH:MM`, in the trader's time zone. */
  readonly time: string;
  readonly symbol: string;
  readonly side: string;
  readonly quantity: string;
  readonly entry: string;
  readonly exit: string;
}

/** A contract the log can price: its figures and the commission per side per contract (USD). */
export interface LogContract {
  readonly contract: PlanContract;
  readonly commissionPerSideUsd: Dec;
}

export interface TradeLogEnv {
  /** Contracts by symbol (the symbols a row may name, in the order messages list them). */
  readonly contracts: ReadonlyMap<string, LogContract>;
  readonly nowMs: number;
  readonly timeZone: TimeZone;
}

export type TradeOutcome = 'win' | 'loss' | 'flat';

export interface LoggedTrade {
  readonly id: string;
  /** Index of the row in the log (ties of exit time keep this order). */
  readonly row: number;
  readonly exitMs: number;
  readonly symbol: string;
  readonly side: Side;
  readonly quantity: Dec;
  readonly entry: Dec;
  readonly exit: Dec;
  /** After commissions, USD, exact. */
  readonly realizedPnlUsd: Dec;
  readonly outcome: TradeOutcome;
  /** True when the exit lies in the session that contains now. */
  readonly inCurrentSession: boolean;
}

/** Messages per row and field: `${rowId}.${field}` → message. */
export type TradeLogErrors = Partial<Record<`${string}.${LogField}`, string>>;

export interface TradeLog {
  readonly errors: TradeLogErrors;
  /** Every valid row, in row order, with its P&L (current session or not). */
  readonly trades: readonly LoggedTrade[];
  /** The current session's trades, oldest exit first. */
  readonly sessionTrades: readonly LoggedTrade[];
  /** Rows left out because a field is empty or invalid. */
  readonly leftOutIds: readonly string[];
  /** Valid rows left out because they belong to an earlier session. */
  readonly earlierSessionIds: readonly string[];
  /** True when any row is not blank. */
  readonly hasEntries: boolean;
  /** Σ realized P&L of the session's trades, USD, exact. */
  readonly realizedPnlUsd: Dec;
  /** The run of losses ending at the most recent trade (flat trades skipped). */
  readonly consecutiveLosses: number;
  /** Exit of the most recent loss of that run; null when the run is empty. */
  readonly lastLossExitMs: number | null;
  /** End of the current session (epoch ms). */
  readonly sessionEndMs: number;
}

const QUANTITY_RULE: NumberRule = { unit: 'plain', min: '1', max: '100000', integer: true };
const PRICE_RULE: NumberRule = { unit: 'plain', min: '0', minExclusive: true, max: '1000000' };
const SIDE_NAMES: readonly Side[] = ['long', 'short'];

const TIME_ONLY = /^(\d{1,2}):(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})$/;
const TIME_MESSAGE = 'Enter the exit time as HH:MM (e.g. 14:05) or YYYY-MM-DD HH:MM.';

/** The exit instant of a typed time, or a message; null when empty. */
function readTime(text: string, env: TradeLogEnv): number | { message: string } | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const timeOnly = TIME_ONLY.exec(trimmed);
  const dateTime = timeOnly === null ? DATE_TIME.exec(trimmed) : null;
  const [hourText, minuteText] =
    timeOnly !== null ? [timeOnly[1], timeOnly[2]] : [dateTime?.[4], dateTime?.[5]];
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if ((timeOnly === null && dateTime === null) || hour > 23 || minute > 59) return { message: TIME_MESSAGE };
  if (dateTime === null) return latestWallTimeAtOrBefore(hour, minute, env.nowMs, env.timeZone);
  const year = Number(dateTime[1]);
  const month = Number(dateTime[2]);
  const day = Number(dateTime[3]);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || year < 1970) {
    return { message: `${trimmed.slice(0, 10)} is not a date. ${TIME_MESSAGE}` };
  }
  const exitMs = epochMsOfWallTime({ year, month, day, hour, minute }, env.timeZone);
  if (exitMs > env.nowMs) return { message: `${trimmed} is later than now: log a trade after its exit.` };
  return exitMs;
}

/** A price on the contract's grid, or a message; null when empty. */
function readPrice(text: string, contract: PlanContract | null): Dec | { message: string } | null {
  const parsed = parseNumberText(text, PRICE_RULE);
  if (parsed.status === 'empty') return null;
  if (parsed.status === 'error') return { message: parsed.message };
  if (contract !== null && !isOnTickGrid(parsed.value, contract.tickPoints)) {
    const [below, above] = nearestGridPrices(parsed.value, contract.tickPoints);
    const places = contract.tickPoints.decimalPlaces();
    return {
      message: `${parsed.value.toString()} is not on the ${contract.symbol} tick grid: use ${below.toFixed(places)} or ${above.toFixed(places)}.`,
    };
  }
  return parsed.value;
}

/** Realized P&L of one round trip after commissions, USD, exact (see the module comment). */
export function realizedPnlUsd(contract: LogContract, side: Side, quantity: Dec, entry: Dec, exit: Dec): Dec {
  const move = side === 'long' ? exit.minus(entry) : entry.minus(exit);
  return move
    .mul(quantity)
    .mul(contract.contract.multiplierUsd)
    .minus(quantity.mul(contract.commissionPerSideUsd).mul(2));
}

function outcomeOf(pnl: Dec): TradeOutcome {
  return pnl.gt(0) ? 'win' : pnl.lt(0) ? 'loss' : 'flat';
}

function isBlank(row: TradeLogRow): boolean {
  return LOG_FIELDS.every((field) => row[field].trim() === '');
}

type RowRead = { trade: Omit<LoggedTrade, 'inCurrentSession'> | null; errors: TradeLogErrors };

function readRow(row: TradeLogRow, index: number, env: TradeLogEnv): RowRead {
  const errors: TradeLogErrors = {};
  const fail = (field: LogField, message: string) => {
    errors[`${row.id}.${field}`] = message;
  };
  const time = readTime(row.time, env);
  if (time !== null && typeof time === 'object') fail('time', time.message);

  const symbolText = row.symbol.trim();
  const costing = symbolText === '' ? null : (env.contracts.get(symbolText) ?? null);
  if (symbolText !== '' && costing === null) {
    fail(
      'symbol',
      `Unknown contract "${symbolText}". Choose one of: ${[...env.contracts.keys()].join(', ')}.`,
    );
  }
  const sideText = row.side.trim();
  const side = SIDE_NAMES.find((s) => s === sideText) ?? null;
  if (sideText !== '' && side === null) fail('side', `Choose one of: ${SIDE_NAMES.join(', ')}.`);

  const quantityParsed = parseNumberText(row.quantity, QUANTITY_RULE);
  if (quantityParsed.status === 'error') fail('quantity', quantityParsed.message);
  const quantity = quantityParsed.status === 'ok' ? quantityParsed.value : null;

  const prices = (['entry', 'exit'] as const).map((field) => {
    const read = readPrice(row[field], costing?.contract ?? null);
    if (read !== null && 'message' in read) {
      fail(field, read.message);
      return null;
    }
    return read;
  });
  const [entry, exit] = prices;

  if (
    typeof time !== 'number' ||
    costing === null ||
    side === null ||
    quantity === null ||
    entry === null ||
    entry === undefined ||
    exit === null ||
    exit === undefined
  ) {
    return { trade: null, errors };
  }
  const pnl = realizedPnlUsd(costing, side, quantity, entry, exit);
  return {
    trade: {
      id: row.id,
      row: index,
      exitMs: time,
      symbol: symbolText,
      side,
      quantity,
      entry,
      exit,
      realizedPnlUsd: pnl,
      outcome: outcomeOf(pnl),
    },
    errors,
  };
}

/**
 * The run of losses ending at the most recent trade: trades ordered by exit time (then row), walked
 * backwards; losses count, flat trades are skipped, a win stops the walk.
 */
export function consecutiveLosses(trades: readonly LoggedTrade[]): {
  readonly count: number;
  readonly lastLossExitMs: number | null;
} {
  const ordered = [...trades].sort((a, b) => a.exitMs - b.exitMs || a.row - b.row);
  let count = 0;
  let lastLossExitMs: number | null = null;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const trade = ordered[i];
    if (trade === undefined || trade.outcome === 'win') break;
    if (trade.outcome === 'loss') {
      count += 1;
      lastLossExitMs ??= trade.exitMs;
    }
  }
  return { count, lastLossExitMs };
}

/** Reads every row, prices the valid ones and sums the current session. */
export function computeTradeLog(rows: readonly TradeLogRow[], env: TradeLogEnv): TradeLog {
  const errors: TradeLogErrors = {};
  const trades: LoggedTrade[] = [];
  const leftOutIds: string[] = [];
  const earlierSessionIds: string[] = [];
  const sessionEndMs = nextSessionEndMs(env.nowMs);
  let hasEntries = false;
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    hasEntries = true;
    const read = readRow(row, index, env);
    Object.assign(errors, read.errors);
    if (read.trade === null) {
      leftOutIds.push(row.id);
      return;
    }
    const inCurrentSession = nextSessionEndMs(read.trade.exitMs) === sessionEndMs;
    if (!inCurrentSession) earlierSessionIds.push(row.id);
    trades.push({ ...read.trade, inCurrentSession });
  });
  const sessionTrades = trades
    .filter((t) => t.inCurrentSession)
    .sort((a, b) => a.exitMs - b.exitMs || a.row - b.row);
  const run = consecutiveLosses(sessionTrades);
  return {
    errors,
    trades,
    sessionTrades,
    leftOutIds,
    earlierSessionIds,
    hasEntries,
    realizedPnlUsd: sessionTrades.reduce((sum, t) => sum.plus(t.realizedPnlUsd), ZERO),
    consecutiveLosses: run.count,
    lastLossExitMs: run.lastLossExitMs,
    sessionEndMs,
  };
}

/** True when the log sets Today's realized P&L: it holds a valid trade of the current session. */
export function logSetsRealizedPnl(log: TradeLog): boolean {
  return log.sessionTrades.length > 0;
}

/**
 * Today's realized P&L for the account: the log's total when the log holds a trade of the current
 * session (`logSetsRealizedPnl`), else the typed figure (null while that is empty or invalid).
 */
export function todaysRealizedPnlUsd(
  log: TradeLog,
  typedUsd: Dec | null,
): { readonly source: 'log' | 'typed'; readonly realizedPnlUsd: Dec | null } {
  return logSetsRealizedPnl(log)
    ? { source: 'log', realizedPnlUsd: log.realizedPnlUsd }
    : { source: 'typed', realizedPnlUsd: typedUsd };
}

export interface BreakerSettings {
  /** Losses in a row that start a pause, whole number ≥ 1. */
  readonly maxConsecutiveLosses: number;
  /** Length of the pause in minutes, whole number ≥ 1. */
  readonly pauseMinutes: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { maxConsecutiveLosses: 3, pauseMinutes: 20 };

/** Rules for the two settings fields (parse with `parseNumberText`). */
export const BREAKER_RULES = {
  maxConsecutiveLosses: { unit: 'plain', min: '1', max: '100', integer: true },
  pauseMinutes: { unit: 'plain', min: '1', max: '1440', integer: true },
} as const satisfies Record<keyof BreakerSettings, NumberRule>;

export type BreakerStateName = 'clear' | 'paused' | 'stopped for the day';

export interface BreakerState {
  readonly state: BreakerStateName;
  /** When the pause or the stop ends (epoch ms); null when clear. */
  readonly untilMs: number | null;
  readonly reason: 'consecutive losses' | 'daily loss limit' | null;
  /** True when the trader may override (a consecutive-loss pause only). */
  readonly overridable: boolean;
  /** True when a consecutive-loss pause would be running but an override ended it. */
  readonly overridden: boolean;
  readonly consecutiveLosses: number;
}

export interface BreakerInput {
  /** The session's trades (`TradeLog.sessionTrades`). */
  readonly trades: readonly LoggedTrade[];
  readonly settings: BreakerSettings;
  /** The daily loss limit and Today's realized P&L, or null when no limit is set. */
  readonly daily: DailyLoss | null;
  /** Times (epoch ms) at which the trader overrode a pause. */
  readonly overridesMs: readonly number[];
  readonly nowMs: number;
}

const MINUTE_MS = 60_000;

/** The circuit breaker's state at `nowMs` (see the module comment). `Add to book` is enabled only when clear. */
export function circuitBreaker(input: BreakerInput): BreakerState {
  const { settings, nowMs } = input;
  const run = consecutiveLosses(input.trades);
  const base = { consecutiveLosses: run.count, overridden: false };
  if (input.daily !== null && dailyLossLeftUsd(input.daily).isZero()) {
    return {
      ...base,
      state: 'stopped for the day',
      untilMs: nextSessionEndMs(nowMs),
      reason: 'daily loss limit',
      overridable: false,
    };
  }
  if (run.count >= settings.maxConsecutiveLosses && run.lastLossExitMs !== null) {
    const start = run.lastLossExitMs;
    const end = start + settings.pauseMinutes * MINUTE_MS;
    if (nowMs < end) {
      const overridden = input.overridesMs.some((t) => t >= start && t <= nowMs);
      if (!overridden) {
        return { ...base, state: 'paused', untilMs: end, reason: 'consecutive losses', overridable: true };
      }
      return { ...base, overridden: true, state: 'clear', untilMs: null, reason: null, overridable: false };
    }
  }
  return { ...base, state: 'clear', untilMs: null, reason: null, overridable: false };
}

/** Column names of the exported log. */
export const LOG_CSV_HEADER = [
  'Time',
  'Contract',
  'Side',
  'Quantity',
  'Entry',
  'Exit',
  'Realized P&L (USD)',
] as const;

/**
 * The log as CSV: a header, then every non-blank row as typed (each cell escaped) and its realized P&L
 * to the cent (half up, `usdCentsNearest`), empty for a row left out as incomplete or invalid.
 */
export function logToCsv(rows: readonly TradeLogRow[], log: TradeLog): string {
  const pnlById = new Map(log.trades.map((t) => [t.id, t.realizedPnlUsd]));
  const records = [csvRecord(LOG_CSV_HEADER.map(csvCell))];
  for (const row of rows) {
    if (isBlank(row)) continue;
    const pnl = pnlById.get(row.id);
    records.push(
      csvRecord([
        ...LOG_FIELDS.map((field) => csvCell(row[field].trim())),
        pnl === undefined ? '' : csvNumberCell(usdCentsNearest(pnl), 2),
      ]),
    );
  }
  return csvText(records);
}
