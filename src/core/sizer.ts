/**
 * The trade sizer: from the account strip, the contract, entry and stop (a price, a tick distance or
 * k × ATR), costs and margins to the position and what it risks, costs in margin and leverages.
 * Formulas in positionSize.ts; every figure is for the whole position unless its name says per contract.
 *
 * The figures (`SizerFigures`) carry the rounding they are shown with: what the trader must cover (risk,
 * margin) rounded up to the cent, allowances (budget, cap left) down, notional half-up, ratios half-up to
 * two decimals; prices are on the tick grid already. The size itself is decided at full precision.
 */
import type { AccountLimits } from './account';
import { pairOf } from './contracts';
import { HUNDRED, ONE, ROUND_DOWN, ZERO, type Dec } from './decimal';
import type { CalendarDate } from './calendar';
import { fieldReader, type FieldReader } from './fields';
import { contractCounts, type ContractCounts, type CostProblem } from './figures';
import { formatPrice } from './format';
import {
  RISK_MODES,
  RULES,
  SIDES,
  STOP_METHODS,
  type InputKey,
  type MarginBasis,
  type RiskMode,
  type StopMethod,
} from './inputs';
import {
  leverageRatio,
  marginCapUsd,
  netRewardToRisk,
  notionalUsd,
  rewardToRisk,
  riskPerContractUsd,
  sizeMix,
  sizeSingle,
  sumOverLegs,
  type BindingLimit,
  type ContractCost,
  type Side,
  type SizedLeg,
} from './positionSize';
import { ratioNearest, usdCentsDown, usdCentsNearest, usdCentsUp } from './rounding';
import { costOf, costProblem } from './productCosts';
import type { DeskRegistry } from './products/deskRegistry';
import { frontContract } from './products/listings';
import type { ProductSpec } from './products/registry';
import { snapStopAwayFromEntry, ticksToPoints } from './tickGrid';
import { tradeTicket, type TradeTicket } from './ticket';

/** The sized position, for "Add to book". */
export interface SizedPosition {
  readonly side: Side;
  readonly entry: Dec;
  readonly stop: Dec;
  readonly legs: readonly SizedLeg[];
}

/** The front month of the contract (and of its sibling with the mix), from today's date. */
export interface FrontMonthFigures {
  /** One code per contract held: "M2KZ6", or "RTYZ6" and "M2KZ6" with the mix. */
  readonly codes: readonly string[];
  readonly lastTradingDay: CalendarDate;
  readonly rollDate: CalendarDate;
  /** Calendar days from today to the last trading day (0 on the day). */
  readonly daysToExpiry: number;
}

/** The margin the book already uses (rounded up to the cent) and the room left under the cap (down). */
export interface BookMarginUse {
  readonly bookMarginUsd: Dec;
  readonly capLeftUsd: Dec;
}

/** Why the size is zero. Amounts rounded as shown: costs up to the cent, allowances down. */
export type NoSizeReason =
  | { readonly kind: 'open-risk-used-up' }
  | { readonly kind: 'daily-loss-used-up' }
  | { readonly kind: 'zero-budget' }
  /** One contract needs more margin than is left under the cap. */
  | {
      readonly kind: 'margin';
      readonly symbol: string;
      readonly marginUsd: Dec;
      readonly capLeftUsd: Dec;
    }
  /** One contract risks more than the budget. */
  | {
      readonly kind: 'risk';
      readonly symbol: string;
      readonly riskUsd: Dec;
      readonly budgetUsd: Dec;
    };

/** What the sizer says under its figures. */
export type SizingNote =
  /** A cost field of a contract held has no value: no size. */
  | { readonly kind: 'cost-problems'; readonly problems: readonly CostProblem[] }
  /** A margin the book needs has no value: no size. */
  | { readonly kind: 'book-margin-problems'; readonly problems: readonly CostProblem[] }
  /** A size was found; the book already uses margin. */
  | ({ readonly kind: 'book-margin' } & BookMarginUse)
  /** Nothing fits; `book` when the book already uses margin. */
  | { readonly kind: 'no-size'; readonly why: NoSizeReason; readonly book: BookMarginUse | null };

