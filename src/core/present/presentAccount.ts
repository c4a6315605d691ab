/**
 * The account strip (risk bar) as text: "$25,000.00", "Set by the risk per trade; $250.00 left under the
 * max open risk", "8.00% of equity · max 20.00%". The figures arrive rounded as shown (account.ts).
 */
import type { AccountFigures, BudgetFigures } from '../account';
import { formatPercent, formatUsd, NO_VALUE } from '../format';
import type { BudgetSource } from '../positionSize';
import { costProblemText, gapText, listSome } from './words';

/** The risk bar's texts. A type (not an interface) so that it is a plain record of strings. */
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

const SOURCE_WORDS: Readonly<Record<BudgetSource, string>> = {
  risk: 'Set by the risk per trade',
  'open risk': 'Set by the room left under the max open risk',
  'daily loss': 'Set by what is left of the daily loss limit',
};

function budgetNote(budget: BudgetFigures): string {
  const parts = [SOURCE_WORDS[budget.source]];
  if (budget.openRoomUsd !== null && budget.source !== 'open risk') {
    parts.push(`${formatUsd(budget.openRoomUsd)} left under the max open risk`);
  }
  if (budget.dailyLeftUsd !== null && budget.source !== 'daily loss') {
    parts.push(`${formatUsd(budget.dailyLeftUsd)} left of the daily loss limit`);
  }
  return parts.join('; ');
}

function openRiskNote(figures: AccountFigures): string {
  const notes: string[] = [];
  if (figures.maxOpenRiskUsd !== null) notes.push(`of ${formatUsd(figures.maxOpenRiskUsd)} max`);
  if (figures.openRiskGaps.length > 0) {
    notes.push(`not counted: ${listSome(figures.openRiskGaps, gapText, '; ')}`);
  }
  return notes.join('; ');
}

/** The risk bar's texts from the account's figures. */
export function presentAccount(figures: AccountFigures): AccountOutputs {
  const { budget, marginUse, dailyLoss } = figures;
  return {
    accountEquity: figures.equityUsd === null ? NO_VALUE : formatUsd(figures.equityUsd),
    riskBudget: budget === null ? NO_VALUE : formatUsd(budget.budgetUsd),
    riskBudgetNote: budget === null ? '' : budgetNote(budget),
    openRisk: formatUsd(figures.openRiskUsd),
    openRiskNote: openRiskNote(figures),
    marginInUse: figures.marginInUseUsd === null ? NO_VALUE : formatUsd(figures.marginInUseUsd),
    marginInUseNote:
      marginUse === null
        ? figures.marginProblems.map(costProblemText).join('; ')
        : `${formatPercent(marginUse.percentOfEquity)} of equity · max ${formatPercent(marginUse.maxPercent)}`,
    dailyLossLeft:
      dailyLoss.kind === 'no-limit'
        ? 'No limit set'
        : dailyLoss.kind === 'invalid'
          ? NO_VALUE
          : formatUsd(dailyLoss.leftUsd),
    dailyLossNote: dailyLoss.kind === 'limit' ? `of ${formatUsd(dailyLoss.limitUsd)}` : '',
  };
}
