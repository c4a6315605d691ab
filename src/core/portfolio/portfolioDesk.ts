/**
 * The Portfolio section's figures from its inputs: the asset rows as typed, the account (the desk's
 * equity, the section's risk per trade, max margin per asset and margin basis), the trader's typed
 * correlations and each asset's imported bars. Never throws on any input.
 *
 * - Rows: a row is sized when its contract is a product of the desk's registry, its side is long or short,
 *   its price lies on the product's tick grid and its stop distance is > 0 (typed points, or k × ATR with
 *   the ATR typed or, when empty, the latest ATR(14) of the asset's own bars, rounded UP to two decimals
 *   beyond the product's price precision: a wider stop is the safe side). Otherwise it is left out of the
 *   totals with its reason, and its fields carry their messages (`${rowId}.${field}`).
 * - Costs: margin per contract on the chosen basis and commission per side from the Contracts section
 *   (`costOf`); a margin that is unknown means no margin cap for that row (said on the row), an unknown
 *   commission counts as 0 (said on the row). Slippage ticks: the section's own field.
 * - Sizing, totals and correlated risk: `sizePortfolio` (portfolioSizing.ts); correlations: from the bars
 *   of both assets when they overlap enough, else typed, else 1 (`resolveCorrelations`).
 * - Volatility: with an ATR stop, the usual ATR (typed, else the median ATR(14) of the last 250 bars) is
 *   the reference; when the ATR is above it and the size fell, the row carries both sizes.
 * - Scaling plan: `scalingPlan` over the sized rows at each milestone, with the pair partner's costs.
 */
import { ROUND_CEIL, D, ZERO, type Dec } from '../decimal';
import { fieldReader, type FieldReader } from '../fields';
import { formatFixed } from '../format';
import { MARGIN_BASES, RULES, SIDES, type InputKey, type Inputs, type MarginBasis } from '../inputs';
import type { NumberRule } from '../parse';
import { memoizeLast } from '../memo';
import { costOf } from '../productCosts';
import type { DeskRegistry } from '../products/deskRegistry';
import { pairOf, type ProductSpec } from '../products/registry';
import { isOnTickGrid, nearestGridPrices } from '../tickGrid';
import {
  correlationMatrix,
  HIGH_CORRELATION,
  pairKey,
  parseCorrelationText,
  resolveCorrelations,
  type CorrelationMatrix,
  type CorrelationSource,
} from './correlation';
import type { PortfolioAssetBars } from './portfolioBars';
import {
  PORTFOLIO_ROW_FIELDS,
  PORTFOLIO_STOP_MODES,
  type PortfolioRowField,
  type PortfolioRowText,
  type TypedCorrelations,
} from './portfolioRows';
import {
  assetLimitsUsd,
  sizePortfolio,
  type AssetCosts,
  type AssetSizing,
  type PortfolioAsset,
  type PortfolioTotals,
  type StopDistance,
} from './portfolioSizing';
import { parseMilestonesText, scalingPlan, type ScalingAsset, type ScalingRow } from './scalingPlan';

/** Messages per row and field: `${rowId}.${field}` → message. */
export type PortfolioRowErrors = Partial<Record<`${string}.${PortfolioRowField}`, string>>;

/** Where a row's ATR (or usual ATR) comes from. */
export type AtrSource = 'typed' | 'bars';

export interface PortfolioRowFigures {
  readonly id: string;
  /** 1-based, as the panel numbers rows. */
  readonly number: number;
  /** The product, when the symbol is one of the registry's. */
  readonly spec: ProductSpec | null;
  /** The sizing, or null for a row left out (see `leftOut`) or while the account is incomplete. */
  readonly sizing: AssetSizing | null;
  /** Why the row is left out of every total ("price is empty"), or null. */
  readonly leftOut: string | null;
  /** The ATR an ATR stop uses, and where it comes from; null for a points stop or without one. */
  readonly atr: { readonly points: Dec; readonly source: AtrSource } | null;
  /** The usual ATR the volatility is compared with; null without one. */
  readonly usualAtr: { readonly points: Dec; readonly source: AtrSource } | null;
  /** The margin per contract on the chosen basis is unknown: no margin cap applies to this row. */
  readonly marginUnknown: boolean;
  /** The commission is unknown and counted as 0. */
  readonly commissionUnknown: boolean;
}

