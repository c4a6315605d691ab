/**
 * The Portfolio section as text: each row's contracts, risk per contract, stop, margin (and its share of
 * equity), dollar risk and the note saying why the size is what it is; the totals; the correlation
 * matrix as a heatmap's cells (the number and where it comes from); the scaling plan's table and chart
 * series. Money as "$1,234.50": risk and margin rounded up to the cent (costs are never shown smaller),
 * the budget and the cap down (allowances are never shown larger), the correlated risk as computed
 * (nearest cent, correlation.ts). Nothing here computes a figure.
 */
import type { Dec } from '../decimal';
import { formatFixed, formatPercent, formatUsd, NO_VALUE } from '../format';
import type { MarginBasis } from '../inputs';
import { pairKey, type CorrelationSource } from '../portfolio/correlation';
import type {
  PortfolioCorrelationCell,
  PortfolioCorrelations,
  PortfolioFigures,
  PortfolioRowFigures,
  PortfolioScaling,
} from '../portfolio/portfolioDesk';
import type { ProductSpec } from '../products/registry';
import { usdCentsDown, usdCentsUp } from '../rounding';
import { memoizeLast } from '../memo';
import { memoByValue } from './sameFigures';
import { listSome } from './words';

/** The section's single texts. A type (not an interface) so that it is a plain record of strings. */
export type PortfolioOutputs = {
  portfolioBudget: string;
  portfolioMarginCap: string;
  portfolioTotalMargin: string;
  portfolioTotalMarginNote: string;
  portfolioTotalRisk: string;
  portfolioLargestRisk: string;
  portfolioCorrelatedRisk: string;
  portfolioCorrelatedRiskNote: string;
  /** "Asset 2 left out: price is empty." — one line naming every row left out, or empty. */
  portfolioLeftOut: string;
  /** "MES–MNQ 0.92 (bars)" — the pairs at or above 0.8 in words, or empty. */
  portfolioFlagged: string;
  /** What the scaling plan waits for, or empty when it is shown. */
  portfolioScalingNote: string;
};

export interface PortfolioRowView {
  readonly contracts: string;
  readonly riskPerContract: string;
  readonly stopAt: string;
  readonly margin: string;
  readonly marginPercent: string;
  readonly risk: string;
  /** Where the ATR comes from ("ATR 12.50 from the bars"), or empty. */
  readonly atr: string;
  /** Why the size is what it is (margin cap, zero, volatility), or why the row is left out; or empty. */
  readonly note: string;
}

/** A heatmap cell: the number, where it comes from, and its colour band. */
export interface CorrelationCellView {
  readonly text: string;
  readonly source: string;
  readonly heat: 'negative' | 'low' | 'mid' | 'high';
}

export interface CorrelationView {
  readonly symbols: readonly string[];
  readonly cells: readonly (readonly CorrelationCellView[])[];
  /** Pair keys of the symbols' pairs whose correlation can be typed (not measured from bars). */
  readonly typable: readonly { readonly key: string; readonly a: string; readonly b: string }[];
}

export interface ScalingRowView {
  readonly id: string;
  readonly symbol: string;
  readonly cells: readonly string[];
  /** The first milestone where the standard contract replaces the micros, in words. */
  readonly standard: string;
}

/** The scaling ladder as chart series: one point per milestone, contracts per row id. */
export interface ScalingChart {
  readonly series: readonly { readonly key: string; readonly name: string }[];
  readonly points: readonly Readonly<Record<string, number>>[];
}

export interface ScalingView {
  readonly milestones: readonly string[];
  readonly rows: readonly ScalingRowView[];
  readonly chart: ScalingChart;
}

export interface PortfolioView {
  readonly texts: PortfolioOutputs;
  /** A line per imported asset ("MES.csv: 250 bars, 2025-01-02 to 2026-01-02; ATR(14) 12.50"), by symbol. */
  readonly bars: ReadonlyMap<string, string>;
  readonly rows: ReadonlyMap<string, PortfolioRowView>;
  readonly correlations: CorrelationView;
  readonly scaling: ScalingView | null;
}

const BASIS_WORDS: Readonly<Record<MarginBasis, string>> = {
  initial: 'initial',
  maintenance: 'maintenance',
  dayTrade: 'day-trade',
};

