/**
 * The trade log and the circuit breaker of the Plan section (issue 9): the part of the Plan the rest of the
 * desk needs on every page, so it is computed eagerly by `computeDesk` (the rest of the Plan is
 * planSection.ts, loaded with the section).
 *
 * - Trade log: today's trades (tradeLog.ts) placed in the current CME session by their exit time
 *   (sessionClock.ts; chosen over events/sessions.ts because tradeLog.ts and its breaker already use it:
 *   one clock for the log). The log's realized P&L replaces the typed Today's realized P&L when it holds
 *   a trade of the session (`logSetsRealizedPnl`); `readTradeLog` runs before the account is read.
 * - Circuit breaker (tradeLog.ts `circuitBreaker`): N losses in a row pause the desk for M minutes (an
 *   override ends the pause and is kept with its time); the daily loss limit stops it until the session
 *   ends (17:00 CT). Settings that are empty or invalid fall back to the defaults (3 losses, 20 minutes):
 *   a safety rule is never switched off by a typo; the field shows its message.
 * - Minutes left round up (a pause never looks shorter than it is); clock times are given in the
 *   trader's time zone (UTC when the browser's zone is unknown). Money half-up to the cent (exact).
 */
import type { AccountValues } from '../account';
import { ZERO, type Dec } from '../decimal';
import type { FieldReader } from '../fields';
import { RULES, type InputKey } from '../inputs';
import type { NumberRule } from '../parse';
import { usdCentsNearest } from '../rounding';
import { commissionTexts, logContracts } from './planProducts';
import { nextSessionEndMs, parseTimeZone, wallTimeAt, type TimeZone } from './sessionClock';
import {
  BREAKER_RULES,
  circuitBreaker,
  computeTradeLog,
  DEFAULT_BREAKER_SETTINGS,
  logSetsRealizedPnl,
  type BreakerStateName,
  type TradeLog,
  type TradeLogErrors,
  type TradeLogRow,
  type TradeOutcome,
} from './tradeLog';

const MINUTE_MS = 60_000;

/** A wall-clock time in the trader's time zone. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

export interface LogRowFigures {
  /** After commissions, half-up to the cent; null for a row left out (incomplete or invalid). */
  readonly pnlUsd: Dec | null;
  readonly outcome: TradeOutcome | null;
  /** A valid trade of an earlier session: it counts no more. */
  readonly earlierSession: boolean;
}

export interface LogFigures {
  /** False until the app has told the time (no row can be placed in a session). */
  readonly known: boolean;
  /** The log read (typed, exact); null without the time. */
  readonly log: TradeLog | null;
  /** Where Today's realized P&L comes from. */
  readonly source: 'log' | 'typed';
  /** Today's realized P&L the account uses, half-up to the cent; null while the typed figure is invalid. */
  readonly realizedPnlUsd: Dec | null;
  readonly consecutiveLosses: number;
  readonly rows: ReadonlyMap<string, LogRowFigures>;
  /** Messages per row field, `${rowId}.${field}`. */
  readonly errors: TradeLogErrors;
  /** Rows left out as incomplete or invalid, by their 1-based number in the log. */
  readonly leftOutRows: readonly number[];
  /** Valid rows of an earlier session, by number. */
  readonly earlierRows: readonly number[];
  /** Contracts whose commission is not valid (their rows cannot be priced). */
  readonly badCommission: readonly string[];
  /** Overrides logged in this session, in the trader's time. */
  readonly overridesToday: readonly ClockTime[];
}

export interface BreakerFigures {
  readonly state: BreakerStateName;
  readonly reason: 'consecutive losses' | 'daily loss limit' | null;
  readonly overridable: boolean;
  readonly overridden: boolean;
  readonly consecutiveLosses: number;
  /** The settings in use (the defaults while a field is empty or invalid). */
  readonly maxConsecutiveLosses: number;
  readonly pauseMinutes: number;
  /** When the pause or stop ends; null when clear. */
  readonly untilMs: number | null;
  /** Whole minutes left, rounded up; null when clear. */
  readonly minutesLeft: number | null;
  /** The end in the trader's time zone; null when clear. */
  readonly untilLocal: ClockTime | null;
  /** The trader's time zone as used ("UTC" when the browser's is unknown). */
  readonly timeZone: string;
}