export interface PortfolioCorrelationCell {
  /** The correlation used (bars, typed or the default 1). */
  readonly rho: number;
  readonly source: CorrelationSource;
  /** Overlapping daily returns when both assets have bars; null otherwise. */
  readonly overlap: number | null;
}

export interface PortfolioFlaggedPair {
  readonly a: string;
  readonly b: string;
  readonly rho: number;
  readonly source: CorrelationSource;
}

export interface PortfolioCorrelations {
  /** The distinct symbols of the sized rows, in row order. */
  readonly symbols: readonly string[];
  /** cells[i][j] for the symbols; the diagonal is 1. */
  readonly cells: readonly (readonly PortfolioCorrelationCell[])[];
  /** Pairs measured or typed at or above 0.8, highest first (the default 1 is an assumption, not flagged). */
  readonly flagged: readonly PortfolioFlaggedPair[];
  /** Messages at typed correlations, by pair key. */
  readonly errors: Readonly<Record<string, string>>;
}

export interface PortfolioScaling {
  readonly milestones: readonly Dec[];
  /** One row per sized asset, with its row id. */
  readonly rows: readonly (ScalingRow & { readonly id: string })[];
}

/** What an asset's imported bars hold, for the line under its import. */
export interface PortfolioBarsSummary {
  readonly sourceName: string;
  readonly barCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** The latest ATR(14) as a stop uses it (rounded up), or null. */
  readonly atrPoints: Dec | null;
  readonly problem: string | null;
  readonly rejectedRows: number;
}

export interface PortfolioFigures {
  readonly rows: readonly PortfolioRowFigures[];
  /** The imported bars of the rows' products, by symbol. */
  readonly bars: ReadonlyMap<string, PortfolioBarsSummary>;
  readonly rowErrors: PortfolioRowErrors;
  /** Budget and cap per asset, or null while the account fields are incomplete. */
  readonly limits: { readonly budgetUsd: Dec; readonly marginCapUsd: Dec } | null;
  readonly basis: MarginBasis | null;
  /** Max margin per asset, % of equity (for the words of a margin-capped row); null while invalid. */
  readonly maxMarginPercent: Dec | null;
  /** Totals over the sized rows; null while nothing is sized. */
  readonly totals: PortfolioTotals | null;
  readonly correlations: PortfolioCorrelations;
  /** Null while the account or the milestones are incomplete, or nothing is sized. */
  readonly scaling: PortfolioScaling | null;
}

/** The milestones' text parsed, kept while the text is the same. */
const parseMilestones = memoizeLast(parseMilestonesText);

const STOP_POINTS_RULE: NumberRule = { unit: 'plain', min: '0', minExclusive: true, max: '1000000' };

/** An ATR from the bars as a decimal, rounded up to two decimals beyond the product's price precision. */
function atrFromBars(atr: number, spec: ProductSpec): Dec {
  return new D(atr.toPrecision(15)).toDecimalPlaces(spec.priceDecimals + 2, ROUND_CEIL);
}

interface ParsedRow {
  readonly figures: PortfolioRowFigures;
  readonly asset: PortfolioAsset | null;
}

/** Why a required field has no value: "price is empty", "price is not valid". */
function missing(field: string, text: string): string {
  return text.trim() === '' ? `${field} is empty` : `${field} is not valid`;
}

