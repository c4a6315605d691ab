/**
 * The Plan section as text (loaded with the section, planDoor.ts): the bracket ("6 M2K long @ 2,000.0",
 * "−100 ticks", "2.00 : 1") and its `Copy bracket` text, the edge and Kelly sizes ("25.00%", "No edge"),
 * the Monte Carlo's figures and the ETF equivalence ("1 RTY + 5 M2K"). The figures arrive rounded as
 * shown (plan/planSection.ts, plan/monteCarloFigures.ts); this module only formats.
 */
import type { Dec } from '../decimal';
import { formatContracts, formatFixed, formatPercent, formatSignedUsd, formatUsd, NO_VALUE } from '../format';
import type {
  BracketPlan,
  EdgeFigures,
  EtfFigures,
  KellyFigures,
  MonteCarloPlan,
  PlanSectionFigures,
} from '../plan/planSection';
import { memoByValue } from './sameFigures';
import { signedTicks } from './words';
import type { ContractMix } from '../plan/etf';
import type { MonteCarloFigures } from '../plan/monteCarloFigures';

/** The Plan section's single-figure texts. A type (not an interface) so that it is a plain record of strings. */
export type PlanOutputs = {
  bracketPosition: string;
  /** Why there is no bracket, or the leg of a mix it leaves out. */
  bracketPositionNote: string;
  bracketStop: string;
  bracketStopTicks: string;
  bracketRisk: string;
  bracketReward: string;
  blendedRewardToRisk: string;
  bracketWorstCase: string;
  /** Problems of the bracket that belong to no field. */
  bracketMessage: string;
  /** The `Copy bracket` text (empty without a bracket). */
  bracketText: string;
  edgeCounts: string;
  edgeBadLines: string;
  edgeWinRate: string;
  edgeAverageWin: string;
  edgeAverageLoss: string;
  edgePayoff: string;
  expectancy: string;
  expectancyNote: string;
  kellyFraction: string;
  kellyFractionNote: string;
  halfKelly: string;
  halfKellyNote: string;
  quarterKelly: string;
  quarterKellyNote: string;
  chosenRisk: string;
  chosenRiskNote: string;
  growthAtFull: string;
  growthAtHalf: string;
  growthAtRisk: string;
  /** What the Monte Carlo still needs (empty when it can run). */
  monteCarloWaiting: string;
  etfShares: string;
  etfValue: string;
  etfExposure: string;
  etfFutures: string;
  etfFuturesNotional: string;
  etfMismatch: string;
  etfStageNow: string;
  etfStageLater: string;
  etfSizer: string;
  etfResetNote: string;
};

/** One target of the bracket as text. */
export interface BracketLegView {
  readonly target: number;
  readonly price: string;
  readonly ticks: string;
  readonly quantity: string;
  readonly pnl: string;
  readonly rewardToRisk: string;
  readonly stopFirst: string;
}

/** What happens when the first k targets fill, then the rest is stopped (k = 1 … n − 1). */
export interface BracketOutcomeView {
  readonly label: string;
  readonly pnl: string;
}

/** The Plan section's view. */
export interface PlanView {
  readonly texts: PlanOutputs;
  readonly legs: readonly BracketLegView[];
  readonly outcomes: readonly BracketOutcomeView[];
}

/** "1 trade", "3 trades", "2 losses" (`plural` when adding an s is wrong). */
function count(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;
}

function percentOrNone(value: Dec | null | undefined): string {
  return value === null || value === undefined ? NO_VALUE : formatPercent(value);
}

function priceShown(price: Dec, decimals: number): string {
  return formatFixed(price, decimals);
}

/** A price as typed into a platform: no thousands separators. */
function pricePlain(price: Dec, decimals: number): string {
  return price.toFixed(decimals);
}

const TARGET_WORDS = ['T1', 'T1–T2', 'T1–T3'];

function outcomeLabel(k: number, rest: 'stop' | 'breakeven' | 'none'): string {
  const filled = TARGET_WORDS[k - 1] ?? `T1–T${k}`;
  return `${filled} fill${k === 1 ? 's' : ''}, rest ${rest === 'breakeven' ? 'out at breakeven' : 'stopped'}`;
}

