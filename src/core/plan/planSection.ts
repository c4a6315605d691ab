/**
 * The Plan section's own figures (issue 9): the bracket, the edge and Kelly, the Monte Carlo request and
 * the ETF equivalence. Loaded with the Plan section (planDoor.ts) and run by `computeDesk` on every
 * recompute once it is (`DeskEnv.planSection`); typed figures (Dec, numbers, enums), rounded as shown.
 * The trade log and the circuit breaker, which the account and the sizer need on every page, are
 * planLog.ts.
 *
 * - Bracket: the sizer's sized position (contract, side, entry, stop, contracts; with the mini + micro
 *   mix, the leg of the chosen contract, the other leg named) split over up to 3 targets typed as a price
 *   or an R multiple ("2R"), quantities typed or the even split (bracket.ts). Money: P&L at a target
 *   half-up to the cent (exact anyway), risk up to the cent (a cost); R:R half-up to 0.01.
 * - Edge: a typed summary (win rate %, average win and loss in $ or R) or a pasted list of results
 *   (kelly.ts). Kelly sizes as % of equity, half-up to 0.01 %, beside the chosen risk % (the account's
 *   risk per trade; a fixed dollar risk is divided by equity); in dollars rounded down to the cent (an
 *   allowance). Growth per trade g(f) in % (float64 from kelly.ts, converted once here, half-up to
 *   0.01 %). Kelly informs: nothing here feeds the sizer.
 * - Monte Carlo: the request for the worker (monteCarlo.ts `MonteCarloInput`, float64): the account's
 *   equity, the chosen risk as a fraction, the win-rate model from a summary, or the bootstrap of a list
 *   in R (a list in $ is turned into R by dividing by its average loss: 1 R = the average loss).
 * - ETF equivalence (etf.ts): an ETF position as index futures (minis + micros), the staged entry, and
 *   the sizer's position as ETF shares when it trades the same index.
 *
 * Messages for the Plan's own fields go to the field reader; bracket problems that belong to no field
 * (the position cannot be split) are returned as text.
 */
import { costOf } from '../productCosts';
import type { DeskRegistry } from '../products/deskRegistry';
import type { AccountValues } from '../account';
import type { FamilyRoot } from '../contracts';
import { D, HUNDRED, ZERO, type Dec } from '../decimal';
import type { FieldReader } from '../fields';
import type { LegCount } from '../figures';
import { EDGE_SOURCES, EDGE_UNITS, ETF_LEVERAGES, ETF_MODES, RULES, type InputKey } from '../inputs';
import { parseNumberText, type NumberRule } from '../parse';
import type { Side } from '../positionSize';
import { ratioNearest, usdCentsDown, usdCentsNearest, usdCentsUp } from '../rounding';
import type { SizerFigures } from '../sizer';
import { computeBracket, type BracketErrors, type BracketOutcome, type TargetSpec } from './bracket';
import { etfToFutures, futuresToEtf, stagedEntry, type ContractMix, type EtfPosition } from './etf';
import {
  growthChart,
  growthPerTrade,
  kellyFromStats,
  parseResultsList,
  riskAgainstKelly,
  statsFromResults,
  statsFromSummary,
  type BadLine,
  type GrowthChart,
  type Kelly,
  type ResultUnit,
  type TradeCounts,
  type TradeStats,
} from './kelly';
import type { MonteCarloInput, MonteCarloModel } from './monteCarlo';
import { familyIndexName, futuresPairOf, PLAN_FAMILIES, planContract } from './planProducts';

