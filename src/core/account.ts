/**
 * The account as a whole: the account strip's settings against what the book already holds.
 *
 * - Risk budget for a new trade = min(risk per trade, max open risk − the book's open risk, what is left of
 *   the daily loss limit) (positionSize.ts `riskBudget`), rounded down to the cent for display.
 * - Margin in use = the book's margin on the sizer's margin basis (book.ts), rounded up; as % of equity
 *   against the max margin use. The sizer may use max margin % × equity less the margin in use.
 * - Open risk = Σ each book row's risk to its stop from the mark (book.ts), rounded up.
 * - A limit is "near" from 80 % of it used and "over" once used up (all of it, or more): the risk bar shows
 *   colour and words from these levels.
 *
 * The figures (`AccountFigures`) carry the rounding they are shown with: allowances (budget, room, what is
 * left, equity) down to the cent, amounts used (open risk, margin) up, percentages half-up to 0.01 %.
 * Levels are decided at full precision.
 */
import type { BookResult, RiskGap } from './book';
import { HUNDRED, ZERO, type Dec } from './decimal';
import type { FieldReader } from './fields';
import type { CostProblem } from './figures';
import { MARGIN_BASES, RISK_MODES, RULES, type InputKey, type MarginBasis } from './inputs';
import {
  dailyLossLeftUsd,
  percentOfUsd,
  riskBudget,
  type BudgetSource,
  type DailyLoss,
  type RiskAmount,
  type RiskBudget,
} from './positionSize';
import { ratioNearest, usdCentsDown, usdCentsUp } from './rounding';

/** The account strip, parsed. Null members are empty or invalid (their fields carry the messages). */
export interface AccountValues {
  readonly equityUsd: Dec | null;
  readonly risk: RiskAmount | null;
  readonly maxMarginPercent: Dec | null;
  /** Null when empty (no cap) or invalid; `maxOpenRiskValid` tells which. */
  readonly maxOpenRiskPercent: Dec | null;
  readonly maxOpenRiskValid: boolean;
  /** Null when no limit is set; `dailyValid` false when the limit or today's P&L is invalid. */
  readonly daily: DailyLoss | null;
  readonly dailyValid: boolean;
}

/** How close a limit is: under 80 % used, from 80 %, or used up. */
export type LimitLevel = 'ok' | 'near' | 'over';

export interface AccountLevels {
  readonly openRisk: LimitLevel;
  readonly margin: LimitLevel;
  readonly dailyLoss: LimitLevel;
}

/** The risk budget for a new trade as shown: every amount rounded down to the cent. */
export interface BudgetFigures {
  readonly budgetUsd: Dec;
  /** Which limit sets the budget. */
  readonly source: BudgetSource;
  /** Room left under the max open risk; null when no max is set. */
  readonly openRoomUsd: Dec | null;
  /** What is left of the daily loss limit; null when no limit is set. */
  readonly dailyLeftUsd: Dec | null;
}

/** The daily loss limit: none set, not usable (its field or today's P&L is invalid), or what is left of it. */
export type DailyLossFigures =
  | { readonly kind: 'no-limit' }
  | { readonly kind: 'invalid' }
  /** Both rounded down to the cent. */
  | { readonly kind: 'limit'; readonly leftUsd: Dec; readonly limitUsd: Dec };

/** The account strip's figures (the risk bar). */
export interface AccountFigures {
  /** Rounded down to the cent; null when empty or invalid. */
  readonly equityUsd: Dec | null;
  readonly budget: BudgetFigures | null;
  /** Σ the book's risk to the stops, rounded up to the cent. */
  readonly openRiskUsd: Dec;
  /** Equity × max open risk %, rounded down to the cent; null when no max is set. */
  readonly maxOpenRiskUsd: Dec | null;
  /** The rows whose risk is not in the open risk. */
  readonly openRiskGaps: readonly RiskGap[];
  /** The book's margin on the sizer's basis, rounded up to the cent; null when not computable. */
  readonly marginInUseUsd: Dec | null;
  /** Margin in use as % of equity against the max, both half-up to 0.01 %; null when not computable. */
  readonly marginUse: { readonly percentOfEquity: Dec; readonly maxPercent: Dec } | null;
  /** Why the margin in use cannot be computed ("ES initial margin is not a number"). */
  readonly marginProblems: readonly CostProblem[];
  readonly dailyLoss: DailyLossFigures;
  /** How close each limit is (the risk bar's colours and words). */
  readonly levels: AccountLevels;
}

export interface AccountLimits {
  readonly values: AccountValues;
  readonly basis: MarginBasis | null;
  /** The risk budget for a new trade; null until computable. */
  readonly budget: RiskBudget | null;
  /** The book's margin on the sizer's basis; null when a margin it needs is invalid. */
  readonly bookMarginUsd: Dec | null;
  /** Why `bookMarginUsd` is null ("ES initial margin is not a number"). */
  readonly bookMarginProblems: readonly CostProblem[];
  readonly figures: AccountFigures;
}

/**
 * Parses the account strip: equity, risk per trade (% or $), margin and open-risk caps, daily loss.
 * Today's realized P&L is the trade log's when `realizedFromLogUsd` is given (the log holds trades of the
 * current session: plan/tradeLog.ts); the typed field is then not read, so its text (kept for when the log
 * is empty again) cannot invalidate the daily loss limit.
 */
