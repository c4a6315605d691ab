/**
 * The portfolio planner's sizing: one row per asset (a contract from the registry), each sized on its own
 * risk budget and its own margin cap, then the portfolio's totals.
 *
 * Per asset (DESIGN.md conventions, per product):
 * - stop distance: typed points, or k × ATR (ATR in the asset's own price units);
 * - stop price = entry ∓ distance, snapped to the product's tick AWAY from entry (down for a long, up for
 *   a short), as the sizer does; the snapped distance is |entry − stop|;
 * - risk per contract (USD) = snapped distance × multiplier + slippage ticks × tick value + 2 × commission
 *   per side (each product's own tick value and commission);
 * - budget (USD) = equity × risk % ÷ 100; margin cap (USD) = equity × max margin per asset % ÷ 100;
 * - contracts = min(⌊budget ÷ risk per contract⌋, ⌊cap ÷ margin per contract⌋): whole, rounded down; without
 *   a margin figure only the budget limits; `binding` says which limit decides ('margin' only when it is
 *   strictly smaller);
 * - margin used and dollar risk = contracts × per-contract figures (full precision; the presenter rounds
 *   risk and margin up to the cent with `usdCentsUp`); margin % of equity to 6 decimals, half up (a display
 *   ratio: `percentNearest`);
 * - zero contracts say why: 'risk-per-contract-above-budget' (one contract risks more than the budget) or
 *   'margin-above-cap' (one contract's margin exceeds the per-asset cap);
 * - volatility: with an ATR stop and a reference ATR (the ATR the trader deems normal), when the ATR is
 *   above the reference and the size is smaller than at the reference ATR, the row carries both sizes: the
 *   contracts fell so that the dollar risk stays within the budget.
 * Totals: margin (null when some row's margin is unknown, with the count), summed risk, the largest single
 * risk, and the correlated risk √(rᵀ C r) (`correlation.ts`), to the nearest cent.
 *
 * Stops, risks and whole-contract floors are computed on exact scaled integers (`scaledInt.ts`): the same
 * results as decimal.js, without its 40-digit divisions, because the planner re-sizes every asset (and the
 * scaling plan every asset at every milestone) on each keystroke.
 */
import { D, ZERO, type Dec } from '../decimal';
import {
  preparePairScaled,
  sizePreparedMix,
  type LegCost,
  type MixSize,
  type PreparedPair,
} from '../products/mix';
import {
  fromScaled,
  percentNearest,
  stopRiskScaled,
  toScaled,
  wholeUnitsDown,
  type ScaledDecimal,
  type ScaledProductFigures,
  type ScaledStopRisk,
} from '../products/scaledInt';
import {
  BUILT_IN_REGISTRY,
  pairOf,
  type ProductPair,
  type ProductRegistry,
  type ProductSpec,
} from '../products/registry';
import { correlatedRiskCents, correlatedRiskUsd } from './correlation';

export type Side = 'long' | 'short';

/** The defaults the issue names: 1.5 % risk per trade, 20 % of equity as margin per asset. */
export const DEFAULT_RISK_PERCENT = '1.5';
export const DEFAULT_MAX_MARGIN_PERCENT_PER_ASSET = '20';

export type StopDistance =
  | { readonly kind: 'points'; readonly points: Dec }
  | { readonly kind: 'atr'; readonly multiple: Dec; readonly atrPoints: Dec };

/** One product's costs on the chosen margin basis (initial, maintenance or day-trade). */
export interface AssetCosts {
  /** Margin per contract on the chosen basis; null when unknown (no margin cap for the row). */
  readonly marginPerContractUsd: Dec | null;
  readonly commissionPerSideUsd: Dec;
}

export interface PortfolioAsset {
  readonly spec: ProductSpec;
  readonly side: Side;
  /** Entry price, on the product's tick grid. */
  readonly price: Dec;
  readonly stop: StopDistance;
  readonly slippageTicks: Dec;
  readonly costs: AssetCosts;
  /** The ATR the trader deems normal, in price units; null: no volatility comparison. */
  readonly referenceAtrPoints: Dec | null;
}