/** Parsing rules of the Plan's number fields. */
export const PLAN_RULES = {
  rMultiple: { unit: 'plain', min: '0', minExclusive: true, max: '100' },
  targetQuantity: { unit: 'plain', min: '1', max: '100000', integer: true },
  winRate: { unit: 'percent', min: '0', max: '100' },
  averageWinUsd: { unit: 'usd', min: '0', max: '1000000000' },
  averageLossUsd: { unit: 'usd', min: '0', minExclusive: true, max: '1000000000' },
  averageWinR: { unit: 'plain', min: '0', max: '1000' },
  averageLossR: { unit: 'plain', min: '0', minExclusive: true, max: '1000' },
  seed: { unit: 'plain', min: '0', max: '4294967295', integer: true },
  paths: { unit: 'plain', min: '100', max: '50000', integer: true },
  trades: { unit: 'plain', min: '1', max: '2000', integer: true },
  etfPrice: { unit: 'usd', min: '0', minExclusive: true, max: '1000000' },
  etfUsd: { unit: 'usd', min: '0', max: '10000000000' },
  etfShares: { unit: 'plain', min: '0', max: '1000000000', integer: true },
} as const satisfies Record<string, NumberRule>;

const TARGET_KEYS = ['planTarget1', 'planTarget2', 'planTarget3'] as const;
const QUANTITY_KEYS = ['planQty1', 'planQty2', 'planQty3'] as const;

// ---------------------------------------------------------------------------------------------------------
// Figures

export interface BracketLegFigures {
  readonly target: number;
  readonly price: Dec;
  /** True when an R target was moved onto the grid toward entry. */
  readonly snapped: boolean;
  readonly ticks: number;
  readonly quantity: number;
  /** Half-up to the cent (exact for grid prices). */
  readonly pnlIfFilledUsd: Dec;
  /** Per contract after costs, half-up to 0.01. */
  readonly rewardToRisk: Dec;
  /** −(this target's contracts × risk per contract), the risk rounded up to the cent. */
  readonly stopFirstUsd: Dec;
}

export interface BracketOutcomeFigures {
  readonly targetsFilled: number;
  readonly restStoppedAt: BracketOutcome['restStoppedAt'];
  /** Half-up to the cent; a loss is negative. */
  readonly pnlUsd: Dec;
}

export interface BracketPlan {
  readonly symbol: string;
  readonly priceDecimals: number;
  readonly side: Side;
  readonly entry: Dec;
  readonly stop: Dec;
  readonly stopTicks: number;
  readonly quantity: number;
  readonly legs: readonly BracketLegFigures[];
  /** The whole position stopped, rounded up to the cent. */
  readonly riskUsd: Dec;
  readonly rewardIfAllFillUsd: Dec;
  /** Half-up to 0.01. */
  readonly blendedRewardToRisk: Dec;
  /** −riskUsd. */
  readonly stopFirstUsd: Dec;
  readonly breakevenAfterTarget1: boolean;
  readonly outcomes: readonly BracketOutcomeFigures[];
  /** Legs of the sized position the bracket does not cover (the other contract of a mini + micro mix). */
  readonly otherLegs: readonly LegCount[];
  readonly slippageTicks: Dec;
  readonly commissionPerSideUsd: Dec;
}

export type BracketFigures =
  | { readonly status: 'no-position' }
  | { readonly status: 'error'; readonly messages: readonly string[] }
  | { readonly status: 'ok'; readonly bracket: BracketPlan };

export type KellyFigures =
  | {
      readonly status: 'ok';
      /** f* in % (may be negative: no edge), half-up to 0.01 %; null without a win (f* = −∞). */
      readonly fStarPercent: Dec | null;
      readonly noEdge: boolean;
      /** max(f*, 0), f* ÷ 2, f* ÷ 4 in % of equity, half-up to 0.01 %. */
      readonly fullPercent: Dec;
      readonly halfPercent: Dec;
      readonly quarterPercent: Dec;
      /** The same as dollars of equity at risk, rounded down to the cent; null without equity. */
      readonly fullUsd: Dec | null;
      readonly halfUsd: Dec | null;
      readonly quarterUsd: Dec | null;
    }
  | { readonly status: 'unavailable'; readonly reason: 'no trades' | 'no losses' };

export interface ChosenRiskFigures {
  /** The account's risk per trade as % of equity, half-up to 0.01 %. */
  readonly percent: Dec;
  /** Chosen risk ÷ full Kelly in %, half-up to 0.01 %; null without an edge. */
  readonly ofFullKellyPercent: Dec | null;
  readonly aboveHalfKelly: boolean;
  readonly aboveFullKelly: boolean;
}