const SOURCE_WORDS: Readonly<Record<CorrelationSource, string>> = {
  bars: 'bars',
  typed: 'typed',
  default: 'assumed',
};

const usdUp = (amount: Dec) => formatUsd(usdCentsUp(amount));
const usdDown = (amount: Dec) => formatUsd(usdCentsDown(amount));

/** A correlation as shown: two decimals with a sign for negatives ("0.85", "−0.30", "1.00"). */
export function correlationText(rho: number): string {
  const text = Math.abs(rho).toFixed(2);
  return rho < 0 && text !== '0.00' ? `−${text}` : text;
}

function pointsText(points: Dec, spec: ProductSpec | null): string {
  return formatFixed(points, (spec?.priceDecimals ?? 2) + 2)
    .replace(/0+$/, '')
    .replace(/\.$/, '');
}

function rowNote(row: PortfolioRowFigures, basis: MarginBasis | null, maxMarginText: string): string {
  if (row.leftOut !== null) return `Left out: ${row.leftOut}.`;
  const sizing = row.sizing;
  const symbol = row.spec?.symbol ?? '';
  const basisWord = basis === null ? '' : `${BASIS_WORDS[basis]} `;
  const parts: string[] = [];
  if (sizing !== null) {
    if (sizing.zeroBecause === 'risk-per-contract-above-budget') {
      parts.push(
        `One contract risks ${usdUp(sizing.riskPerContractUsd)}, more than the ${usdDown(sizing.budgetUsd)} budget.`,
      );
    } else if (sizing.zeroBecause === 'margin-above-cap' || sizing.marginPerContractAboveCap) {
      parts.push(
        `One contract's ${basisWord}margin is above the ${maxMarginText} cap (${usdDown(sizing.marginCapUsd)}).`,
      );
    } else if (sizing.binding === 'margin') {
      parts.push(
        `Margin-capped: the budget allows ${sizing.contractsByRisk}, the ${maxMarginText} cap ${sizing.contractsByMargin ?? 0}.`,
      );
    }
    const shrink = sizing.volatility;
    if (shrink !== null) {
      parts.push(
        `Volatility: ATR ${pointsText(shrink.atrPoints, row.spec)} is above the usual ${pointsText(shrink.referenceAtrPoints, row.spec)}, so ${sizing.contracts} instead of ${shrink.contractsAtReference} keep the dollar risk within the budget.`,
      );
    }
  }
  if (row.marginUnknown) parts.push(`No ${basisWord}margin known for ${symbol}: no margin cap applied.`);
  if (row.commissionUnknown) parts.push(`${symbol} commission unknown: counted as $0.`);
  return parts.join(' ');
}

function atrWords(row: PortfolioRowFigures): string {
  if (row.atr === null) return '';
  const from = row.atr.source === 'bars' ? ' from the bars' : '';
  const usual =
    row.usualAtr === null
      ? ''
      : `; usual ${pointsText(row.usualAtr.points, row.spec)}${row.usualAtr.source === 'bars' ? ' (bars)' : ''}`;
  return `ATR ${pointsText(row.atr.points, row.spec)}${from}${usual}`;
}

const EMPTY_ROW: PortfolioRowView = {
  contracts: NO_VALUE,
  riskPerContract: NO_VALUE,
  stopAt: NO_VALUE,
  margin: NO_VALUE,
  marginPercent: NO_VALUE,
  risk: NO_VALUE,
  atr: '',
  note: '',
};

function presentRow(
  row: PortfolioRowFigures,
  basis: MarginBasis | null,
  maxMarginText: string,
): PortfolioRowView {
  const sizing = row.sizing;
  const note = rowNote(row, basis, maxMarginText);
  const atr = atrWords(row);
  if (sizing === null || row.spec === null) return { ...EMPTY_ROW, atr, note };
  return {
    contracts: String(sizing.contracts),
    riskPerContract: usdUp(sizing.riskPerContractUsd),
    stopAt: formatFixed(sizing.stopPrice, row.spec.priceDecimals),
    margin: sizing.marginUsd === null ? NO_VALUE : usdUp(sizing.marginUsd),
    marginPercent:
      sizing.marginPercentOfEquity === null ? NO_VALUE : formatPercent(sizing.marginPercentOfEquity),
    risk: usdUp(sizing.riskUsd),
    atr,
    note,
  };
}