/** A contract's risk per contract, rounded up to the cent. */
export interface LegRisk {
  readonly symbol: string;
  readonly riskUsd: Dec;
}

/** The sizer panel's figures; null members are not computable yet (their fields carry the messages). */
export interface SizerFigures {
  /** The contract chosen: prices are at its tick precision. */
  readonly symbol: string | null;
  /** Its record (from the desk's registry: a built-in or a custom contract). */
  readonly spec: ProductSpec | null;
  readonly contracts: ContractCounts | null;
  /** Risk of the whole position, rounded up to the cent. */
  readonly totalRiskUsd: Dec | null;
  /** One entry per contract held (two with the mix). */
  readonly riskPerContract: readonly LegRisk[] | null;
  /** On the tick grid. */
  readonly stopAt: Dec | null;
  readonly targetAt: Dec | null;
  /** Reward ÷ risk in points, half-up to two decimals. */
  readonly rewardToRisk: Dec | null;
  /** After costs, half-up to two decimals. */
  readonly netRewardToRisk: Dec | null;
  /** Half-up to the cent. */
  readonly notionalUsd: Dec | null;
  /** Notional ÷ equity, half-up to two decimals. */
  readonly accountLeverage: Dec | null;
  /** Notional ÷ margin required, half-up to two decimals. */
  readonly marginLeverage: Dec | null;
  /** Rounded up to the cent. */
  readonly marginRequiredUsd: Dec | null;
  /** The limit that decides the size; before a size, the one that sets the risk budget. */
  readonly binding: BindingLimit | null;
  readonly frontMonth: FrontMonthFigures | null;
  readonly note: SizingNote | null;
  /** The sized position, for "Add to book"; null while there is no size. */
  readonly position: SizedPosition | null;
  /** The whole position's reward at the target after round-trip commissions, rounded down to the cent. */
  readonly rewardUsd: Dec | null;
  /** The order ticket of the sized position (`Copy ticket`); null while there is none to place. */
  readonly ticket: TradeTicket | null;
}

export interface SizerEnv {
  /** Today on the trader's calendar; null until the app has read its clock (calendar figures show "—"). */
  readonly today: CalendarDate | null;
  /**
   * The entry would not fill in RTH (events/calendarDesk.ts `sizerSession`): the stop's slippage is
   * `ETH slippage (ticks)`, or `Slippage (ticks)` while that field is empty.
   */
  readonly ethSlippage?: boolean;
  /** The products the symbol field may name, and the custom contracts' costs. */
  readonly registry: DeskRegistry;
}

type MutableSizerFigures = { -readonly [K in keyof SizerFigures]: SizerFigures[K] };

function emptyFigures(): MutableSizerFigures {
  return {
    symbol: null,
    spec: null,
    contracts: null,
    totalRiskUsd: null,
    riskPerContract: null,
    stopAt: null,
    targetAt: null,
    rewardToRisk: null,
    netRewardToRisk: null,
    notionalUsd: null,
    accountLeverage: null,
    marginLeverage: null,
    marginRequiredUsd: null,
    binding: null,
    frontMonth: null,
    note: null,
    position: null,
    rewardUsd: null,
    ticket: null,
  };
}

/**
 * The risk-per-trade text in the other unit, so that switching between % of equity and fixed dollars keeps
 * the same budget: % → $ rounds down to the cent, $ → % down to 4 decimals (never a larger budget).
 * Null when equity or the current risk text is not a valid number (the text is then left as typed).
 */
