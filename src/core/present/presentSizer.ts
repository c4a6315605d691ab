/**
 * The trade sizer as text: "4 M2K", "1 RTY + 9 M2K", "$206.96", "NQ $1,009.50 · MNQ $101.74", "1,990.0",
 * "13.99 : 1", "NQZ6 · MNQZ6", "2026-12-18", "27 days to expiry" and the sizing note. The figures arrive
 * rounded as shown (sizer.ts); prices are shown at the chosen contract's tick precision.
 */
import { formatIsoDate } from '../calendar';
import type { Dec } from '../decimal';
import type { ContractCounts } from '../figures';
import { formatContracts, formatPrice, formatRatio, formatUsd, NO_VALUE } from '../format';
import type { BindingLimit } from '../positionSize';
import type { BookMarginUse, LegRisk, NoSizeReason, SizerFigures, SizingNote } from '../sizer';
import { ticketText } from './presentTicket';
import { costProblemText } from './words';

/** The sizer's texts. A type (not an interface) so that it is a plain record of strings. */
export type SizerOutputs = {
  contracts: string;
  totalRisk: string;
  riskPerContract: string;
  stopAt: string;
  targetAt: string;
  rewardToRisk: string;
  netRewardToRisk: string;
  notional: string;
  accountLeverage: string;
  marginLeverage: string;
  marginRequired: string;
  bindingLimit: string;
  frontMonth: string;
  lastTradingDay: string;
  rollDate: string;
  /** "27 days to expiry". */
  expiryNote: string;
  /** A sentence explaining the size when nothing fits, or what binds; empty when there is nothing to say. */
  sizingNote: string;
  /** The order ticket as one line (`Copy ticket`); empty while there is none. */
  ticket: string;
};

const BINDING_WORDS: Readonly<Record<BindingLimit, string>> = {
  risk: 'risk',
  margin: 'margin',
  'daily loss': 'daily loss',
  'open risk': 'open risk',
};

/** "5 M2K", "2 RTY + 6 M2K", "0 M2K". */
export function contractsText(counts: ContractCounts): string {
  return formatContracts(counts.legs, counts.zeroSymbol);
}

/** "$51.74" for one contract; "RTY $759.50 · M2K $76.74" for each leg of a mini + micro mix. */
function riskPerContractText(legs: readonly LegRisk[]): string {
  const [only] = legs;
  if (legs.length === 1 && only !== undefined) return formatUsd(only.riskUsd);
  return legs.map((leg) => `${leg.symbol} ${formatUsd(leg.riskUsd)}`).join(' · ');
}

function bookMarginText(book: BookMarginUse): string {
  return `The book already uses ${formatUsd(book.bookMarginUsd)} of margin; ${formatUsd(book.capLeftUsd)} is left under the cap.`;
}

function noSizeText(why: NoSizeReason): string {
  switch (why.kind) {
    case 'open-risk-used-up':
      return 'The max open risk is used up by the book: no new risk.';
    case 'daily-loss-used-up':
      return 'The daily loss limit is used up: no new risk today.';
    case 'zero-budget':
      return 'The risk budget is zero.';
    case 'margin':
      return `One ${why.symbol} needs ${formatUsd(why.marginUsd)} of margin; ${formatUsd(why.capLeftUsd)} is left under the cap.`;
    case 'risk':
      return `One ${why.symbol} risks ${formatUsd(why.riskUsd)}, more than the ${formatUsd(why.budgetUsd)} budget.`;
  }
}

/** The sizer's note in words. */
export function sizingNoteText(note: SizingNote): string {
  switch (note.kind) {
    case 'cost-problems':
      return `No size: ${note.problems.map(costProblemText).join('; ')}.`;
    case 'book-margin-problems':
      return `No size: the book's margin needs ${note.problems.map(costProblemText).join('; ')}.`;
    case 'book-margin':
      return bookMarginText(note);
    case 'no-size': {
      const why = noSizeText(note.why);
      if (note.book === null) return why;
      // After "needs … of margin" the cap is already named: only the book's use is added.
      return note.why.kind === 'margin'
        ? `${why} The book already uses ${formatUsd(note.book.bookMarginUsd)}.`
        : `${why} ${bookMarginText(note.book)}`;
    }
  }
}

function expiryText(daysToExpiry: number): string {
  if (daysToExpiry === 0) return 'expires today';
  return `${daysToExpiry} day${daysToExpiry === 1 ? '' : 's'} to expiry`;
}

/** The sizer's texts from its figures. */
export function presentSizer(figures: SizerFigures): SizerOutputs {
  const { spec } = figures;
  const price = (value: Dec | null) =>
    value === null || spec === null ? NO_VALUE : formatPrice(value, spec);
  const usd = (value: Dec | null) => (value === null ? NO_VALUE : formatUsd(value));
  const ratio = (value: Dec | null) => (value === null ? NO_VALUE : formatRatio(value));
  const front = figures.frontMonth;
  return {
    contracts: figures.contracts === null ? NO_VALUE : contractsText(figures.contracts),
    totalRisk: usd(figures.totalRiskUsd),
    riskPerContract:
      figures.riskPerContract === null ? NO_VALUE : riskPerContractText(figures.riskPerContract),
    stopAt: price(figures.stopAt),
    targetAt: price(figures.targetAt),
    rewardToRisk: ratio(figures.rewardToRisk),
    netRewardToRisk: ratio(figures.netRewardToRisk),
    notional: usd(figures.notionalUsd),
    accountLeverage: ratio(figures.accountLeverage),
    marginLeverage: ratio(figures.marginLeverage),
    marginRequired: usd(figures.marginRequiredUsd),
    bindingLimit: figures.binding === null ? NO_VALUE : BINDING_WORDS[figures.binding],
    frontMonth: front === null ? NO_VALUE : front.codes.join(' · '),
    lastTradingDay: front === null ? NO_VALUE : formatIsoDate(front.lastTradingDay),
    rollDate: front === null ? NO_VALUE : formatIsoDate(front.rollDate),
    expiryNote: front === null ? '' : expiryText(front.daysToExpiry),
    sizingNote: figures.note === null ? '' : sizingNoteText(figures.note),
    ticket: figures.ticket === null || spec === null ? '' : ticketText(figures.ticket, spec),
  };
}