export interface GrowthFigures {
  /** g(f) per trade in %, half-up to 0.01 %; null where not defined. */
  readonly atFullPercent: Dec | null;
  readonly atHalfPercent: Dec | null;
  readonly atRiskPercent: Dec | null;
}

export interface EdgeFigures {
  readonly source: (typeof EDGE_SOURCES)[number] | null;
  /** The unit of the figures: the list's, or the summary's. */
  readonly unit: ResultUnit | null;
  /** Counts of a pasted list; null for a summary. */
  readonly counts: TradeCounts | null;
  /** Lines of a pasted list left out. */
  readonly badLines: readonly BadLine[];
  /** p in %, half-up to 0.01 %. */
  readonly winRatePercent: Dec | null;
  /** In the unit: USD half-up to the cent, R half-up to 0.01. */
  readonly averageWin: Dec | null;
  readonly averageLoss: Dec | null;
  /** Average result per trade in the unit, rounded as the averages. */
  readonly expectancy: Dec | null;
  /** b = average win ÷ average loss, half-up to 0.01. */
  readonly payoff: Dec | null;
  readonly kelly: KellyFigures | null;
  readonly risk: ChosenRiskFigures | null;
  readonly growth: GrowthFigures | null;
  /** g(f) against f for the chart (float64), the same object while p, b and the risk are unchanged. */
  readonly chart: GrowthChart | null;
}

/** What the Monte Carlo still needs, when it cannot run. */
export type MonteCarloWait = 'edge' | 'equity' | 'risk' | 'settings' | 'no-loss';

export type MonteCarloPlan =
  | {
      readonly status: 'ready';
      readonly input: MonteCarloInput;
      /** The input as text: equal keys, equal runs (a fixed seed reproduces every figure). */
      readonly key: string;
    }
  | { readonly status: 'waiting'; readonly missing: MonteCarloWait };

export type EtfFigures =
  | { readonly status: 'incomplete' }
  | {
      readonly status: 'ok';
      readonly family: FamilyRoot;
      readonly indexName: string;
      readonly miniSymbol: string;
      readonly microSymbol: string;
      readonly leverage: Dec;
      readonly shares: Dec;
      /** Half-up to the cent (exact for a price in cents). */
      readonly positionValueUsd: Dec;
      readonly exposureUsd: Dec;
      readonly futures: ContractMix;
      readonly futuresNotionalUsd: Dec;
      readonly mismatchUsd: Dec;
      readonly dailyReset: boolean;
      readonly stageNow: { readonly shares: Dec; readonly futures: ContractMix };
      readonly stageLater: { readonly shares: Dec; readonly futures: ContractMix };
      /** The sizer's position as ETF shares (at the sizer's entry), when it trades this index. */
      readonly sizerAsEtf: {
        readonly legs: readonly LegCount[];
        readonly shares: number;
        readonly valueUsd: Dec;
      } | null;
    };

/** The Plan section's own figures. */
export interface PlanSectionFigures {
  readonly bracket: BracketFigures;
  readonly edge: EdgeFigures;
  readonly monteCarlo: MonteCarloPlan;
  readonly etf: EtfFigures;
}

// ---------------------------------------------------------------------------------------------------------
// Bracket

const R_TARGET = /^(.*?)\s*[Rr]$/;

/** A target field: empty (null), an R multiple ("2R"), a price on the grid; undefined when invalid. */
function readTarget(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  key: InputKey,
  spec: ReturnType<typeof planContract>,
): TargetSpec | null | undefined {
  const text = texts[key].trim();
  if (text === '') return null;
  const r = R_TARGET.exec(text);
  if (r !== null) {
    const parsed = parseNumberText(r[1] ?? '', PLAN_RULES.rMultiple);
    if (parsed.status === 'ok') return { kind: 'r', multiple: parsed.value };
    read.fail(
      key,
      `"${text}" is not an R multiple. Enter a price, or a multiple such as 2R (greater than 0, at most 100).`,
    );
    return undefined;
  }
  const price = spec === null ? read.number(key, RULES.price) : read.price(key, RULES.price, spec);
  return price === null ? undefined : { kind: 'price', price };
}