function heatOf(rho: number): CorrelationCellView['heat'] {
  if (rho < 0) return 'negative';
  if (rho >= 0.8) return 'high';
  return rho >= 0.4 ? 'mid' : 'low';
}

function cellView(cell: PortfolioCorrelationCell, diagonal: boolean): CorrelationCellView {
  const overlap = cell.overlap === null ? '' : `, ${cell.overlap.toLocaleString('en-US')} days`;
  return {
    text: correlationText(cell.rho),
    source: diagonal ? '' : `${SOURCE_WORDS[cell.source]}${cell.source === 'bars' ? overlap : ''}`,
    heat: heatOf(cell.rho),
  };
}

type ScalingRowFigures = PortfolioScaling['rows'][number];

/** One plan row as text: contracts per milestone and when the standard replaces the micros. */
function scalingRowView(row: ScalingRowFigures, milestones: readonly string[]): ScalingRowView {
  const cells =
    row.cells === null ? milestones.map(() => NO_VALUE) : row.cells.map((c) => String(c.contracts));
  let standard: string;
  if (row.pair === null) standard = 'No standard ↔ micro pair';
  else if (row.pair.standard === row.symbol) standard = 'Already the standard';
  else {
    const { ratio, micro, standard: std } = row.pair;
    const at = row.standardInMixAt;
    const mix = at === null ? null : (row.cells?.[at]?.mix ?? null);
    const reach = row.microsReachRatioAt;
    if (at !== null && mix !== null) {
      const held = `${mix.standard} ${std}${mix.micro > 0 ? ` + ${mix.micro} ${micro}` : ''}`;
      standard = `${milestones[at] ?? ''}: ${held} (${ratio} ${micro} = 1 ${std})`;
    } else if (reach !== null) {
      standard = `${milestones[reach] ?? ''}: ${ratio} ${micro} reached, but 1 ${std} does not fit the budget or the cap`;
    } else {
      standard = `Not within these milestones (${ratio} ${micro} = 1 ${std})`;
    }
  }
  return { id: row.id, symbol: row.symbol, cells, standard };
}

/** The milestones as text, kept while the milestones are the same array. */
const milestoneTexts = memoizeLast((milestones: readonly Dec[]) => milestones.map((m) => formatUsd(m)));

/** Each plan row's view by row object (compute keeps a row's object while it is unchanged), per milestones. */
const scalingRowViews = new WeakMap<
  ScalingRowFigures,
  { milestones: readonly string[]; view: ScalingRowView }
>();

function presentScaling(scaling: PortfolioScaling): ScalingView {
  const milestones = milestoneTexts(scaling.milestones);
  const rows = scaling.rows.map((row): ScalingRowView => {
    const known = scalingRowViews.get(row);
    if (known?.milestones === milestones) return known.view;
    const view = scalingRowView(row, milestones);
    scalingRowViews.set(row, { milestones, view });
    return view;
  });
  const series = scaling.rows.map((row, i) => {
    const repeated = scaling.rows.slice(0, i).some((r) => r.symbol === row.symbol);
    return { key: row.id, name: repeated ? `${row.symbol} (${i + 1})` : row.symbol };
  });
  const points = scaling.milestones.map((m, k) => {
    const point: Record<string, number> = { equity: m.toNumber() };
    for (const row of scaling.rows) point[row.id] = row.cells?.[k]?.contracts ?? 0;
    return point;
  });
  return { milestones, rows, chart: { series, points } };
}

/** The heatmap's cells and the pairs that can be typed; kept while the correlations are the same object. */
const presentCorrelations = memoizeLast((correlations: PortfolioCorrelations): CorrelationView => {
  const typable: { key: string; a: string; b: string }[] = [];
  correlations.symbols.forEach((a, i) => {
    correlations.symbols.forEach((b, j) => {
      const cell = correlations.cells[i]?.[j];
      if (j > i && cell !== undefined && cell.source !== 'bars') {
        typable.push({ key: pairKey(a, b), a, b });
      }
    });
  });
  return {
    symbols: correlations.symbols,
    cells: correlations.cells.map((row, i) => row.map((cell, j) => cellView(cell, i === j))),
    typable,
  };
});