export function readAccount(
  read: FieldReader<InputKey>,
  realizedFromLogUsd: Dec | null = null,
): AccountValues {
  const equityUsd = read.number('equity', RULES.equity);
  const mode = read.choice('riskMode', RISK_MODES);
  const amount =
    mode === null
      ? null
      : read.number('riskPerTrade', mode === 'percent' ? RULES.riskPercent : RULES.riskUsd);
  const risk: RiskAmount | null =
    amount === null || mode === null
      ? null
      : mode === 'usd'
        ? { kind: 'usd', usd: amount }
        : { kind: 'percent', percent: amount };
  const maxMarginPercent = read.number('maxMarginPct', RULES.maxMarginPct);
  const maxOpenRiskPercent = read.number('maxOpenRiskPct', RULES.maxOpenRiskPct);
  const limitUsd = read.number('dailyLossLimit', RULES.dailyLossLimit);
  const realizedPnlUsd = realizedFromLogUsd ?? read.numberOr('realizedPnl', RULES.realizedPnl, ZERO);
  const dailyValid = !read.hasError('dailyLossLimit') && realizedPnlUsd !== null;
  return {
    equityUsd,
    risk,
    maxMarginPercent,
    maxOpenRiskPercent,
    maxOpenRiskValid: !read.hasError('maxOpenRiskPct'),
    daily: limitUsd === null || realizedPnlUsd === null ? null : { limitUsd, realizedPnlUsd },
    dailyValid,
  };
}

/** 'over' once `used` ≥ `limit`, 'near' from 80 % of it. */
export function limitLevel(usedUsd: Dec, limitUsd: Dec): LimitLevel {
  if (usedUsd.gte(limitUsd)) return 'over';
  return usedUsd.mul(HUNDRED).gte(limitUsd.mul(80)) ? 'near' : 'ok';
}

function budgetFigures(budget: RiskBudget): BudgetFigures {
  const down = (value: Dec | null) => (value === null ? null : usdCentsDown(value));
  return {
    budgetUsd: usdCentsDown(budget.budgetUsd),
    source: budget.source,
    openRoomUsd: down(budget.openRoomUsd),
    dailyLeftUsd: down(budget.dailyLeftUsd),
  };
}

/**
 * The account's limits against the book: the risk budget, the margin in use, the open risk. With
 * `realizedFromLogUsd`, Today's realized P&L is the trade log's (see readAccount). The margin basis is
 * read from `basisKey`: `ethMarginBasis` when the sizer's entry is outside RTH or held overnight
 * (events/calendarDesk.ts `sizerSession`), so the book and the new trade are on the same basis.
 */
export function accountLimits(
  read: FieldReader<InputKey>,
  book: BookResult,
  realizedFromLogUsd: Dec | null = null,
  basisKey: 'marginBasis' | 'ethMarginBasis' = 'marginBasis',
): AccountLimits {
  const values = readAccount(read, realizedFromLogUsd);
  const basis = read.choice(basisKey, MARGIN_BASES);
  const { equityUsd, risk, maxMarginPercent, maxOpenRiskPercent, daily } = values;
  const bookMarginUsd = basis === null ? null : book.marginUsd[basis];
  const bookMarginProblems = basis === null ? [] : book.marginProblems[basis];
  const levels = { openRisk: 'ok', margin: 'ok', dailyLoss: 'ok' } as Record<keyof AccountLevels, LimitLevel>;

  const maxOpenRiskUsd =
    equityUsd === null || maxOpenRiskPercent === null ? null : percentOfUsd(equityUsd, maxOpenRiskPercent);
  const budget =
    equityUsd === null || risk === null || !values.dailyValid || !values.maxOpenRiskValid
      ? null
      : riskBudget(
          equityUsd,
          risk,
          daily,
          maxOpenRiskUsd === null ? null : { maxUsd: maxOpenRiskUsd, usedUsd: book.openRiskUsd },
        );

  if (maxOpenRiskUsd !== null) levels.openRisk = limitLevel(book.openRiskUsd, maxOpenRiskUsd);

  let marginUse: AccountFigures['marginUse'] = null;
  if (bookMarginUsd !== null && equityUsd !== null && maxMarginPercent !== null) {
    const percentOfEquity = bookMarginUsd.div(equityUsd).mul(HUNDRED);
    marginUse = {
      percentOfEquity: ratioNearest(percentOfEquity, 2),
      maxPercent: ratioNearest(maxMarginPercent, 2),
    };
    levels.margin = limitLevel(bookMarginUsd, percentOfUsd(equityUsd, maxMarginPercent));
  }

  let dailyLoss: DailyLossFigures = { kind: 'no-limit' };
  if (!values.dailyValid) dailyLoss = { kind: 'invalid' };
  else if (daily !== null) {
    const left = dailyLossLeftUsd(daily);
    dailyLoss = { kind: 'limit', leftUsd: usdCentsDown(left), limitUsd: usdCentsDown(daily.limitUsd) };
    levels.dailyLoss = limitLevel(daily.limitUsd.minus(left), daily.limitUsd);
  }

  const figures: AccountFigures = {
    equityUsd: equityUsd === null ? null : usdCentsDown(equityUsd),
    budget: budget === null ? null : budgetFigures(budget),
    openRiskUsd: usdCentsUp(book.openRiskUsd),
    maxOpenRiskUsd: maxOpenRiskUsd === null ? null : usdCentsDown(maxOpenRiskUsd),
    openRiskGaps: book.openRiskGaps,
    marginInUseUsd: bookMarginUsd === null ? null : usdCentsUp(bookMarginUsd),
    marginUse,
    marginProblems: bookMarginProblems,
    dailyLoss,
    levels,
  };
  return { values, basis, budget, bookMarginUsd, bookMarginProblems, figures };
}