/** The bracket as text to paste: prices as a platform takes them, offsets in ticks as an ATM template. */
export function bracketCopyText(b: BracketPlan): string {
  const d = b.priceDecimals;
  const lines = [
    `Bracket (OCO): ${b.symbol} ${b.side} ${b.quantity} @ ${pricePlain(b.entry, d)}`,
    `Stop ${pricePlain(b.stop, d)}: ${signedTicks(b.stopTicks)}, ${count(b.quantity, 'contract')}`,
    ...b.legs.map(
      (leg) =>
        `Target ${leg.target} ${pricePlain(leg.price, d)}: ${signedTicks(leg.ticks)}, ${count(leg.quantity, 'contract')}`,
    ),
    `Stop to breakeven after target 1: ${b.breakevenAfterTarget1 ? 'yes' : 'no'}`,
    `ATM template: stop loss ${Math.abs(b.stopTicks)} ticks; profit targets ${b.legs.map((l) => l.ticks).join(' / ')} ticks; quantities ${b.legs.map((l) => l.quantity).join(' / ')}`,
  ];
  return lines.join('\n');
}

function bracketTexts(figures: PlanSectionFigures['bracket']): {
  texts: Pick<
    PlanOutputs,
    | 'bracketPosition'
    | 'bracketPositionNote'
    | 'bracketStop'
    | 'bracketStopTicks'
    | 'bracketRisk'
    | 'bracketReward'
    | 'blendedRewardToRisk'
    | 'bracketWorstCase'
    | 'bracketMessage'
    | 'bracketText'
  >;
  legs: BracketLegView[];
  outcomes: BracketOutcomeView[];
} {
  const none = {
    bracketPosition: NO_VALUE,
    bracketPositionNote: '',
    bracketStop: NO_VALUE,
    bracketStopTicks: NO_VALUE,
    bracketRisk: NO_VALUE,
    bracketReward: NO_VALUE,
    blendedRewardToRisk: NO_VALUE,
    bracketWorstCase: NO_VALUE,
    bracketMessage: '',
    bracketText: '',
  };
  if (figures.status === 'no-position') {
    return {
      texts: {
        ...none,
        bracketPositionNote:
          'Size a trade first (Size): the bracket splits the sized position over its targets.',
      },
      legs: [],
      outcomes: [],
    };
  }
  if (figures.status === 'error') {
    return { texts: { ...none, bracketMessage: figures.messages.join(' ') }, legs: [], outcomes: [] };
  }
  const b = figures.bracket;
  const d = b.priceDecimals;
  const other =
    b.otherLegs.length === 0
      ? ''
      : `The ${formatContracts(b.otherLegs, b.symbol)} of the sized mix are not in this bracket: bracket them apart.`;
  const costs = `Costs: ${b.slippageTicks.toString()} tick${b.slippageTicks.eq(1) ? '' : 's'} of slippage on the stop, ${formatUsd(b.commissionPerSideUsd)} commission per side.`;
  const outcomes: BracketOutcomeView[] = b.outcomes
    .filter((o) => o.targetsFilled >= 1 && o.targetsFilled < b.legs.length)
    .map((o) => ({ label: outcomeLabel(o.targetsFilled, o.restStoppedAt), pnl: formatSignedUsd(o.pnlUsd) }));
  return {
    texts: {
      bracketPosition: `${b.quantity.toLocaleString('en-US')} ${b.symbol} ${b.side} @ ${priceShown(b.entry, d)}`,
      bracketPositionNote: [other, costs].filter((t) => t !== '').join(' '),
      bracketStop: priceShown(b.stop, d),
      bracketStopTicks: signedTicks(b.stopTicks),
      bracketRisk: formatUsd(b.riskUsd),
      bracketReward: formatSignedUsd(b.rewardIfAllFillUsd),
      blendedRewardToRisk: `${formatFixed(b.blendedRewardToRisk, 2)} : 1`,
      bracketWorstCase: formatSignedUsd(b.stopFirstUsd),
      bracketMessage: '',
      bracketText: bracketCopyText(b),
    },
    legs: b.legs.map((leg) => ({
      target: leg.target,
      price: `${priceShown(leg.price, d)}${leg.snapped ? ' (on the tick toward entry)' : ''}`,
      ticks: signedTicks(leg.ticks),
      quantity: leg.quantity.toLocaleString('en-US'),
      pnl: formatSignedUsd(leg.pnlIfFilledUsd),
      rewardToRisk: `${formatFixed(leg.rewardToRisk, 2)} : 1`,
      stopFirst: formatSignedUsd(leg.stopFirstUsd),
    })),
    outcomes,
  };
}

function amountText(value: Dec | null, unit: EdgeFigures['unit']): string {
  if (value === null) return NO_VALUE;
  return unit === 'r' ? `${formatFixed(value, 2)} R` : formatUsd(value);
}