export function convertRiskText(texts: Readonly<Record<InputKey, string>>, toMode: RiskMode): string | null {
  const read = fieldReader(texts);
  const equity = read.number('equity', RULES.equity);
  const fromMode = read.choice('riskMode', RISK_MODES);
  if (equity === null || fromMode === null || fromMode === toMode) return null;
  const risk = read.number('riskPerTrade', fromMode === 'percent' ? RULES.riskPercent : RULES.riskUsd);
  if (risk === null) return null;
  return toMode === 'usd'
    ? usdCentsDown(equity.mul(risk).div(HUNDRED)).toString()
    : risk.div(equity).mul(HUNDRED).toDecimalPlaces(4, ROUND_DOWN).toString();
}

/** The stop price from the chosen method, validated (on the grid, on the loss side, above zero). */
function readStop(
  read: FieldReader<InputKey>,
  method: StopMethod,
  side: Side,
  entry: Dec | null,
  spec: ProductSpec,
): Dec | null {
  const sideWord = side === 'long' ? 'below' : 'above';
  if (method === 'price') {
    const stop = read.price('stopPrice', RULES.price, spec);
    if (stop === null || entry === null) return null;
    if (stop.eq(entry)) {
      read.fail('stopPrice', 'The stop equals the entry price: there is no distance to risk.');
      return null;
    }
    if (side === 'long' ? stop.gt(entry) : stop.lt(entry)) {
      read.fail(
        'stopPrice',
        `For a ${side}, the stop must be ${sideWord} the entry price (${formatPrice(entry, spec)}).`,
      );
      return null;
    }
    return stop;
  }
  if (method === 'ticks') {
    const ticks = read.number('stopTicks', RULES.stopTicks);
    if (ticks === null || entry === null) return null;
    const distance = ticksToPoints(ticks, spec.tickPoints);
    const stop = side === 'long' ? entry.minus(distance) : entry.plus(distance);
    if (stop.lte(0)) {
      read.fail(
        'stopTicks',
        `A stop ${ticks.toString()} ticks ${sideWord} ${formatPrice(entry, spec)} would be at or below zero.`,
      );
      return null;
    }
    return stop;
  }
  const atr = read.number('atr', RULES.atr);
  const multiplier = read.number('atrMultiplier', RULES.atrMultiplier);
  if (atr === null || multiplier === null || entry === null) return null;
  const distance = atr.mul(multiplier);
  const raw = side === 'long' ? entry.minus(distance) : entry.plus(distance);
  const stop = snapStopAwayFromEntry(raw, side, spec.tickPoints);
  // An ATR far below one tick can vanish in the arithmetic: the stop then sits on the entry.
  if (stop.eq(entry)) {
    read.fail(
      'atr',
      `${multiplier.toString()} × this ATR puts the stop on the entry: the stop equals the entry.`,
    );
    return null;
  }
  if (stop.lte(0)) {
    read.fail(
      'atr',
      `${multiplier.toString()} × ATR ${sideWord} ${formatPrice(entry, spec)} would put the stop at or below zero.`,
    );
    return null;
  }
  return stop;
}

/** Why a contract's cost field has no value, for the sizer's note ("M2K commission is empty"). */
function costProblems(
  read: FieldReader<InputKey>,
  registry: DeskRegistry,
  held: readonly ProductSpec[],
  basis: MarginBasis,
): CostProblem[] {
  const problems: CostProblem[] = [];
  for (const s of held) {
    for (const field of [basis, 'commission'] as const) {
      const problem = costProblem(read, registry, s.symbol, field);
      if (problem !== null) problems.push({ symbol: s.symbol, field, problem });
    }
  }
  return problems;
}

