/**
 * The scaling plan: equity milestones × assets → contracts at each milestone, under the same rules as the
 * portfolio rows (`portfolioSizing.ts`: risk % of the milestone's equity, max margin per asset % of it),
 * and, per asset with a standard ↔ micro pairing, when the standard contract replaces its micros.
 *
 * - Contracts at a milestone: min(⌊budget ÷ risk per contract⌋, ⌊cap ÷ margin per contract⌋), the row's own
 *   product. Non-decreasing in equity (both floors are), which the property tests check.
 * - Micros reach the ratio: for a micro row, the first milestone where its count ≥ the pairing's ratio
 *   (10 MES → 1 ES; 5 SIL → 1 SI).
 * - Standard in the mix: the first milestone where the general mix (`mix.ts`, most exposure within the same
 *   budget and cap, each leg's risk on its own tick and commission) holds at least one standard. This is the
 *   milestone the plan names; it can differ from the first one: one standard usually risks less than
 *   `ratio` micros (one commission, a finer or equal tick) but its margin can exceed the cap.
 * Milestones default to 5,000 · 7,500 · 10,000 · 15,000 · 20,000 · 25,000 · 30,000 (the plan) and are
 * editable (`parseMilestonesText`).
 */
import { D, type Dec } from '../decimal';
import { parseNumberText, type Parsed } from '../parse';
import { BUILT_IN_REGISTRY, pairOf, type ProductRegistry } from '../products/registry';
import type { MixSize } from '../products/mix';
import { toScaled } from '../products/scaledInt';
import {
  assetLimitsUsd,
  countWithin,
  pairLegs,
  sizeLegsWithin,
  scaledRiskPerContract,
  type AssetCosts,
  type PortfolioAccount,
  type PortfolioAsset,
  type SizeBinding,
} from './portfolioSizing';

export const DEFAULT_MILESTONES_USD: readonly string[] = [
  '5000',
  '7500',
  '10000',
  '15000',
  '20000',
  '25000',
  '30000',
];

/** At most this many milestones (the ladder is a chart, not a table of hundreds). */
export const MAX_MILESTONES = 20;

/**
 * Parses the milestones field: amounts separated by spaces, semicolons, "·", "|" or new lines (commas
 * group thousands: "5,000 7,500"). Each > 0, strictly increasing, at most 20. Never throws.
 */
export function parseMilestonesText(text: string): Parsed<readonly Dec[]> {
  const parts = text
    .split(/[\s;·|]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { status: 'empty' };
  if (parts.length > MAX_MILESTONES) {
    return { status: 'error', message: `Enter at most ${MAX_MILESTONES} milestones.` };
  }
  const values: Dec[] = [];
  for (const [i, part] of parts.entries()) {
    const parsed = parseNumberText(part, { unit: 'usd', min: '0', minExclusive: true });
    if (parsed.status === 'error')
      return { status: 'error', message: `Milestone ${i + 1}: ${parsed.message}` };
    if (parsed.status === 'empty') continue;
    const previous = values[values.length - 1];
    if (previous !== undefined && !parsed.value.gt(previous)) {
      return {
        status: 'error',
        message: `Milestone ${i + 1} ("${part}") must be larger than the one before.`,
      };
    }
    values.push(parsed.value);
  }
  return { status: 'ok', value: values };
}

/** The default milestones as Dec. */
export function defaultMilestones(): readonly Dec[] {
  return DEFAULT_MILESTONES_USD.map((m) => new D(m));
}

/** An asset of the plan: a portfolio row plus, for the mix, its pair partner's costs (null: none known). */
export interface ScalingAsset {
  readonly asset: PortfolioAsset;
  readonly partnerCosts: AssetCosts | null;
}

export interface MilestoneCell {
  readonly equityUsd: Dec;
  /** The row's own product. */
  readonly contracts: number;
  readonly binding: SizeBinding;
  /** The standard + micro mix at this equity; null without a pair or partner costs. */
  readonly mix: MixSize | null;
}

export interface ScalingRow {
  readonly symbol: string;
  /** Null when the stop distance is not > 0 (the row cannot be sized). */
  readonly cells: readonly MilestoneCell[] | null;
  readonly pair: { readonly standard: string; readonly micro: string; readonly ratio: number } | null;
  /** Index into the milestones of the first where this micro row's count reaches the ratio; else null. */
  readonly microsReachRatioAt: number | null;
  /** Index of the first milestone where the mix holds ≥ 1 standard; null if none (or no mix). */
  readonly standardInMixAt: number | null;
}

/** The plan: one row per asset, one cell per milestone. */
export function scalingPlan(
  assets: readonly ScalingAsset[],
  rates: { readonly riskPercent: Dec; readonly maxMarginPercentPerAsset: Dec },
  milestones: readonly Dec[],
  registry: ProductRegistry = BUILT_IN_REGISTRY,
): ScalingRow[] {
  // The budget and the cap at each milestone are the same for every asset: compute them once.
  const accounts = milestones.map((equityUsd) => {
    const account: PortfolioAccount = { equityUsd, ...rates };
    const { budgetUsd, marginCapUsd } = assetLimitsUsd(account);
    return { equityUsd, budget: toScaled(budgetUsd), marginCap: toScaled(marginCapUsd) };
  });
  return assets.map(({ asset, partnerCosts }) => {
    const found = pairOf(asset.spec, registry);
    const pair =
      found === null
        ? null
        : { standard: found.standard.symbol, micro: found.micro.symbol, ratio: found.ratio };
    // Per-contract figures do not depend on equity: price them once, then count at each milestone.
    const riskPerContract = scaledRiskPerContract(asset);
    if (riskPerContract === null) {
      return {
        symbol: asset.spec.symbol,
        cells: null,
        pair,
        microsReachRatioAt: null,
        standardInMixAt: null,
      };
    }
    const legs = partnerCosts === null ? null : pairLegs(asset, partnerCosts, registry);
    const margin = asset.costs.marginPerContractUsd;
    const marginPerContract = margin === null || !margin.gt(0) ? null : toScaled(margin);
    const cells: MilestoneCell[] = accounts.map(({ equityUsd, budget, marginCap }) => {
      const count = countWithin(riskPerContract, marginPerContract, budget, marginCap);
      return {
        equityUsd,
        contracts: count.contracts,
        binding: count.binding,
        mix: legs === null ? null : sizeLegsWithin(legs, budget, marginCap),
      };
    });
    const reach =
      pair !== null && pair.micro === asset.spec.symbol
        ? cells.findIndex((c) => c.contracts >= pair.ratio)
        : -1;
    const inMix = cells.findIndex((c) => c.mix !== null && c.mix.standard >= 1);
    return {
      symbol: asset.spec.symbol,
      cells,
      pair,
      microsReachRatioAt: reach < 0 ? null : reach,
      standardInMixAt: inMix < 0 ? null : inMix,
    };
  });
}