/** The log and the breaker, as the desk carries them. */
export interface PlanLogFigures {
  readonly log: LogFigures;
  /** Null until the app has told the time. */
  readonly breaker: BreakerFigures | null;
}

// Trade log (read before the account: its P&L is the account's)

/** The instant and the trader's zone, as desk.ts's DeskNow. */
export interface PlanNow {
  readonly ms: number;
  readonly timeZone: string;
}

/** The trade log as read for the account: what the account uses and what the Plan shows. */
export interface ReadLog {
  readonly now: { readonly ms: number; readonly timeZone: TimeZone } | null;
  readonly log: TradeLog | null;
  readonly badCommission: readonly string[];
  /** The log's realized P&L (exact) when it sets Today's realized P&L, else null (the typed figure counts). */
  readonly accountPnlUsd: Dec | null;
}

interface LogCache {
  readonly rows: readonly TradeLogRow[];
  readonly nowMs: number;
  readonly timeZone: string;
  readonly commissions: string;
  readonly log: TradeLog;
}

/** The last log computed: rows, time and commissions unchanged (a keystroke elsewhere) reuse it. */
let lastLog: LogCache | null = null;

function zoneOrUtc(text: string): TimeZone {
  return parseTimeZone(text) ?? (parseTimeZone('UTC') as TimeZone);
}

/**
 * Reads the trade log at `now` (null: the time is not known yet, the log is not read) with each
 * contract's commission from Contracts.
 */
export function readTradeLog(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  rows: readonly TradeLogRow[],
  now: PlanNow | null,
): ReadLog {
  const { contracts, badCommission } = logContracts(read);
  if (now === null) return { now: null, log: null, badCommission, accountPnlUsd: null };
  const timeZone = zoneOrUtc(now.timeZone);
  const commissions = commissionTexts(texts);
  let log: TradeLog;
  if (
    lastLog !== null &&
    lastLog.rows === rows &&
    lastLog.nowMs === now.ms &&
    lastLog.timeZone === timeZone &&
    lastLog.commissions === commissions
  ) {
    log = lastLog.log;
  } else {
    log = computeTradeLog(rows, { contracts, nowMs: now.ms, timeZone });
    lastLog = { rows, nowMs: now.ms, timeZone, commissions, log };
  }
  return {
    now: { ms: now.ms, timeZone },
    log,
    badCommission,
    accountPnlUsd: logSetsRealizedPnl(log) ? log.realizedPnlUsd : null,
  };
}

function clockAt(ms: number, timeZone: TimeZone): ClockTime {
  const wall = wallTimeAt(ms, timeZone);
  return { hour: wall.hour, minute: wall.minute };
}

/**
 * An instant as a log row's time is typed, "HH:MM" in the trader's time zone (UTC when unknown): what a
 * new row's time starts as. Seconds are dropped, so the time is never later than the instant.
 */
