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
 */
import type { BookResult } from './book';
import { HUNDRED, ZERO, type Dec } from './decimal';
import type { FieldReader } from './fields';
import { formatPercent, formatUsd, NO_VALUE } from './format';
import { MARGIN_BASES, RISK_MODES, RULES, type InputKey, type MarginBasis } from './inputs';
import {
  dailyLossLeftUsd,
  percentOfUsd,
  riskBudget,
  type DailyLoss,
  type RiskAmount,
  type RiskBudget,
} from './positionSize';
import { usdCentsDown, usdCentsUp } from './rounding';

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

export type AccountOutputs = {
  accountEquity: string;
  riskBudget: string;
  /** Which limit sets the budget, and what is left of the others. */
  riskBudgetNote: string;
  openRisk: string;
  /** Against the max open risk; the rows whose risk is not counted. */
  openRiskNote: string;
  marginInUse: string;
  /** "8.00% of equity · max 20.00%". */
  marginInUseNote: string;
  dailyLossLeft: string;
  dailyLossNote: string;
};

export interface AccountLevels {
  readonly openRisk: LimitLevel;
  readonly margin: LimitLevel;
  readonly dailyLoss: LimitLevel;
}

export interface AccountLimits {
  readonly values: AccountValues;
  readonly basis: MarginBasis | null;
  /** The risk budget for a new trade; null until computable. */
  readonly budget: RiskBudget | null;
  /** The book's margin on the sizer's basis; null when a margin it needs is invalid. */
  readonly bookMarginUsd: Dec | null;
  /** Why `bookMarginUsd` is null ("ES initial margin is not a number"). */
  readonly bookMarginProblems: readonly string[];
  readonly outputs: AccountOutputs;
  readonly levels: AccountLevels;
}

/** Parses the account strip: equity, risk per trade (% or $), margin and open-risk caps, daily loss. */
export function readAccount(read: FieldReader<InputKey>): AccountValues {
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
  const realizedPnlUsd = read.numberOr('realizedPnl', RULES.realizedPnl, ZERO);
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

/** The first few items joined, then "… and N more": a long book must not make a note of a thousand names. */
export function listSome(items: readonly string[], separator: string, shown = 3): string {
  const head = items.slice(0, shown).join(separator);
  return items.length > shown ? `${head}${separator}… and ${items.length - shown} more` : head;
}

/** 'over' once `used` ≥ `limit`, 'near' from 80 % of it. */
export function limitLevel(usedUsd: Dec, limitUsd: Dec): LimitLevel {
  if (usedUsd.gte(limitUsd)) return 'over';
  return usedUsd.mul(HUNDRED).gte(limitUsd.mul(80)) ? 'near' : 'ok';
}

const SOURCE_WORDS: Readonly<Record<RiskBudget['source'], string>> = {
  risk: 'Set by the risk per trade',
  'open risk': 'Set by the room left under the max open risk',
  'daily loss': 'Set by what is left of the daily loss limit',
};

function budgetNote(budget: RiskBudget): string {
  const parts = [SOURCE_WORDS[budget.source]];
  if (budget.openRoomUsd !== null && budget.source !== 'open risk') {
    parts.push(`${formatUsd(usdCentsDown(budget.openRoomUsd))} left under the max open risk`);
  }
  if (budget.dailyLeftUsd !== null && budget.source !== 'daily loss') {
    parts.push(`${formatUsd(usdCentsDown(budget.dailyLeftUsd))} left of the daily loss limit`);
  }
  return parts.join('; ');
}

/** The account's limits against the book: the risk budget, the margin in use, the open risk. */
export function accountLimits(read: FieldReader<InputKey>, book: BookResult): AccountLimits {
  const values = readAccount(read);
  const basis = read.choice('marginBasis', MARGIN_BASES);
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

  const outputs: AccountOutputs = {
    accountEquity: equityUsd === null ? NO_VALUE : formatUsd(usdCentsDown(equityUsd)),
    riskBudget: budget === null ? NO_VALUE : formatUsd(usdCentsDown(budget.budgetUsd)),
    riskBudgetNote: budget === null ? '' : budgetNote(budget),
    openRisk: formatUsd(usdCentsUp(book.openRiskUsd)),
    openRiskNote: '',
    marginInUse: bookMarginUsd === null ? NO_VALUE : formatUsd(usdCentsUp(bookMarginUsd)),
    marginInUseNote: bookMarginProblems.join('; '),
    dailyLossLeft: 'No limit set',
    dailyLossNote: '',
  };

  const openNotes: string[] = [];
  if (maxOpenRiskUsd !== null) {
    openNotes.push(`of ${formatUsd(usdCentsDown(maxOpenRiskUsd))} max`);
    levels.openRisk = limitLevel(book.openRiskUsd, maxOpenRiskUsd);
  }
  if (book.openRiskGaps.length > 0) openNotes.push(`not counted: ${listSome(book.openRiskGaps, '; ')}`);
  outputs.openRiskNote = openNotes.join('; ');

  if (bookMarginUsd !== null && equityUsd !== null && maxMarginPercent !== null) {
    const percentOfEquity = bookMarginUsd.div(equityUsd).mul(HUNDRED);
    outputs.marginInUseNote = `${formatPercent(percentOfEquity)} of equity · max ${formatPercent(maxMarginPercent)}`;
    levels.margin = limitLevel(bookMarginUsd, percentOfUsd(equityUsd, maxMarginPercent));
  }

  if (!values.dailyValid) outputs.dailyLossLeft = NO_VALUE;
  else if (daily !== null) {
    const left = dailyLossLeftUsd(daily);
    outputs.dailyLossLeft = formatUsd(usdCentsDown(left));
    outputs.dailyLossNote = `of ${formatUsd(usdCentsDown(daily.limitUsd))}`;
    levels.dailyLoss = limitLevel(daily.limitUsd.minus(left), daily.limitUsd);
  }
  return { values, basis, budget, bookMarginUsd, bookMarginProblems, outputs, levels };
}