function roundOutcome(outcome: BracketOutcome): BracketOutcomeFigures {
  return {
    targetsFilled: outcome.targetsFilled,
    restStoppedAt: outcome.restStoppedAt,
    pnlUsd: usdCentsNearest(outcome.pnlUsd),
  };
}

/** The even split (null) or the typed quantities of the targets in use; undefined when they do not fit. */
function readQuantities(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  targets: number,
): readonly number[] | null | undefined {
  const quantities: number[] = [];
  let ok = true;
  let firstEmpty: InputKey | null = null;
  for (const [i, key] of QUANTITY_KEYS.entries()) {
    const empty = texts[key].trim() === '';
    if (i >= targets) {
      if (!empty) {
        read.fail(key, `There is no target ${i + 1}: leave this empty, or enter target ${i + 1}.`);
        ok = false;
      }
    } else if (empty) {
      firstEmpty ??= key;
    } else {
      const value = read.number(key, PLAN_RULES.targetQuantity);
      if (value === null) ok = false;
      else quantities.push(value.toNumber());
    }
  }
  if (!ok) return undefined;
  if (quantities.length === 0) return null;
  if (firstEmpty !== null) {
    read.fail(firstEmpty, 'Enter a quantity for every target, or none for the even split.');
    return undefined;
  }
  return quantities;
}

/** The targets typed, nearest first; undefined when one is invalid or follows an empty one. */
function readTargets(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  spec: ReturnType<typeof planContract>,
): TargetSpec[] | undefined {
  const specs: TargetSpec[] = [];
  let ok = true;
  let gapAt: number | null = null;
  for (const [i, key] of TARGET_KEYS.entries()) {
    const target = readTarget(read, texts, key, spec);
    if (target === undefined) ok = false;
    else if (target === null) gapAt ??= i;
    else if (gapAt !== null) {
      read.fail(key, `Enter target ${gapAt + 1} first: targets are numbered nearest first.`);
      ok = false;
    } else specs.push(target);
  }
  return ok ? specs : undefined;
}

function computeBracketFigures(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  sizer: SizerFigures,
  registry: DeskRegistry,
): BracketFigures {
  const position = sizer.position;
  const leg =
    position === null
      ? undefined
      : (position.legs.find((l) => l.spec.symbol === sizer.symbol && l.count > 0) ??
        position.legs.find((l) => l.count > 0));
  const spec = leg === undefined ? null : leg.spec;
  const specs = readTargets(read, texts, spec);
  const quantities = readQuantities(read, texts, specs?.length ?? 0);
  const breakeven = texts.planBreakeven === 'true';

  if (position === null || leg === undefined || spec === null) return { status: 'no-position' };
  if (specs === undefined || quantities === undefined) return { status: 'error', messages: [] };
  if (specs.length === 0) {
    return {
      status: 'error',
      messages: ['Enter at least one target: a price, or an R multiple such as 2R.'],
    };
  }

  const slippageTicks = read.numberOr('slippageTicks', RULES.slippageTicks, ZERO) ?? ZERO;
  const commission = costOf(read, registry, spec.symbol, 'commission') ?? ZERO;
  const result = computeBracket({
    contract: spec,
    side: position.side,
    entry: position.entry,
    stop: position.stop,
    quantity: leg.count,
    targets: specs,
    quantities,
    slippageTicks,
    commissionPerSideUsd: commission,
    breakevenAfterTarget1: breakeven,
  });
  if (result.status === 'error')
    return { status: 'error', messages: bracketMessages(read, result.errors, quantities) };
  const b = result.bracket;
  const perContractRisk = usdCentsUp(b.riskPerContractUsd);
  return {
    status: 'ok',
    bracket: {
      symbol: spec.symbol,
      priceDecimals: spec.priceDecimals,
      side: b.side,
      entry: b.entry,
      stop: b.stop,
      stopTicks: b.stopTicksFromEntry,
      quantity: b.quantity,
      legs: b.legs.map((l) => ({
        target: l.target,
        price: l.price,
        snapped: l.snapped,
        ticks: l.ticksFromEntry,
        quantity: l.quantity,
        pnlIfFilledUsd: usdCentsNearest(l.pnlIfFilledUsd),
        rewardToRisk: ratioNearest(l.rewardToRisk, 2),
        stopFirstUsd: perContractRisk.mul(l.quantity).neg(),
      })),
      riskUsd: usdCentsUp(b.riskUsd),
      rewardIfAllFillUsd: usdCentsNearest(b.rewardIfAllFillUsd),
      blendedRewardToRisk: ratioNearest(b.blendedRewardToRisk, 2),
      stopFirstUsd: usdCentsUp(b.riskUsd).neg(),
      breakevenAfterTarget1: b.breakevenAfterTarget1,
      outcomes: b.outcomes.map(roundOutcome),
      otherLegs: position.legs
        .filter((l) => l !== leg && l.count > 0)
        .map((l) => ({ symbol: l.spec.symbol, count: l.count })),
      slippageTicks,
      commissionPerSideUsd: commission,
    },
  };
}