function countsText(edge: EdgeFigures): string {
  const c = edge.counts;
  if (c === null) return '';
  const parts = [count(c.wins, 'win'), count(c.losses, 'loss', 'losses')];
  if (c.scratches > 0) parts.push(count(c.scratches, 'scratch', 'scratches'));
  return `${count(c.trades, 'trade')}: ${parts.join(', ')}`;
}

const UNAVAILABLE_WORDS: Readonly<Record<'no trades' | 'no losses', string>> = {
  'no trades': 'No wins or losses yet: Kelly needs a record.',
  'no losses': 'No losses in the record: the payoff is unbounded, so Kelly gives no size.',
};

function kellyTexts(
  kelly: KellyFigures | null,
): Pick<
  PlanOutputs,
  'kellyFraction' | 'kellyFractionNote' | 'halfKelly' | 'halfKellyNote' | 'quarterKelly' | 'quarterKellyNote'
> {
  const none = {
    kellyFraction: NO_VALUE,
    kellyFractionNote: '',
    halfKelly: NO_VALUE,
    halfKellyNote: '',
    quarterKelly: NO_VALUE,
    quarterKellyNote: '',
  };
  if (kelly === null) return none;
  if (kelly.status === 'unavailable') return { ...none, kellyFractionNote: UNAVAILABLE_WORDS[kelly.reason] };
  if (kelly.noEdge) {
    const fStar =
      kelly.fStarPercent === null ? 'no win in the record' : `f* = ${formatPercent(kelly.fStarPercent)}`;
    return {
      kellyFraction: 'No edge',
      kellyFractionNote: `${fStar}: the record loses on average, so Kelly sizes nothing.`,
      halfKelly: 'No edge',
      halfKellyNote: '',
      quarterKelly: 'No edge',
      quarterKellyNote: '',
    };
  }
  const usd = (value: Dec | null) => (value === null ? '' : `${formatUsd(value)} of equity at risk`);
  return {
    kellyFraction: formatPercent(kelly.fullPercent),
    kellyFractionNote: `f* = p − (1 − p) ÷ b; ${usd(kelly.fullUsd)}`.replace(/; $/, ''),
    halfKelly: formatPercent(kelly.halfPercent),
    halfKellyNote: usd(kelly.halfUsd),
    quarterKelly: formatPercent(kelly.quarterPercent),
    quarterKellyNote: usd(kelly.quarterUsd),
  };
}

function chosenRiskNote(edge: EdgeFigures): string {
  const risk = edge.risk;
  if (risk === null) return '';
  const base = 'Risk per trade (Account), as % of equity';
  if (edge.kelly?.status !== 'ok') return `${base}.`;
  if (edge.kelly.noEdge) return `${base}: any risk is above Kelly while the record shows no edge.`;
  const share =
    risk.ofFullKellyPercent === null ? '' : `, ${formatPercent(risk.ofFullKellyPercent)} of full Kelly`;
  if (risk.aboveFullKelly) return `${base}${share}: above full Kelly, growth is lower than at f*.`;
  if (risk.aboveHalfKelly) return `${base}${share}: above half Kelly.`;
  return `${base}${share}. Kelly informs; the sizer keeps your risk per trade.`;
}

const WAIT_WORDS: Readonly<Record<Extract<MonteCarloPlan, { status: 'waiting' }>['missing'], string>> = {
  edge: 'Enter the edge (a win rate and averages, or trade results) to simulate.',
  equity: 'Enter the account equity to simulate.',
  risk: 'Enter the risk per trade to simulate.',
  settings: 'Enter a seed, the paths and the trades per path to simulate.',
  'no-loss': 'A list in $ needs at least one loss (1 R = the average loss) to simulate.',
};

function mixText(mix: ContractMix, mini: string, micro: string): string {
  return formatContracts(
    [
      { symbol: mini, count: mix.minis },
      { symbol: micro, count: mix.micros },
    ],
    micro,
  );
}

function etfTexts(
  etf: EtfFigures,
): Pick<
  PlanOutputs,
  | 'etfShares'
  | 'etfValue'
  | 'etfExposure'
  | 'etfFutures'
  | 'etfFuturesNotional'
  | 'etfMismatch'
  | 'etfStageNow'
  | 'etfStageLater'
  | 'etfSizer'
  | 'etfResetNote'