/** Computes the sizer panel's figures. Never throws; fields with problems get messages via `read`. */
export function computeSizer(
  read: FieldReader<InputKey>,
  texts: Readonly<Record<InputKey, string>>,
  limits: AccountLimits,
  env: SizerEnv,
): SizerFigures {
  const figures = emptyFigures();
  // Until a trade is sized, the binding limit is the one that sets the risk budget.
  if (limits.budget !== null) figures.binding = limits.budget.source;
  const spec = read.symbol('symbol');
  const side = read.choice('side', SIDES);
  const method = read.choice('stopMethod', STOP_METHODS);
  const { basis } = limits;
  if (spec === null || side === null || method === null || basis === null) return figures;
  const { symbol } = spec;
  figures.symbol = symbol;
  figures.spec = spec;
  const { registry } = env;
  // The mix holds the family's standard and micro; a contract without a pairing is held alone.
  const pair = texts.mix === 'true' ? pairOf(spec, registry.registry) : null;
  const held = pair === null ? [spec] : [pair.standard, pair.micro];
  const commissionOf = (s: ProductSpec) => costOf(read, registry, s.symbol, 'commission') ?? ZERO;

  const { today } = env;
  if (today !== null) {
    const fronts = held.flatMap((s) => frontContract(s, today) ?? []);
    const [front] = fronts;
    if (front !== undefined && fronts.length === held.length) {
      figures.frontMonth = {
        codes: fronts.map((f) => f.code),
        lastTradingDay: front.lastTradingDay,
        rollDate: front.rollDate,
        daysToExpiry: front.daysToExpiry,
      };
    }
  }

  const entry = read.price('entry', RULES.price, spec);
  const stop = readStop(read, method, side, entry, spec);
  const regularSlippage = read.numberOr('slippageTicks', RULES.slippageTicks, ZERO);
  const slippageTicks =
    env.ethSlippage === true && regularSlippage !== null
      ? read.numberOr('ethSlippageTicks', RULES.slippageTicks, regularSlippage)
      : regularSlippage;
  figures.stopAt = stop;
  const target = readTarget(read, side, entry, spec);
  figures.targetAt = target;
  if (entry === null || stop === null) return figures;
  if (target !== null) figures.rewardToRisk = ratioNearest(rewardToRisk(entry, stop, target), 2);
  if (slippageTicks === null) return figures;

  const problems = costProblems(read, registry, held, basis);
  if (problems.length > 0) {
    figures.note = { kind: 'cost-problems', problems };
    return figures;
  }
  const costs: ContractCost[] = held.map((s) => ({
    spec: s,
    riskUsd: riskPerContractUsd(s, entry, stop, slippageTicks, commissionOf(s)),
    marginUsd: costOf(read, registry, s.symbol, basis) ?? ZERO,
  }));
  const selectedCost = costs.find((c) => c.spec.symbol === symbol);
  if (selectedCost === undefined) return figures;
  figures.riskPerContract = costs.map((c) => ({ symbol: c.spec.symbol, riskUsd: usdCentsUp(c.riskUsd) }));
  if (target !== null) {
    figures.netRewardToRisk = ratioNearest(
      netRewardToRisk(spec, entry, target, commissionOf(spec), selectedCost.riskUsd),
      2,
    );
  }

  const { budget, bookMarginUsd, bookMarginProblems } = limits;
  const { equityUsd, maxMarginPercent } = limits.values;
  if (bookMarginUsd === null) {
    if (bookMarginProblems.length > 0) {
      figures.note = { kind: 'book-margin-problems', problems: bookMarginProblems };
    }
    return figures;
  }
  if (equityUsd === null || budget === null || maxMarginPercent === null) return figures;
  const capUsd = marginCapUsd(equityUsd, maxMarginPercent, bookMarginUsd);
  const [first, second] = costs;
  const size =
    pair !== null && first !== undefined && second !== undefined
      ? sizeMix(pair, first, second, budget.budgetUsd, capUsd, budget.source)
      : sizeSingle(selectedCost, budget.budgetUsd, capUsd, budget.source);

  const costFor = (s: ProductSpec) => costs.find((c) => c.spec === s);
  const riskOf = (s: ProductSpec) => costFor(s)?.riskUsd ?? ZERO;
  const marginOfSpec = (s: ProductSpec) => costFor(s)?.marginUsd ?? ZERO;
  const notional = sumOverLegs(size.legs, (s) => notionalUsd(entry, s, ONE));
  const marginRequired = sumOverLegs(size.legs, marginOfSpec);
  const totalRisk = sumOverLegs(size.legs, riskOf);
  const ratio = (value: Dec | null) => (value === null ? null : ratioNearest(value, 2));

  figures.contracts = contractCounts(size.legs, symbol);
  figures.totalRiskUsd = usdCentsUp(totalRisk);
  figures.notionalUsd = usdCentsNearest(notional);
  figures.marginRequiredUsd = usdCentsUp(marginRequired);
  figures.accountLeverage = ratio(leverageRatio(notional, equityUsd));
  figures.marginLeverage = ratio(leverageRatio(notional, marginRequired));
  figures.binding = size.binding;
  figures.note = sizingNote(size.legs, size.binding, budget.budgetUsd, capUsd, selectedCost, bookMarginUsd);
  const placed = size.legs.filter((leg) => leg.count > 0);
  figures.position = { side, entry, stop, legs: placed };
  if (target !== null) {
    // Reward if the target fills: each contract's move less its round trip, never shown larger than it is.
    figures.rewardUsd = usdCentsDown(
      sumOverLegs(placed, (s) =>
        target.minus(entry).abs().mul(s.multiplierUsd).minus(commissionOf(s).mul(2)),
      ),
    );
  }
  // A contract without a calendar (a custom one) is named by its symbol on the ticket.
  const codes =
    figures.frontMonth?.codes ??
    (held.every((s) => s.listing === null) ? held.map((s) => s.symbol) : undefined);
  if (placed.length > 0 && codes !== undefined) {
    figures.ticket = tradeTicket(
      spec,
      {
        side,
        legs: placed.map((leg) => ({
          code: codes[held.indexOf(leg.spec)] ?? leg.spec.symbol,
          count: leg.count,
        })),
        entry,
        stop,
        target,
      },
      figures.totalRiskUsd,
    );
  }
  return figures;
}