interface RowContext {
  readonly read: FieldReader<InputKey>;
  readonly registry: DeskRegistry;
  readonly basis: MarginBasis | null;
  readonly slippageTicks: Dec;
  readonly bars: ReadonlyMap<string, PortfolioAssetBars>;
  readonly errors: PortfolioRowErrors;
}

function parseRow(row: PortfolioRowText, index: number, context: RowContext): ParsedRow {
  const { registry, bars, errors } = context;
  // The same parsing and messages as every other field (and the same memo of parsed texts).
  const read = fieldReader<PortfolioRowField>(row);
  const spec = registry.registry.get(row.symbol) ?? null;
  if (spec === null) read.fail('symbol', `Unknown contract "${row.symbol}": choose one from the list.`);
  const side = read.choice('side', SIDES);
  const stopMode = read.choice('stopMode', PORTFOLIO_STOP_MODES);
  let price = read.number('price', RULES.price);
  if (price !== null && spec !== null && !isOnTickGrid(price, spec.tickPoints)) {
    const [below, above] = nearestGridPrices(price, spec.tickPoints);
    read.fail(
      'price',
      `${price.toString()} is not on the ${spec.symbol} tick grid (tick ${spec.tickPoints.toFixed(spec.priceDecimals)}): use ${formatFixed(below, spec.priceDecimals)} or ${formatFixed(above, spec.priceDecimals)}.`,
    );
    price = null;
  }
  const assetBars = spec === null ? undefined : bars.get(spec.symbol);
  let stop: StopDistance | null = null;
  let atr: PortfolioRowFigures['atr'] = null;
  let usualAtr: PortfolioRowFigures['usualAtr'] = null;
  let stopReason: string | null = null;
  if (stopMode === 'points') {
    const points = read.number('stopPoints', STOP_POINTS_RULE);
    if (points !== null) stop = { kind: 'points', points };
    else stopReason = missing('stop distance', row.stopPoints);
  } else if (stopMode === 'atr' && spec !== null) {
    const multiple = read.number('atrMultiple', RULES.atrMultiplier);
    const typedAtr = read.number('atr', RULES.atr);
    const barsAtr = assetBars?.latestAtr ?? null;
    if (typedAtr !== null) atr = { points: typedAtr, source: 'typed' };
    else if (row.atr.trim() === '' && barsAtr !== null) {
      atr = { points: atrFromBars(barsAtr, spec), source: 'bars' };
    }
    const typedUsual = read.number('usualAtr', RULES.atr);
    const barsUsual = assetBars?.usualAtr ?? null;
    if (typedUsual !== null) usualAtr = { points: typedUsual, source: 'typed' };
    else if (row.usualAtr.trim() === '' && barsUsual !== null) {
      usualAtr = { points: atrFromBars(barsUsual, spec), source: 'bars' };
    }
    if (multiple === null) stopReason = missing('ATR multiple', row.atrMultiple);
    else if (atr === null) {
      stopReason =
        row.atr.trim() === ''
          ? `ATR is empty and ${spec.symbol} has no imported bars with an ATR`
          : 'ATR is not valid';
    } else stop = { kind: 'atr', multiple, atrPoints: atr.points };
  }
  for (const field of PORTFOLIO_ROW_FIELDS) {
    const message = read.errors[field];
    if (message !== undefined) errors[`${row.id}.${field}`] = message;
  }
  let leftOut: string | null = null;
  if (spec === null) leftOut = `"${row.symbol}" is not a contract`;
  else if (side === null) leftOut = 'side is not valid';
  else if (price === null) leftOut = missing('price', row.price);
  else if (stopMode === null) leftOut = 'stop method is not valid';
  else if (stop === null) leftOut = stopReason ?? 'stop is not valid';
  const margin =
    spec === null || context.basis === null
      ? null
      : costOf(context.read, registry, spec.symbol, context.basis);
  const commission = spec === null ? null : costOf(context.read, registry, spec.symbol, 'commission');
  const costs: AssetCosts = { marginPerContractUsd: margin, commissionPerSideUsd: commission ?? ZERO };
  const asset: PortfolioAsset | null =
    leftOut !== null || spec === null || side === null || price === null || stop === null
      ? null
      : {
          spec,
          side,
          price,
          stop,
          slippageTicks: context.slippageTicks,
          costs,
          referenceAtrPoints: stop.kind === 'atr' ? (usualAtr?.points ?? null) : null,
        };
  return {
    figures: {
      id: row.id,
      number: index + 1,
      spec,
      sizing: null,
      leftOut,
      atr,
      usualAtr,
      marginUnknown: spec !== null && margin === null,
      commissionUnknown: spec !== null && commission === null,
    },
    asset,
  };
}

