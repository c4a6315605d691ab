/**
 * Words shared by several sections of the presenter: a list cut short, a cost field's problem, a book
 * row whose risk is not counted. Pure text from typed figures; nothing here computes or rounds.
 */
import type { RiskGap, RiskGapReason } from '../book';
import type { CostProblem } from '../figures';
import type { MarginBasis } from '../inputs';

/** The first `shown` items as text, joined, then "… and N more": a long book must not make a note of a thousand names. */
export function listSome<T>(
  items: readonly T[],
  text: (item: T) => string,
  separator: string,
  shown = 3,
): string {
  const head = items.slice(0, shown).map(text).join(separator);
  return items.length > shown ? `${head}${separator}… and ${items.length - shown} more` : head;
}

const MARGIN_WORDS: Readonly<Record<MarginBasis, string>> = {
  initial: 'initial margin',
  maintenance: 'maintenance margin',
  dayTrade: 'day-trade margin',
};

/** "M2K initial margin is not a number", "M2K commission is empty". */
export function costProblemText(problem: CostProblem): string {
  const field = problem.field === 'commission' ? 'commission' : MARGIN_WORDS[problem.field];
  return `${problem.symbol} ${field} ${problem.problem}`;
}

/** Why a row's risk is not counted, after "Position 2: " ("the stop is not a valid price"). */
export function gapReasonText(why: RiskGapReason): string {
  switch (why.kind) {
    case 'no-stop':
      return 'has no stop';
    case 'bad-stop':
      return 'the stop is not a valid price';
    case 'no-mark':
      return `${why.family} has no usable reference price`;
    case 'bad-slippage':
      return "the sizer's slippage is not valid";
    case 'bad-commission':
      return `the ${why.symbol} commission is not valid`;
  }
}

/** "Position 2 has no stop", "Position 3: the stop is not a valid price". */
export function gapText(gap: RiskGap): string {
  const name = `Position ${gap.number}`;
  return gap.why.kind === 'no-stop' ? `${name} has no stop` : `${name}: ${gapReasonText(gap.why)}`;
}

/** Whole numbers with thousands separators, one formatter for every call. */
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A signed tick offset from entry, as a platform's ATM template shows it: "+300 ticks", "−100 ticks", "+1 tick". */
export function signedTicks(ticks: number): string {
  const sign = ticks > 0 ? '+' : ticks < 0 ? '−' : '';
  return `${sign}${WHOLE.format(Math.abs(ticks))} tick${Math.abs(ticks) === 1 ? '' : 's'}`;
}