function readTarget(
  read: FieldReader<InputKey>,
  side: Side,
  entry: Dec | null,
  spec: ProductSpec,
): Dec | null {
  const target = read.price('target', RULES.price, spec);
  if (target === null || entry === null) return null;
  if (side === 'long' ? target.lte(entry) : target.gte(entry)) {
    read.fail(
      'target',
      `For a ${side}, the target must be ${side === 'long' ? 'above' : 'below'} the entry price (${formatPrice(entry, spec)}).`,
    );
    return null;
  }
  return target;
}

/** What the sizer says about the size: why nothing fits, and the margin the book already uses. */
function sizingNote(
  legs: readonly SizedLeg[],
  binding: BindingLimit,
  budgetUsd: Dec,
  capUsd: Dec,
  selected: ContractCost,
  bookMarginUsd: Dec,
): SizingNote | null {
  const total = legs.reduce((n, leg) => n + leg.count, 0);
  const capLeftUsd = usdCentsDown(capUsd);
  const book = bookMarginUsd.isZero() ? null : { bookMarginUsd: usdCentsUp(bookMarginUsd), capLeftUsd };
  if (total > 0) return book === null ? null : { kind: 'book-margin', ...book };
  let why: NoSizeReason;
  if (budgetUsd.isZero()) {
    why =
      binding === 'open risk'
        ? { kind: 'open-risk-used-up' }
        : binding === 'daily loss'
          ? { kind: 'daily-loss-used-up' }
          : { kind: 'zero-budget' };
  } else if (binding === 'margin') {
    why = {
      kind: 'margin',
      symbol: selected.spec.symbol,
      marginUsd: usdCentsUp(selected.marginUsd),
      capLeftUsd,
    };
  } else {
    why = {
      kind: 'risk',
      symbol: selected.spec.symbol,
      riskUsd: usdCentsUp(selected.riskUsd),
      budgetUsd: usdCentsDown(budgetUsd),
    };
  }
  return { kind: 'no-size', why, book };
}