/** The bars' correlation matrix, kept while the same bars are passed (it is the costly part). */
let lastMatrix: { readonly bars: readonly PortfolioAssetBars[]; readonly matrix: CorrelationMatrix } | null =
  null;

function barsMatrix(bars: readonly PortfolioAssetBars[]): CorrelationMatrix | null {
  if (bars.length < 2) return null;
  if (
    lastMatrix !== null &&
    lastMatrix.bars.length === bars.length &&
    lastMatrix.bars.every((b, i) => b === bars[i])
  ) {
    return lastMatrix.matrix;
  }
  const matrix = correlationMatrix(bars.map((b) => b.closes));
  lastMatrix = { bars, matrix };
  return matrix;
}

type Correlations = ReturnType<typeof computeCorrelations>;

/** The last correlations, kept while the symbols, the typed texts and the bars are the same. */
let lastCorrelations: {
  readonly key: string;
  readonly typed: TypedCorrelations;
  readonly bars: ReadonlyMap<string, PortfolioAssetBars>;
  readonly result: Correlations;
} | null = null;

/** `computeCorrelations`, memoised (the store keeps the typed texts and the bars' map while unchanged). */
function correlationsOf(
  symbols: readonly string[],
  typedTexts: TypedCorrelations,
  bars: ReadonlyMap<string, PortfolioAssetBars>,
): Correlations {
  const key = symbols.join('\u0000');
  if (
    lastCorrelations !== null &&
    lastCorrelations.key === key &&
    lastCorrelations.typed === typedTexts &&
    lastCorrelations.bars === bars
  ) {
    return lastCorrelations.result;
  }
  const result = computeCorrelations(symbols, typedTexts, bars);
  lastCorrelations = { key, typed: typedTexts, bars, result };
  return result;
}

function computeCorrelations(
  symbols: readonly string[],
  typedTexts: TypedCorrelations,
  bars: ReadonlyMap<string, PortfolioAssetBars>,
): {
  figures: PortfolioCorrelations;
  typed: ReadonlyMap<string, number>;
  fromBars: CorrelationMatrix | null;
} {
  const typed = new Map<string, number>();
  const errors: Record<string, string> = {};
  for (let i = 0; i < symbols.length; i++) {
    for (let j = i + 1; j < symbols.length; j++) {
      const key = pairKey(symbols[i] ?? '', symbols[j] ?? '');
      const text = typedTexts[key] ?? '';
      const parsed = parseCorrelationText(text);
      if (parsed.status === 'ok') typed.set(key, parsed.value);
      else if (parsed.status === 'error') errors[key] = parsed.message;
    }
  }
  const withBars = symbols.flatMap((s) => {
    const b = bars.get(s);
    return b === undefined || b.problem !== null || b.barCount === 0 ? [] : [b];
  });
  const fromBars = barsMatrix(withBars);
  const resolved = resolveCorrelations(symbols, fromBars, typed);
  const barIndex = new Map(fromBars?.symbols.map((s, i) => [s, i]) ?? []);
  const flagged: PortfolioFlaggedPair[] = [];
  const cells = symbols.map((a, i) =>
    symbols.map((b, j): PortfolioCorrelationCell => {
      const bi = barIndex.get(a);
      const bj = barIndex.get(b);
      const overlap =
        bi === undefined || bj === undefined ? null : (fromBars?.cells[bi]?.[bj]?.overlap ?? null);
      const rho = resolved.matrix[i]?.[j] ?? 1;
      const source = resolved.sources[i]?.[j] ?? 'default';
      if (j > i && source !== 'default' && rho >= HIGH_CORRELATION) flagged.push({ a, b, rho, source });
      return { rho, source, overlap };
    }),
  );
  flagged.sort((p, q) => q.rho - p.rho);
  return { figures: { symbols, cells, flagged, errors }, typed, fromBars };
}