/** Puts bracket.ts's messages at the Plan's fields; those of no Plan field are returned as text. */
function bracketMessages(
  read: FieldReader<InputKey>,
  errors: BracketErrors,
  typedQuantities: readonly number[] | null,
): string[] {
  const loose: string[] = [];
  for (const [field, message] of Object.entries(errors) as [keyof BracketErrors, string][]) {
    const target = /^target([123])$/.exec(field);
    const key = target === null ? undefined : TARGET_KEYS[Number(target[1]) - 1];
    if (key !== undefined) read.fail(key, message);
    else if (field === 'quantities' && typedQuantities !== null) read.fail('planQty1', message);
    else loose.push(message);
  }
  return loose;
}

// ---------------------------------------------------------------------------------------------------------
// Edge and Kelly

/** A number field in the edge's unit; an R field also takes a trailing "R" (1.5R). */
function readInUnit(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  key: InputKey,
  unit: ResultUnit,
  usdRule: NumberRule,
  rRule: NumberRule,
): Dec | null {
  if (unit === 'usd') return read.number(key, usdRule);
  const text = texts[key].trim();
  const body = R_TARGET.exec(text)?.[1] ?? text;
  const parsed = parseNumberText(body, rRule);
  if (parsed.status === 'error') read.fail(key, parsed.message);
  return parsed.status === 'ok' ? parsed.value : null;
}

/** An amount in the edge's unit as shown: USD half-up to the cent, R half-up to 0.01 (the same). */
function amountShown(value: Dec | null): Dec | null {
  return value === null ? null : usdCentsNearest(value);
}

/** `shown(value)`, or null for a missing value. */
function shownOrNull(value: Dec | null | undefined, shown: (value: Dec) => Dec): Dec | null {
  return value === null || value === undefined ? null : shown(value);
}

function percentShown(fraction: Dec): Dec {
  return ratioNearest(fraction.mul(HUNDRED), 2);
}

function growthShown(g: number | null): Dec | null {
  return g === null ? null : ratioNearest(new D(g).mul(HUNDRED), 2);
}

interface ChartCache {
  readonly key: string;
  readonly chart: GrowthChart;
}
let lastChart: ChartCache | null = null;

/** growthChart, the same object while p, b, Kelly and the risk are unchanged (the chart re-renders less). */
function growthChartOnce(p: Dec, b: Dec, kelly: Kelly, risk: Dec): GrowthChart {
  const key = [p, b, kelly.fullFraction, risk].map((d) => d.toString()).join('|');
  if (lastChart?.key === key) return lastChart.chart;
  const chart = growthChart(p, b, kelly, risk);
  lastChart = { key, chart };
  return chart;
}

/** The account's risk per trade as % of equity; null while either is missing. */
function chosenRiskPercent(account: AccountValues): Dec | null {
  const { risk, equityUsd } = account;
  if (risk === null) return null;
  if (risk.kind === 'percent') return risk.percent;
  return equityUsd === null ? null : risk.usd.div(equityUsd).mul(HUNDRED);
}

