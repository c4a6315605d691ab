/**
 * The trade log and the circuit breaker as text (the eager part of the Plan: the account strip and the
 * sizer show them on every page): "-$21.96", "from the trade log", "3", "Paused until 14:25 (19 min
 * left)", and each log row's P&L. The figures arrive rounded as shown (plan/planLog.ts).
 */
import { formatSignedUsd, NO_VALUE } from '../format';
import type { BreakerFigures, ClockTime, LogFigures, PlanLogFigures } from '../plan/planLog';

/** The log's and the breaker's texts. A type (not an interface) so that it is a plain record of strings. */
export type PlanLogOutputs = {
  realizedPnl: string;
  /** Where Today's realized P&L comes from. */
  realizedPnlNote: string;
  consecutiveLosses: string;
  consecutiveLossesNote: string;
  /** The rows left out, or of an earlier session. */
  logLeftOut: string;
  /** "Paused until 14:25 (19 min left)", "Clear". */
  breaker: string;
  breakerNote: string;
  overridesNote: string;
};

/** A log row's figures as text. */
export interface LogRowView {
  readonly pnl: string;
  /** "Win", "Loss", "Flat", "Earlier session: not counted", or empty for a row left out. */
  readonly note: string;
}

/** The log's part of the view. */
export interface PlanLogView {
  readonly texts: PlanLogOutputs;
  readonly logRows: ReadonlyMap<string, LogRowView>;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "14:05". */
export function clockText(time: ClockTime): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}`;
}

/** "19 min", "1 h 05 min". */
export function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${pad2(minutes % 60)} min`;
}

/** The circuit breaker's state and its note, with the end of a pause in the trader's time zone. */
function breakerTexts(breaker: BreakerFigures | null): Pick<PlanLogOutputs, 'breaker' | 'breakerNote'> {
  if (breaker === null) return { breaker: NO_VALUE, breakerNote: '' };
  const zone = breaker.timeZone;
  const until = breaker.untilLocal === null ? '' : clockText(breaker.untilLocal);
  const left = breaker.minutesLeft === null ? '' : minutesText(breaker.minutesLeft);
  switch (breaker.state) {
    case 'paused':
      return {
        breaker: `Paused until ${until} (${left} left)`,
        breakerNote: `${breaker.consecutiveLosses} losses in a row: step away. Add to book is off until ${until} (${zone} time), unless you override the pause.`,
      };
    case 'stopped for the day':
      return {
        breaker: `Stopped until ${until} (${left} left)`,
        breakerNote: `The daily loss limit is reached: no new trade until the session ends at 17:00 CT (${until} ${zone} time). No override.`,
      };
    case 'clear':
      return {
        breaker: breaker.overridden ? 'Clear (pause overridden)' : 'Clear',
        breakerNote: `A pause of ${breaker.pauseMinutes} min after ${breaker.maxConsecutiveLosses} losses in a row; a stop for the day at the daily loss limit.`,
      };
  }
}

function logTexts(
  log: LogFigures,
  breaker: BreakerFigures | null,
): Pick<
  PlanLogOutputs,
  | 'realizedPnl'
  | 'realizedPnlNote'
  | 'consecutiveLosses'
  | 'consecutiveLossesNote'
  | 'logLeftOut'
  | 'overridesNote'
> {
  const leftOut: string[] = [];
  const rowsWord = (rows: readonly number[]) => `Trade${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`;
  if (log.leftOutRows.length > 0) {
    leftOut.push(`${rowsWord(log.leftOutRows)} left out: incomplete or invalid.`);
  }
  if (log.earlierRows.length > 0) {
    leftOut.push(`${rowsWord(log.earlierRows)} closed in an earlier session and no longer count.`);
  }
  const max = breaker?.maxConsecutiveLosses;
  return {
    realizedPnl: log.realizedPnlUsd === null ? NO_VALUE : formatSignedUsd(log.realizedPnlUsd),
    realizedPnlNote:
      log.source === 'log'
        ? 'from the trade log'
        : 'typed in Account (Size); the log sets it once it holds a trade of this session',
    consecutiveLosses: log.known ? String(log.consecutiveLosses) : NO_VALUE,
    consecutiveLossesNote: max === undefined ? '' : `in this session; a pause after ${max}`,
    logLeftOut: leftOut.join(' '),
    overridesNote:
      log.overridesToday.length === 0
        ? ''
        : `Pause overridden at ${log.overridesToday.map(clockText).join(', ')}.`,
  };
}

const OUTCOME_WORDS = { win: 'Win', loss: 'Loss', flat: 'Flat' } as const;

function logRowViews(log: LogFigures): Map<string, LogRowView> {
  const views = new Map<string, LogRowView>();
  for (const [id, row] of log.rows) {
    views.set(id, {
      pnl: row.pnlUsd === null ? NO_VALUE : formatSignedUsd(row.pnlUsd),
      note: row.earlierSession
        ? 'Earlier session: not counted'
        : row.outcome === null
          ? ''
          : OUTCOME_WORDS[row.outcome],
    });
  }
  return views;
}

/** The log's and the breaker's texts from their figures. */
export function presentPlanLog(figures: PlanLogFigures): PlanLogView {
  return {
    texts: { ...logTexts(figures.log, figures.breaker), ...breakerTexts(figures.breaker) },
    logRows: logRowViews(figures.log),
  };
}