export interface PortfolioAccount {
  readonly equityUsd: Dec;
  /** Risk per trade, % of equity. */
  readonly riskPercent: Dec;
  /** Max margin per asset, % of equity. */
  readonly maxMarginPercentPerAsset: Dec;
}

export type SizeBinding = 'risk' | 'margin';
export type ZeroReason = 'risk-per-contract-above-budget' | 'margin-above-cap';

export interface VolatilityShrink {
  readonly atrPoints: Dec;
  readonly referenceAtrPoints: Dec;
  /** Contracts the same rules give at the reference ATR (more than `contracts`). */
  readonly contractsAtReference: number;
}

export interface StopRisk {
  readonly stopPrice: Dec;
  /** |entry − snapped stop|, in price units. */
  readonly distancePoints: Dec;
  readonly riskPerContractUsd: Dec;
}

export interface AssetSizing {
  readonly symbol: string;
  readonly side: Side;
  readonly stopPrice: Dec;
  readonly stopDistancePoints: Dec;
  readonly riskPerContractUsd: Dec;
  readonly budgetUsd: Dec;
  readonly marginCapUsd: Dec;
  readonly contractsByRisk: number;
  /** Null when the margin per contract is unknown. */
  readonly contractsByMargin: number | null;
  readonly contracts: number;
  readonly binding: SizeBinding;
  readonly zeroBecause: ZeroReason | null;
  /** contracts × margin per contract; null when the margin per contract is unknown. */
  readonly marginUsd: Dec | null;
  /** marginUsd ÷ equity × 100, to 6 decimals half up (a display ratio); null when the margin is unknown. */
  readonly marginPercentOfEquity: Dec | null;
  /** One contract's margin alone exceeds the per-asset cap. */
  readonly marginPerContractAboveCap: boolean;
  /** contracts × risk per contract. */
  readonly riskUsd: Dec;
  readonly volatility: VolatilityShrink | null;
}

function distanceOf(stop: StopDistance): Dec {
  return stop.kind === 'points' ? stop.points : stop.multiple.mul(stop.atrPoints);
}

/** Each product's tick, multiplier and tick value read once (a pure cache keyed by the spec record). */
const productFigures = new WeakMap<ProductSpec, ScaledProductFigures>();

function figuresOf(spec: ProductSpec): ScaledProductFigures {
  let figures = productFigures.get(spec);
  if (figures === undefined) {
    figures = {
      tick: toScaled(spec.tickPoints),
      multiplier: toScaled(spec.multiplierUsd),
      tickValue: toScaled(spec.tickValueUsd),
    };
    productFigures.set(spec, figures);
  }
  return figures;
}

/** The stop rule on scaled integers for one product (see `stopRisk`). */
function scaledStopRisk(
  spec: ProductSpec,
  side: Side,
  price: Dec,
  distancePoints: Dec,
  slippageTicks: Dec,
  commissionPerSideUsd: Dec,
): ScaledStopRisk | null {
  if (!distancePoints.gt(0)) return null;
  return stopRiskScaled(
    figuresOf(spec),
    side,
    toScaled(price),
    toScaled(distancePoints),
    toScaled(slippageTicks),
    toScaled(commissionPerSideUsd),
  );
}

/**
 * The snapped stop and the risk of one contract of `spec` for a stop distance; null when the distance is
 * not > 0 (a row the caller must show as invalid). Exact (scaled integers, `scaledInt.ts`).
 */
export function stopRisk(
  spec: ProductSpec,
  side: Side,
  price: Dec,
  distancePoints: Dec,
  slippageTicks: Dec,
  commissionPerSideUsd: Dec,
): StopRisk | null {
  const scaled = scaledStopRisk(spec, side, price, distancePoints, slippageTicks, commissionPerSideUsd);
  return scaled === null ? null : toStopRisk(scaled);
}

/**
 * One contract's risk for the asset's own stop, as a scaled decimal (for callers that size the same asset
 * at many budgets); null when the stop distance is not > 0.
 */