export function logTimeText(ms: number, timeZone: string): string {
  const { hour, minute } = clockAt(ms, zoneOrUtc(timeZone));
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function logFigures(
  read: FieldReader<InputKey>,
  rows: readonly TradeLogRow[],
  readLog: ReadLog,
  overridesMs: readonly number[],
): LogFigures {
  const { log, now } = readLog;
  const typed = read.numberOr('realizedPnl', RULES.realizedPnl, ZERO);
  const source = readLog.accountPnlUsd === null ? 'typed' : 'log';
  const realized = readLog.accountPnlUsd ?? typed;
  const base = {
    source,
    realizedPnlUsd: realized === null ? null : usdCentsNearest(realized),
    badCommission: readLog.badCommission,
  } as const;
  if (log === null || now === null) {
    return {
      ...base,
      known: false,
      log: null,
      consecutiveLosses: 0,
      rows: new Map(),
      errors: {},
      leftOutRows: [],
      earlierRows: [],
      overridesToday: [],
    };
  }
  const byId = new Map(log.trades.map((t) => [t.id, t]));
  const figures = new Map<string, LogRowFigures>();
  for (const row of rows) {
    const trade = byId.get(row.id);
    figures.set(row.id, {
      pnlUsd: trade === undefined ? null : usdCentsNearest(trade.realizedPnlUsd),
      outcome: trade?.outcome ?? null,
      earlierSession: trade !== undefined && !trade.inCurrentSession,
    });
  }
  const numberOf = (id: string) => rows.findIndex((row) => row.id === id) + 1;
  const errors: TradeLogErrors = { ...log.errors };
  // A known contract whose commission is invalid reads as unknown to the log: say what is wrong instead.
  for (const row of rows) {
    const symbol = row.symbol.trim();
    if (readLog.badCommission.includes(symbol)) {
      errors[`${row.id}.symbol`] =
        `The ${symbol} commission (Contracts) is not a valid number: fix it to price this trade.`;
    }
  }
  return {
    ...base,
    known: true,
    log,
    consecutiveLosses: log.consecutiveLosses,
    rows: figures,
    errors,
    leftOutRows: log.leftOutIds.map(numberOf),
    earlierRows: log.earlierSessionIds.map(numberOf),
    overridesToday: overridesMs
      .filter((t) => t <= now.ms && nextSessionEndMs(t) === log.sessionEndMs)
      .map((t) => clockAt(t, now.timeZone)),
  };
}

function breakerSetting(
  read: FieldReader<InputKey>,
  key: InputKey,
  rule: NumberRule,
  fallback: number,
): number {
  return read.number(key, rule)?.toNumber() ?? fallback;
}

function breakerFigures(
  read: FieldReader<InputKey>,
  readLog: ReadLog,
  account: AccountValues,
  overridesMs: readonly number[],
): BreakerFigures | null {
  const { log, now } = readLog;
  const settings = {
    maxConsecutiveLosses: breakerSetting(
      read,
      'planPauseLosses',
      BREAKER_RULES.maxConsecutiveLosses,
      DEFAULT_BREAKER_SETTINGS.maxConsecutiveLosses,
    ),
    pauseMinutes: breakerSetting(
      read,
      'planPauseMinutes',
      BREAKER_RULES.pauseMinutes,
      DEFAULT_BREAKER_SETTINGS.pauseMinutes,
    ),
  };
  if (log === null || now === null) return null;
  const state = circuitBreaker({
    trades: log.sessionTrades,
    settings,
    daily: account.daily,
    overridesMs,
    nowMs: now.ms,
  });
  const { untilMs } = state;
  return {
    state: state.state,
    reason: state.reason,
    overridable: state.overridable,
    overridden: state.overridden,
    consecutiveLosses: state.consecutiveLosses,
    maxConsecutiveLosses: settings.maxConsecutiveLosses,
    pauseMinutes: settings.pauseMinutes,
    untilMs,
    minutesLeft: untilMs === null ? null : Math.max(0, Math.ceil((untilMs - now.ms) / MINUTE_MS)),
    untilLocal: untilMs === null ? null : clockAt(untilMs, now.timeZone),
    timeZone: now.timeZone,
  };
}

/** The log's and the breaker's figures, once the account (with the log's P&L) is read. */
export function computePlanLog(
  read: FieldReader<InputKey>,
  readLog: ReadLog,
  account: AccountValues,
  rows: readonly TradeLogRow[],
  overridesMs: readonly number[],
): PlanLogFigures {
  return {
    log: logFigures(read, rows, readLog, overridesMs),
    breaker: breakerFigures(read, readLog, account, overridesMs),
  };
}