/** Every figure of the Portfolio section. */
export function computePortfolio(
  read: FieldReader<InputKey>,
  inputs: Inputs,
  rows: readonly PortfolioRowText[],
  typedCorrelations: TypedCorrelations,
  registry: DeskRegistry,
  bars: ReadonlyMap<string, PortfolioAssetBars>,
): PortfolioFigures {
  const equityUsd = read.number('equity', RULES.equity);
  const riskPercent = read.number('portfolioRiskPct', RULES.riskPercent);
  const maxMarginPercentPerAsset = read.number('portfolioMaxMarginPct', RULES.maxMarginPct);
  const basis = read.choice('portfolioMarginBasis', MARGIN_BASES);
  // An invalid slippage leaves every figure "—" (a typed value that is not used must not be guessed).
  const slippage = read.numberOr('portfolioSlippageTicks', RULES.slippageTicks, ZERO);
  const slippageTicks = slippage ?? ZERO;
  const milestones = parseMilestones(inputs.portfolioMilestones);
  if (milestones.status === 'error') read.fail('portfolioMilestones', milestones.message);
  const context: RowContext = { read, registry, basis, slippageTicks, bars, errors: {} };
  // A keystroke elsewhere on the desk changes none of this: the last figures are kept (the same object).
  const key = [
    equityUsd,
    riskPercent,
    maxMarginPercentPerAsset,
    basis,
    slippage,
    inputs.portfolioMilestones,
    costsKey(rows, context),
  ]
    .map((part) => (part === null ? '' : part.toString()))
    .join('\u0000');
  const last = lastFigures;
  if (
    last !== null &&
    last.key === key &&
    last.rows === rows &&
    last.typed === typedCorrelations &&
    last.registry === registry &&
    last.bars === bars
  ) {
    return last.figures;
  }
  const figures = computeFigures(rows, typedCorrelations, context, {
    equityUsd,
    riskPercent,
    maxMarginPercentPerAsset: maxMarginPercentPerAsset,
    slippageValid: slippage !== null,
    milestones,
  });
  lastFigures = { key, rows, typed: typedCorrelations, registry, bars, figures };
  return figures;
}

/** The margin and commission of every product the rows name, and of their pair partners, as text. */
function costsKey(rows: readonly PortfolioRowText[], context: RowContext): string {
  const symbols = new Set<string>();
  for (const row of rows) {
    const spec = context.registry.registry.get(row.symbol);
    if (spec === undefined) continue;
    symbols.add(spec.symbol);
    const pair = pairOf(spec, context.registry.registry);
    if (pair !== null)
      symbols.add(pair.standard.symbol === spec.symbol ? pair.micro.symbol : pair.standard.symbol);
  }
  const dec = (value: Dec | null) => (value === null ? '' : value.toString());
  return [...symbols]
    .map((symbol) => {
      const margin =
        context.basis === null ? null : costOf(context.read, context.registry, symbol, context.basis);
      return `${symbol}:${dec(margin)}:${dec(costOf(context.read, context.registry, symbol, 'commission'))}`;
    })
    .join(' ');
}