export function scaledRiskPerContract(asset: PortfolioAsset): ScaledDecimal | null {
  return (
    scaledStopRisk(
      asset.spec,
      asset.side,
      asset.price,
      distanceOf(asset.stop),
      asset.slippageTicks,
      asset.costs.commissionPerSideUsd,
    )?.risk ?? null
  );
}

function toStopRisk(scaled: ScaledStopRisk): StopRisk {
  return {
    stopPrice: fromScaled(scaled.stop),
    distancePoints: fromScaled(scaled.distance),
    riskPerContractUsd: fromScaled(scaled.risk),
  };
}

/** ÷ 100 as an exact multiplication (a decimal.js division costs microseconds; this runs per milestone). */
const ONE_PERCENT = new D('0.01');

/** Risk budget and per-asset margin cap for an equity. */
export function assetLimitsUsd(account: PortfolioAccount): { budgetUsd: Dec; marginCapUsd: Dec } {
  return {
    budgetUsd: account.equityUsd.mul(account.riskPercent).mul(ONE_PERCENT),
    marginCapUsd: account.equityUsd.mul(account.maxMarginPercentPerAsset).mul(ONE_PERCENT),
  };
}

/** Whole contracts within the budget and the cap, and which limit decides. */
export interface ContractCount {
  readonly byRisk: number;
  /** Null when the margin per contract is unknown (no cap applies). */
  readonly byMargin: number | null;
  readonly contracts: number;
  /** 'margin' only when the cap allows strictly fewer than the budget. */
  readonly binding: SizeBinding;
}

/** min(⌊budget ÷ risk per contract⌋, ⌊cap ÷ margin per contract⌋), whole contracts rounded down. */
export function contractsWithin(
  riskPerContractUsd: Dec,
  marginPerContractUsd: Dec | null,
  budgetUsd: Dec,
  marginCapUsd: Dec,
): ContractCount {
  return countWithin(
    toScaled(riskPerContractUsd),
    marginPerContractUsd === null || !marginPerContractUsd.gt(0) ? null : toScaled(marginPerContractUsd),
    toScaled(budgetUsd),
    toScaled(marginCapUsd),
  );
}

/** `contractsWithin` on figures already read as scaled decimals (margin null: no cap). */
export function countWithin(
  riskPerContract: ScaledDecimal,
  marginPerContract: ScaledDecimal | null,
  budget: ScaledDecimal,
  marginCap: ScaledDecimal,
): ContractCount {
  const byRisk = wholeUnitsDown(budget, riskPerContract);
  const byMargin = marginPerContract === null ? null : wholeUnitsDown(marginCap, marginPerContract);
  const marginBinds = byMargin !== null && byMargin < byRisk;
  return {
    byRisk,
    byMargin,
    contracts: marginBinds ? byMargin : byRisk,
    binding: marginBinds ? 'margin' : 'risk',
  };
}

/** One asset sized on `account`; null when its stop distance is not > 0. */
export function sizeAsset(asset: PortfolioAsset, account: PortfolioAccount): AssetSizing | null {
  const { spec, side, price, costs } = asset;
  const scaled = scaledStopRisk(
    spec,
    side,
    price,
    distanceOf(asset.stop),
    asset.slippageTicks,
    costs.commissionPerSideUsd,
  );
  if (scaled === null) return null;
  const risk = toStopRisk(scaled);
  const { budgetUsd, marginCapUsd } = assetLimitsUsd(account);
  const budget = toScaled(budgetUsd);
  const marginCap = toScaled(marginCapUsd);
  const margin = costs.marginPerContractUsd;
  const marginScaled = margin === null || !margin.gt(0) ? null : toScaled(margin);
  const { byRisk, byMargin, contracts, binding } = countWithin(scaled.risk, marginScaled, budget, marginCap);
  const marginPerContractAboveCap = margin !== null && margin.gt(marginCapUsd);
  let zeroBecause: ZeroReason | null = null;
  if (contracts === 0) {
    zeroBecause = byRisk === 0 ? 'risk-per-contract-above-budget' : 'margin-above-cap';
  }
  const marginUsd = margin === null ? null : margin.mul(contracts);
  return {
    symbol: spec.symbol,
    side,
    stopPrice: risk.stopPrice,
    stopDistancePoints: risk.distancePoints,
    riskPerContractUsd: risk.riskPerContractUsd,
    budgetUsd,
    marginCapUsd,
    contractsByRisk: byRisk,
    contractsByMargin: byMargin,
    contracts,
    binding,
    zeroBecause,
    marginUsd,
    marginPercentOfEquity:
      marginUsd === null || !account.equityUsd.gt(0) || marginUsd.isNegative()
        ? null
        : percentNearest(marginUsd, account.equityUsd),
    marginPerContractAboveCap,
    riskUsd: risk.riskPerContractUsd.mul(contracts),
    volatility: volatilityShrink(asset, contracts, budget, marginScaled, marginCap),
  };
}