interface EdgeRead {
  readonly figures: EdgeFigures;
  readonly stats: TradeStats | null;
  /** The valid results of a list (in its unit). */
  readonly results: readonly Dec[];
  readonly riskPercent: Dec | null;
}

function computeEdge(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  account: AccountValues,
): EdgeRead {
  const source = read.choice('planEdgeSource', EDGE_SOURCES);
  const typedUnit = read.choice('planEdgeUnit', EDGE_UNITS);
  let stats: TradeStats | null = null;
  let results: readonly Dec[] = [];
  let badLines: readonly BadLine[] = [];
  if (source === 'list') {
    const list = parseResultsList(texts.planResults);
    badLines = list.badLines;
    results = list.results;
    if (list.unit !== null) stats = statsFromResults(list.results, list.unit);
  } else if (source === 'summary' && typedUnit !== null) {
    const winRate = read.number('planWinRate', PLAN_RULES.winRate);
    const win = readInUnit(
      read,
      texts,
      'planAvgWin',
      typedUnit,
      PLAN_RULES.averageWinUsd,
      PLAN_RULES.averageWinR,
    );
    const loss = readInUnit(
      read,
      texts,
      'planAvgLoss',
      typedUnit,
      PLAN_RULES.averageLossUsd,
      PLAN_RULES.averageLossR,
    );
    if (winRate !== null && win !== null && loss !== null) {
      const summary = statsFromSummary({
        winRatePercent: winRate,
        averageWin: win,
        averageLoss: loss,
        unit: typedUnit,
      });
      if (summary.status === 'ok') stats = summary.stats;
    }
  }
  const riskPercent = chosenRiskPercent(account);
  const equity = account.equityUsd;
  let kelly: KellyFigures | null = null;
  let risk: ChosenRiskFigures | null = null;
  let growth: GrowthFigures | null = null;
  let chart: GrowthChart | null = null;
  if (stats !== null) {
    const fromStats = kellyFromStats(stats);
    if (fromStats.status === 'unavailable') kelly = { status: 'unavailable', reason: fromStats.reason };
    else {
      const k = fromStats.kelly;
      const usd = (f: Dec) => (equity === null ? null : usdCentsDown(equity.mul(f)));
      kelly = {
        status: 'ok',
        fStarPercent: k.fStar === null ? null : percentShown(k.fStar),
        noEdge: k.noEdge,
        fullPercent: percentShown(k.fullFraction),
        halfPercent: percentShown(k.halfFraction),
        quarterPercent: percentShown(k.quarterFraction),
        fullUsd: usd(k.fullFraction),
        halfUsd: usd(k.halfFraction),
        quarterUsd: usd(k.quarterFraction),
      };
      const p = stats.winRate;
      const b = stats.payoff;
      if (riskPercent !== null) {
        const against = riskAgainstKelly(riskPercent, k);
        risk = {
          percent: ratioNearest(riskPercent, 2),
          ofFullKellyPercent: against.ofFullKelly === null ? null : percentShown(against.ofFullKelly),
          aboveHalfKelly: against.aboveHalfKelly,
          aboveFullKelly: against.aboveFullKelly,
        };
      }
      if (p !== null && b !== null) {
        const pn = p.toNumber();
        const bn = b.toNumber();
        const riskFraction = riskPercent?.div(HUNDRED) ?? null;
        growth = {
          atFullPercent: k.noEdge ? null : growthShown(growthPerTrade(pn, bn, k.fullFraction.toNumber())),
          atHalfPercent: k.noEdge ? null : growthShown(growthPerTrade(pn, bn, k.halfFraction.toNumber())),
          atRiskPercent:
            riskFraction === null ? null : growthShown(growthPerTrade(pn, bn, riskFraction.toNumber())),
        };
        chart = growthChartOnce(p, b, k, riskFraction ?? ZERO);
      }
    }
  }
  if (risk === null && riskPercent !== null) {
    risk = {
      percent: ratioNearest(riskPercent, 2),
      ofFullKellyPercent: null,
      aboveHalfKelly: false,
      aboveFullKelly: false,
    };
  }
  return {
    stats,
    results,
    riskPercent,
    figures: {
      source,
      unit: stats?.unit ?? (source === 'summary' ? typedUnit : null),
      counts: stats?.counts ?? null,
      badLines,
      winRatePercent: shownOrNull(stats?.winRate, percentShown),
      averageWin: amountShown(stats?.averageWin ?? null),
      averageLoss: amountShown(stats?.averageLoss ?? null),
      expectancy: amountShown(stats?.expectancy ?? null),
      payoff: shownOrNull(stats?.payoff, (b) => ratioNearest(b, 2)),
      kelly,
      risk,
      growth,
      chart,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Monte Carlo

/** One object per reason, so an unchanged wait is the same object (selectors compare by identity). */
const WAITING: Readonly<Record<MonteCarloWait, MonteCarloPlan>> = {
  edge: { status: 'waiting', missing: 'edge' },
  equity: { status: 'waiting', missing: 'equity' },
  risk: { status: 'waiting', missing: 'risk' },
  settings: { status: 'waiting', missing: 'settings' },
  'no-loss': { status: 'waiting', missing: 'no-loss' },
};

/** The last ready request: an unchanged one is returned as the same object. */
let lastReady: Extract<MonteCarloPlan, { status: 'ready' }> | null = null;

function monteCarloPlan(read: FieldReader<InputKey>, edge: EdgeRead, account: AccountValues): MonteCarloPlan {
  const plan = monteCarloRequest(read, edge, account);
  if (plan.status === 'waiting') return WAITING[plan.missing];
  if (lastReady?.key === plan.key) return lastReady;
  lastReady = plan;
  return plan;
}

function monteCarloRequest(
  read: FieldReader<InputKey>,
  edge: EdgeRead,
  account: AccountValues,
): MonteCarloPlan {
  const seed = read.number('planSeed', PLAN_RULES.seed);
  const paths = read.number('planPaths', PLAN_RULES.paths);
  const trades = read.number('planTrades', PLAN_RULES.trades);
  const { stats, riskPercent } = edge;
  if (seed === null || paths === null || trades === null) return { status: 'waiting', missing: 'settings' };
  if (stats === null) return { status: 'waiting', missing: 'edge' };
  if (account.equityUsd === null) return { status: 'waiting', missing: 'equity' };
  if (riskPercent === null) return { status: 'waiting', missing: 'risk' };
  let model: MonteCarloModel;
  if (stats.counts === null) {
    // A typed summary: win with probability p, win b × the risk, else lose the risk.
    if (stats.winRate === null || stats.payoff === null) return { status: 'waiting', missing: 'edge' };
    model = { kind: 'winRate', winRate: stats.winRate.toNumber(), payoff: stats.payoff.toNumber() };
  } else if (stats.unit === 'r') {
    model = { kind: 'empirical', resultsR: edge.results.map((r) => r.toNumber()) };
  } else {
    // A list in $: 1 R = the average loss.
    const oneR = stats.averageLoss;
    if (oneR === null) return { status: 'waiting', missing: 'no-loss' };
    model = { kind: 'empirical', resultsR: edge.results.map((r) => r.div(oneR).toNumber()) };
  }
  const input: MonteCarloInput = {
    seed: seed.toNumber(),
    paths: paths.toNumber(),
    trades: trades.toNumber(),
    riskFraction: riskPercent.div(HUNDRED).toNumber(),
    startEquity: account.equityUsd.toNumber(),
    model,
  };
  return { status: 'ready', input, key: JSON.stringify(input) };
}

// ---------------------------------------------------------------------------------------------------------
// ETF

function computeEtf(read: FieldReader<InputKey>, sizer: SizerFigures): EtfFigures {
  const family = read.choice('planEtfFamily', PLAN_FAMILIES);
  const leverageText = read.choice('planEtfLeverage', ETF_LEVERAGES);
  const mode = read.choice('planEtfMode', ETF_MODES);
  const etfPrice = read.number('planEtfPrice', PLAN_RULES.etfPrice);
  const amount =
    mode === null
      ? null
      : read.number('planEtfAmount', mode === 'usd' ? PLAN_RULES.etfUsd : PLAN_RULES.etfShares);
  const futuresPrice = read.number('planEtfFuturesPrice', RULES.price);
  if (family === null || leverageText === null || mode === null) return { status: 'incomplete' };
  const pair = futuresPairOf(family);
  if (pair === null || etfPrice === null || amount === null || futuresPrice === null)
    return { status: 'incomplete' };
  const leverage = new D(leverageText);
  const position: EtfPosition =
    mode === 'usd' ? { kind: 'usd', usd: amount } : { kind: 'shares', shares: amount };
  const result = etfToFutures({ etfPrice, leverage, position, pair, futuresPrice });
  if (result.status === 'error') {
    const keys: Record<string, InputKey> = {
      etfPrice: 'planEtfPrice',
      leverage: 'planEtfLeverage',
      position: 'planEtfAmount',
      futuresPrice: 'planEtfFuturesPrice',
      pair: 'planEtfFamily',
    };
    for (const [field, message] of Object.entries(result.errors)) {
      const key = keys[field];
      if (key !== undefined) read.fail(key, message);
    }
    return { status: 'incomplete' };
  }
  const eq = result.equivalent;
  const staged = stagedEntry(eq, pair.microsPerMini);

  let sizerAsEtf: Extract<EtfFigures, { status: 'ok' }>['sizerAsEtf'] = null;
  const sized = sizer.position;
  if (sized !== null && sized.legs.length > 0 && sized.legs.every((l) => l.spec.family === family)) {
    const minis = sized.legs
      .filter((l) => l.spec.symbol === pair.mini.symbol)
      .reduce((n, l) => n + l.count, 0);
    const micros = sized.legs
      .filter((l) => l.spec.symbol === pair.micro.symbol)
      .reduce((n, l) => n + l.count, 0);
    const back = futuresToEtf({ minis, micros, pair, futuresPrice: sized.entry, etfPrice, leverage });
    if (back !== null) {
      sizerAsEtf = {
        legs: sized.legs.map((l) => ({ symbol: l.spec.symbol, count: l.count })),
        shares: back.shares,
        valueUsd: usdCentsNearest(back.positionValueUsd),
      };
    }
  }
  return {
    status: 'ok',
    family,
    indexName: familyIndexName(family),
    miniSymbol: pair.mini.symbol,
    microSymbol: pair.micro.symbol,
    leverage,
    shares: eq.shares,
    positionValueUsd: usdCentsNearest(eq.positionValueUsd),
    exposureUsd: usdCentsNearest(eq.exposureUsd),
    futures: eq.futures,
    futuresNotionalUsd: usdCentsNearest(eq.futuresNotionalUsd),
    mismatchUsd: usdCentsNearest(eq.mismatchUsd),
    dailyReset: eq.dailyReset,
    stageNow: staged.now,
    stageLater: staged.atConfirmation,
    sizerAsEtf,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The section

/** What the section is computed from besides the texts. */
export interface PlanSectionInputs {
  readonly sizer: SizerFigures;
  readonly account: AccountValues;
  /** The desk's registry: a custom contract's commission is part of its definition. */
  readonly registry: DeskRegistry;
}

/** The section's compute, as `computeDesk` takes it (`DeskEnv.planSection`). */
export type PlanSectionCompute = (
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  inputs: PlanSectionInputs,
) => PlanSectionFigures;

/** Every figure of the Plan section. Never throws; the Plan's fields get their messages through `read`. */
export function computePlanSection(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  { sizer, account, registry }: PlanSectionInputs,
): PlanSectionFigures {
  const edge = computeEdge(read, texts, account);
  return {
    bracket: computeBracketFigures(read, texts, sizer, registry),
    edge: edge.figures,
    monteCarlo: monteCarloPlan(read, edge, account),
    etf: computeEtf(read, sizer),
  };
}