/** The last figures and what they were computed from. */
let lastFigures: {
  readonly key: string;
  readonly rows: readonly PortfolioRowText[];
  readonly typed: TypedCorrelations;
  readonly registry: DeskRegistry;
  readonly bars: ReadonlyMap<string, PortfolioAssetBars>;
  readonly figures: PortfolioFigures;
} | null = null;

interface AccountReading {
  readonly equityUsd: Dec | null;
  readonly riskPercent: Dec | null;
  readonly maxMarginPercentPerAsset: Dec | null;
  readonly slippageValid: boolean;
  readonly milestones: ReturnType<typeof parseMilestonesText>;
}

function computeFigures(
  rows: readonly PortfolioRowText[],
  typedCorrelations: TypedCorrelations,
  context: RowContext,
  { equityUsd, riskPercent, maxMarginPercentPerAsset, slippageValid, milestones }: AccountReading,
): PortfolioFigures {
  const { registry, bars, basis, errors } = context;
  const parsed = rows.map((row, i) => parseRow(row, i, context));
  const sized = parsed.filter((p): p is ParsedRow & { asset: PortfolioAsset } => p.asset !== null);
  const symbols = [...new Set(sized.map((p) => p.asset.spec.symbol))];
  const barsSummaries = new Map<string, PortfolioBarsSummary>();
  for (const { figures } of parsed) {
    const assetBars = figures.spec === null ? undefined : bars.get(figures.spec.symbol);
    if (figures.spec === null || assetBars === undefined) continue;
    barsSummaries.set(figures.spec.symbol, {
      sourceName: assetBars.sourceName,
      barCount: assetBars.barCount,
      firstDate: assetBars.firstDate,
      lastDate: assetBars.lastDate,
      atrPoints: assetBars.latestAtr === null ? null : atrFromBars(assetBars.latestAtr, figures.spec),
      problem: assetBars.problem,
      rejectedRows: assetBars.rejectedRows,
    });
  }
  const correlations = correlationsOf(symbols, typedCorrelations, bars);
  const account =
    equityUsd === null || riskPercent === null || maxMarginPercentPerAsset === null || !slippageValid
      ? null
      : { equityUsd, riskPercent, maxMarginPercentPerAsset };
  if (account === null || sized.length === 0) {
    return {
      rows: parsed.map((p) => p.figures),
      bars: barsSummaries,
      rowErrors: errors,
      limits: null,
      basis,
      maxMarginPercent: maxMarginPercentPerAsset,
      totals: null,
      correlations: correlations.figures,
      scaling: null,
    };
  }
  const assets = sized.map((p) => p.asset);
  const assetSymbols = assets.map((a) => a.spec.symbol);
  const matrix = resolveCorrelations(assetSymbols, correlations.fromBars, correlations.typed).matrix;
  const sizing = sizePortfolio(assets, account, matrix);
  const sizingById = new Map(sized.map((p, i) => [p.figures.id, sizing.rows[i] ?? null]));
  let scaling: PortfolioScaling | null = null;
  if (milestones.status === 'ok' && milestones.value.length > 0) {
    const plan = scalingOf(
      assets.map((asset) => ({ asset, partnerCosts: partnerCostsOf(asset.spec, context) })),
      { riskPercent: account.riskPercent, maxMarginPercentPerAsset: account.maxMarginPercentPerAsset },
      milestones.value,
      registry,
    );
    scaling = scalingFigures(
      plan,
      sized.map((p) => p.figures.id),
      milestones.value,
    );
  }
  return {
    rows: parsed.map((p) => ({ ...p.figures, sizing: sizingById.get(p.figures.id) ?? null })),
    bars: barsSummaries,
    rowErrors: errors,
    limits: assetLimitsUsd(account),
    basis,
    maxMarginPercent: maxMarginPercentPerAsset,
    totals: sizing.totals,
    correlations: correlations.figures,
    scaling,
  };
}

/** Each plan row with its asset's id: the same object while the row and the id are. */
const idRows = new WeakMap<ScalingRow, Map<string, ScalingRow & { readonly id: string }>>();