function volatilityShrink(
  asset: PortfolioAsset,
  contracts: number,
  budget: ScaledDecimal,
  marginPerContract: ScaledDecimal | null,
  marginCap: ScaledDecimal,
): VolatilityShrink | null {
  const { stop, referenceAtrPoints } = asset;
  if (stop.kind !== 'atr' || referenceAtrPoints === null || !stop.atrPoints.gt(referenceAtrPoints)) {
    return null;
  }
  const atReference = scaledStopRisk(
    asset.spec,
    asset.side,
    asset.price,
    stop.multiple.mul(referenceAtrPoints),
    asset.slippageTicks,
    asset.costs.commissionPerSideUsd,
  );
  if (atReference === null) return null;
  const reference = countWithin(atReference.risk, marginPerContract, budget, marginCap).contracts;
  return reference > contracts
    ? { atrPoints: stop.atrPoints, referenceAtrPoints, contractsAtReference: reference }
    : null;
}

export interface PortfolioTotals {
  /** Σ margin; null when some sized row's margin is unknown (see `rowsWithoutMargin`). */
  readonly marginUsd: Dec | null;
  readonly rowsWithoutMargin: number;
  /** Σ dollar risk. */
  readonly riskUsd: Dec;
  readonly largestRiskUsd: Dec;
  /** √(rᵀ C r), to the nearest cent; null when the correlations contradict each other. */
  readonly correlatedRiskUsd: Dec | null;
}

export interface PortfolioSizing {
  /** In the order of the assets; null for an asset whose stop distance is not > 0 (left out of totals). */
  readonly rows: readonly (AssetSizing | null)[];
  readonly totals: PortfolioTotals;
}

/**
 * Sizes every asset and totals the portfolio. `correlations[i][j]` is the correlation of assets i and j
 * in the order given (`resolveCorrelations` builds it); rows left out (null) drop out of the totals.
 */
export function sizePortfolio(
  assets: readonly PortfolioAsset[],
  account: PortfolioAccount,
  correlations: readonly (readonly number[])[],
): PortfolioSizing {
  const rows = assets.map((asset) => sizeAsset(asset, account));
  const risks: Dec[] = [];
  const kept: number[] = [];
  let marginUsd: Dec = ZERO;
  let rowsWithoutMargin = 0;
  let riskUsd: Dec = ZERO;
  let largestRiskUsd: Dec = ZERO;
  rows.forEach((row, i) => {
    if (row === null) return;
    kept.push(i);
    risks.push(row.riskUsd);
    riskUsd = riskUsd.plus(row.riskUsd);
    if (row.riskUsd.gt(largestRiskUsd)) largestRiskUsd = row.riskUsd;
    if (row.marginUsd === null) rowsWithoutMargin += 1;
    else marginUsd = marginUsd.plus(row.marginUsd);
  });
  const keptMatrix = kept.map((i) => kept.map((j) => (i === j ? 1 : (correlations[i]?.[j] ?? 1))));
  const correlated = correlatedRiskUsd(risks, keptMatrix);
  return {
    rows,
    totals: {
      marginUsd: rowsWithoutMargin > 0 ? null : marginUsd,
      rowsWithoutMargin,
      riskUsd,
      largestRiskUsd,
      correlatedRiskUsd: correlated === null ? null : correlatedRiskCents(correlated),
    },
  };
}