/** The scaling view, kept while the plan's figures are the same object (compute keeps it while unchanged). */
const presentScalingOnce = memoizeLast(presentScaling);

function presentPortfolioFigures(figures: PortfolioFigures): PortfolioView {
  const { totals, limits, basis, correlations } = figures;
  const maxMarginText =
    figures.maxMarginPercent === null ? 'per-asset' : formatPercent(figures.maxMarginPercent, 0);
  const rows = new Map(figures.rows.map((row) => [row.id, presentRow(row, basis, maxMarginText)]));
  const leftOut = figures.rows.filter((row) => row.leftOut !== null);
  const flagged = listSome(
    correlations.flagged,
    (p) => `${p.a}–${p.b} ${correlationText(p.rho)} (${SOURCE_WORDS[p.source]})`,
    ', ',
  );
  const assumed = correlations.cells.some((row, i) => row.some((c, j) => j > i && c.source === 'default'));
  const marginUsd = totals?.marginUsd ?? null;
  const correlatedUsd = totals?.correlatedRiskUsd ?? null;
  const texts: PortfolioOutputs = {
    portfolioBudget: limits === null ? NO_VALUE : usdDown(limits.budgetUsd),
    portfolioMarginCap: limits === null ? NO_VALUE : usdDown(limits.marginCapUsd),
    portfolioTotalMargin: marginUsd === null ? NO_VALUE : usdUp(marginUsd),
    portfolioTotalMarginNote:
      totals === null || totals.rowsWithoutMargin === 0
        ? ''
        : `${totals.rowsWithoutMargin} ${totals.rowsWithoutMargin === 1 ? 'asset has' : 'assets have'} no known margin.`,
    portfolioTotalRisk: totals === null ? NO_VALUE : usdUp(totals.riskUsd),
    portfolioLargestRisk: totals === null ? NO_VALUE : usdUp(totals.largestRiskUsd),
    portfolioCorrelatedRisk: correlatedUsd === null ? NO_VALUE : formatUsd(correlatedUsd),
    portfolioCorrelatedRiskNote:
      totals === null
        ? ''
        : totals.correlatedRiskUsd === null
          ? 'The typed correlations contradict each other (no portfolio can have them): check them.'
          : assumed
            ? '√(rᵀ C r); pairs without bars or a typed value are assumed to move together (1).'
            : '√(rᵀ C r) over the dollar risks and their correlations.',
    portfolioLeftOut:
      leftOut.length === 0
        ? ''
        : `${listSome(leftOut, (row) => `Asset ${row.number} left out: ${row.leftOut ?? ''}`, '; ')}.`,
    portfolioFlagged: flagged === '' ? '' : `Correlation 0.8 or more: ${flagged}.`,
    portfolioScalingNote:
      figures.scaling === null ? 'The plan shows once an asset is sized and the milestones are valid.' : '',
  };
  const bars = new Map(
    [...figures.bars].map(([symbol, b]) => {
      const spec = figures.rows.find((r) => r.spec?.symbol === symbol)?.spec ?? null;
      if (b.problem !== null) return [symbol, `${b.sourceName}: ${b.problem}`];
      const span = b.firstDate === null ? '' : `, ${b.firstDate} to ${b.lastDate ?? ''}`;
      const rejected =
        b.rejectedRows === 0 ? '' : `; ${b.rejectedRows.toLocaleString('en-US')} rows rejected`;
      const atr =
        b.atrPoints === null ? '; too few bars for an ATR(14)' : `; ATR(14) ${pointsText(b.atrPoints, spec)}`;
      return [symbol, `${b.sourceName}: ${b.barCount.toLocaleString('en-US')} bars${span}${rejected}${atr}`];
    }),
  );
  return {
    texts,
    bars,
    rows,
    correlations: presentCorrelations(correlations),
    scaling: figures.scaling === null ? null : presentScalingOnce(figures.scaling),
  };
}

/**
 * A presenter with the memory of its last figures: the same view object while the figures are the same
 * by value (sameFigures.ts), so a keystroke elsewhere re-renders nothing here. One per store.
 */
export function createPortfolioPresenter(): (figures: PortfolioFigures) => PortfolioView {
  return memoByValue(presentPortfolioFigures);
}