function withId(row: ScalingRow, id: string): ScalingRow & { readonly id: string } {
  let byId = idRows.get(row);
  if (byId === undefined) {
    byId = new Map();
    idRows.set(row, byId);
  }
  let found = byId.get(id);
  if (found === undefined) {
    found = { ...row, id };
    byId.set(id, found);
  }
  return found;
}

/** The plan's figures: the same object while its rows (each with its id) and the milestones are. */
let lastScalingFigures: PortfolioScaling | null = null;

function scalingFigures(
  plan: readonly ScalingRow[],
  ids: readonly string[],
  milestones: readonly Dec[],
): PortfolioScaling {
  const rows = plan.map((row, i) => withId(row, ids[i] ?? ''));
  const last = lastScalingFigures;
  if (
    last !== null &&
    last.milestones === milestones &&
    last.rows.length === rows.length &&
    last.rows.every((row, i) => row === rows[i])
  ) {
    return last;
  }
  lastScalingFigures = { milestones, rows };
  return lastScalingFigures;
}

/** What one asset's row of the scaling plan depends on, as text (not equity: a change of equity keeps it). */
function scalingKey(
  { asset, partnerCosts }: ScalingAsset,
  rates: { readonly riskPercent: Dec; readonly maxMarginPercentPerAsset: Dec },
  milestones: readonly Dec[],
): string {
  const dec = (value: Dec | null | undefined) =>
    value === null || value === undefined ? '' : value.toString();
  const { stop } = asset;
  return [
    dec(rates.riskPercent),
    dec(rates.maxMarginPercentPerAsset),
    milestones.map(dec).join(' '),
    asset.spec.symbol,
    asset.side,
    dec(asset.price),
    stop.kind === 'points' ? dec(stop.points) : `${dec(stop.multiple)}×${dec(stop.atrPoints)}`,
    dec(asset.slippageTicks),
    dec(asset.costs.marginPerContractUsd),
    dec(asset.costs.commissionPerSideUsd),
    dec(partnerCosts?.marginPerContractUsd),
    dec(partnerCosts?.commissionPerSideUsd),
  ].join('|');
}

/**
 * Each asset's row of the plan by its key, for one registry: editing one asset plans that asset alone
 * again (the mix at every milestone is the costly part). Bounded: starts over past 256 rows.
 */
let scalingRows: { registry: DeskRegistry; rows: Map<string, ScalingRow> } | null = null;

function scalingOf(
  assets: readonly ScalingAsset[],
  rates: { readonly riskPercent: Dec; readonly maxMarginPercentPerAsset: Dec },
  milestones: readonly Dec[],
  registry: DeskRegistry,
): ScalingRow[] {
  if (scalingRows?.registry !== registry || scalingRows.rows.size > 256) {
    scalingRows = { registry, rows: new Map() };
  }
  const cache = scalingRows.rows;
  return assets.map((scalingAsset) => {
    const key = scalingKey(scalingAsset, rates, milestones);
    let row = cache.get(key);
    if (row === undefined) {
      row = scalingPlan([scalingAsset], rates, milestones, registry.registry)[0];
      if (row === undefined) throw new Error('scalingPlan returned no row for an asset');
      cache.set(key, row);
    }
    return row;
  });
}

/** The pair partner's costs on the same basis (null without a pair in the registry). */
function partnerCostsOf(spec: ProductSpec, context: RowContext): AssetCosts | null {
  const pair = pairOf(spec, context.registry.registry);
  if (pair === null) return null;
  const partner = pair.standard.symbol === spec.symbol ? pair.micro : pair.standard;
  const margin =
    context.basis === null ? null : costOf(context.read, context.registry, partner.symbol, context.basis);
  const commission = costOf(context.read, context.registry, partner.symbol, 'commission');
  return { marginPerContractUsd: margin, commissionPerSideUsd: commission ?? ZERO };
}