/** A pair's legs priced for one asset: each leg's risk per contract on its own tick, and its margin. */
export interface PairLegs {
  readonly pair: ProductPair;
  readonly standard: LegCost;
  readonly micro: LegCost;
  /** The legs read once for the mix; null when they cannot be sized (a margin typed as 0). */
  readonly prepared: PreparedPair | null;
}

/**
 * The asset's standard and micro legs with the partner's costs: both use the asset's entry and stop
 * distance, each snapped to its own tick, with its own tick value and commission. Null when the product
 * has no pair in `registry` or the stop distance is not > 0. Independent of equity: compute once per asset.
 */
export function pairLegs(
  asset: PortfolioAsset,
  partnerCosts: AssetCosts,
  registry: ProductRegistry = BUILT_IN_REGISTRY,
): PairLegs | null {
  const pair = pairOf(asset.spec, registry);
  if (pair === null) return null;
  const own = asset.spec.symbol === pair.standard.symbol;
  const standardCosts = own ? asset.costs : partnerCosts;
  const microCosts = own ? partnerCosts : asset.costs;
  const distance = distanceOf(asset.stop);
  const legRisk = (spec: ProductSpec, costs: AssetCosts) =>
    scaledStopRisk(spec, asset.side, asset.price, distance, asset.slippageTicks, costs.commissionPerSideUsd);
  const standardRisk = legRisk(pair.standard, standardCosts);
  const microRisk = legRisk(pair.micro, microCosts);
  if (standardRisk === null || microRisk === null) return null;
  const standardMargin = standardCosts.marginPerContractUsd;
  const microMargin = microCosts.marginPerContractUsd;
  return {
    pair,
    standard: { riskUsd: fromScaled(standardRisk.risk), marginUsd: standardMargin },
    micro: { riskUsd: fromScaled(microRisk.risk), marginUsd: microMargin },
    prepared: preparePairScaled(
      standardRisk.risk,
      microRisk.risk,
      standardMargin === null ? null : toScaled(standardMargin),
      microMargin === null ? null : toScaled(microMargin),
      pair.ratio,
    ),
  };
}

const NO_MIX: MixSize = { standard: 0, micro: 0, exposureMicroUnits: 0, binding: 'risk' };

/** The general mix of a pair's legs on `account`; without a margin figure for both legs there is no cap. */
export function sizeLegs(legs: PairLegs, account: PortfolioAccount): MixSize {
  const { budgetUsd, marginCapUsd } = assetLimitsUsd(account);
  return sizeLegsWithin(legs, toScaled(budgetUsd), toScaled(marginCapUsd));
}

/** `sizeLegs` with the budget and the cap already read as scaled decimals. */
export function sizeLegsWithin(legs: PairLegs, budget: ScaledDecimal, marginCap: ScaledDecimal): MixSize {
  const prepared = legs.prepared;
  if (prepared === null) return NO_MIX;
  const margins = prepared.marginS !== null && prepared.marginM !== null;
  return sizePreparedMix(prepared, budget, margins ? marginCap : null);
}

/** A pair's sizing with the general mix: each leg's risk per contract on its own tick, then the mix. */
export interface AssetMix {
  readonly pair: ProductPair;
  readonly standardRiskPerContractUsd: Dec;
  readonly microRiskPerContractUsd: Dec;
  readonly mix: MixSize;
}

/**
 * The asset sized as its standard + micro pair (most exposure, ties → fewer contracts) on `account`, with
 * the partner's costs (`pairLegs` then `sizeLegs`); null when the product has no pair in `registry` or the
 * stop distance is not > 0.
 */
export function sizeAssetMix(
  asset: PortfolioAsset,
  partnerCosts: AssetCosts,
  account: PortfolioAccount,
  registry: ProductRegistry = BUILT_IN_REGISTRY,
): AssetMix | null {
  const legs = pairLegs(asset, partnerCosts, registry);
  if (legs === null) return null;
  return {
    pair: legs.pair,
    standardRiskPerContractUsd: legs.standard.riskUsd,
    microRiskPerContractUsd: legs.micro.riskUsd,
    mix: sizeLegs(legs, account),
  };
}