> {
  if (etf.status === 'incomplete') {
    return {
      etfShares: NO_VALUE,
      etfValue: NO_VALUE,
      etfExposure: NO_VALUE,
      etfFutures: NO_VALUE,
      etfFuturesNotional: NO_VALUE,
      etfMismatch: NO_VALUE,
      etfStageNow: NO_VALUE,
      etfStageLater: NO_VALUE,
      etfSizer: NO_VALUE,
      etfResetNote: '',
    };
  }
  const shares = (n: Dec) => count(n.toNumber(), 'share');
  const stage = (s: { shares: Dec; futures: ContractMix }) =>
    `${shares(s.shares)} · ${mixText(s.futures, etf.miniSymbol, etf.microSymbol)}`;
  const lev = formatFixed(etf.leverage, 0);
  return {
    etfShares: formatFixed(etf.shares, 0),
    etfValue: formatUsd(etf.positionValueUsd),
    etfExposure: formatUsd(etf.exposureUsd),
    etfFutures: mixText(etf.futures, etf.miniSymbol, etf.microSymbol),
    etfFuturesNotional: formatUsd(etf.futuresNotionalUsd),
    etfMismatch: formatSignedUsd(etf.mismatchUsd),
    etfStageNow: stage(etf.stageNow),
    etfStageLater: stage(etf.stageLater),
    etfSizer:
      etf.sizerAsEtf === null
        ? NO_VALUE
        : `${count(etf.sizerAsEtf.shares, 'share')} (${formatUsd(etf.sizerAsEtf.valueUsd)}) for ${formatContracts(etf.sizerAsEtf.legs, etf.microSymbol)}`,
    etfResetNote: etf.dailyReset
      ? `A ${lev}× ETF resets its leverage every day: it carries ${lev}× the ${etf.indexName}'s move for one day only. Over several days its return drifts from ${lev}× (more so when the index swings), so check the match again each day.`
      : '',
  };
}

/** The Plan section's texts from its figures. */
export function presentPlanSection(figures: PlanSectionFigures): PlanView {
  const bracket = bracketTexts(figures.bracket);
  const { edge } = figures;
  const texts: PlanOutputs = {
    ...bracket.texts,
    edgeCounts: countsText(edge),
    edgeBadLines:
      edge.badLines.length === 0 ? '' : `Left out: ${edge.badLines.map((b) => b.message).join('; ')}`,
    edgeWinRate: percentOrNone(edge.winRatePercent),
    edgeAverageWin: amountText(edge.averageWin, edge.unit),
    edgeAverageLoss: amountText(edge.averageLoss, edge.unit),
    edgePayoff: edge.payoff === null ? NO_VALUE : formatFixed(edge.payoff, 2),
    expectancy: amountText(edge.expectancy, edge.unit),
    expectancyNote: edge.expectancy === null ? '' : 'per trade, on average',
    ...kellyTexts(edge.kelly),
    chosenRisk: edge.risk === null ? NO_VALUE : formatPercent(edge.risk.percent),
    chosenRiskNote: chosenRiskNote(edge),
    growthAtFull: percentOrNone(edge.growth?.atFullPercent),
    growthAtHalf: percentOrNone(edge.growth?.atHalfPercent),
    growthAtRisk: percentOrNone(edge.growth?.atRiskPercent),
    monteCarloWaiting: figures.monteCarlo.status === 'waiting' ? WAIT_WORDS[figures.monteCarlo.missing] : '',
    ...etfTexts(figures.etf),
  };
  return { texts, legs: bracket.legs, outcomes: bracket.outcomes };
}

/**
 * A presenter with the memory of its last view: while the section's figures are the same by value it
 * returns the same view (strings and arrays), so selectors keep returning equal values. The store keeps
 * one for the page's lifetime.
 */
export function createPlanSectionPresenter(): (figures: PlanSectionFigures) => PlanView {
  return memoByValue(presentPlanSection);
}

/** The Monte Carlo's texts. */
export interface MonteCarloView {
  readonly medianFinalEquity: string;
  readonly p5FinalEquity: string;
  readonly drawdown20: string;
  readonly drawdown50: string;
}

/** The Monte Carlo's figures as text ("$31,234.56", "12.34%"). */
export function presentMonteCarlo(figures: MonteCarloFigures): MonteCarloView {
  return {
    medianFinalEquity: formatUsd(figures.medianFinalEquityUsd),
    p5FinalEquity: formatUsd(figures.p5FinalEquityUsd),
    drawdown20: formatPercent(figures.drawdown20Percent),
    drawdown50: formatPercent(figures.drawdown50Percent),
  };
}
