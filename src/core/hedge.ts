/**
 * Portfolio hedge with index futures (FACTS.md): beta-dollars to hedge = h × β × L × V, with V the
 * portfolio value, β its beta, L the ETF leverage of the holding (1 for stocks, 3 for a 3× ETF) and h the
 * hedge ratio; contracts N = beta-dollars ÷ (F × m). The short position is the nearest whole number of
 * the family's micro units (ties → the smaller hedge), shown as standards (the pairing's ratio of micros
 * each) + micros to sell short: $250,000 at β 1.2 with a 40 % hedge on RTY at 2,000 → 120,000 ÷ 10,000 =
 * 12 micro units = 1 RTY + 2 M2K. A contract without a pairing hedges in whole contracts of itself.
 * Hedged beta-dollars = the futures' notional; unhedged = β × L × V − hedged.
 *
 * The figures (`HedgeFigures`) carry the rounding they are shown with: money half-up to the cent, the
 * exact (unrounded) hedge half-up to two decimals of a contract.
 */
import { pairOf } from './contracts';
import { HUNDRED, ONE, type Dec } from './decimal';
import type { FieldReader } from './fields';
import { contractCounts, type ContractCounts } from './figures';
import { RULES, type InputKey } from './inputs';
import { microUnitsToLegs, notionalUsd, type SizedLeg } from './positionSize';
import type { ProductRegistry } from './products/registry';
import { nearestWholeUnits, ratioNearest, usdCentsNearest } from './rounding';

/** The hedge before rounding to whole contracts: in E-minis, or in micros when under one E-mini. */
export interface ExactHedge {
  /** Contracts of `symbol`, half-up to two decimals. */
  readonly contracts: Dec;
  readonly symbol: string;
  /** Beta-dollars to hedge (h × β × L × V), half-up to the cent. */
  readonly toHedgeUsd: Dec;
  /** Beta-dollars of the holding (β × L × V), half-up to the cent. */
  readonly exposureUsd: Dec;
}

/** The portfolio hedge's figures; all null until every hedge input is valid. */
export interface HedgeFigures {
  /** The futures to sell short, as E-minis + micros. */
  readonly position: ContractCounts | null;
  /** Beta-dollars hedged (the futures' notional), half-up to the cent. */
  readonly hedgedUsd: Dec | null;
  readonly unhedgedUsd: Dec | null;
  readonly exact: ExactHedge | null;
  /** The short legs of the hedge (for display and the book). */
  readonly legs: readonly SizedLeg[] | null;
}

const NO_HEDGE: HedgeFigures = {
  position: null,
  hedgedUsd: null,
  unhedgedUsd: null,
  exact: null,
  legs: null,
};

/** Beta-dollars of a holding: β × ETF leverage × value. */
function betaDollars(valueUsd: Dec, beta: Dec, etfLeverage: Dec): Dec {
  return valueUsd.mul(beta).mul(etfLeverage);
}

/** Computes the portfolio hedge. Never throws; field problems are recorded on `read`. */
export function computeHedge(read: FieldReader<InputKey>, registry: ProductRegistry): HedgeFigures {
  const value = read.number('hedgeValue', RULES.portfolioUsd);
  const beta = read.number('hedgeBeta', RULES.beta);
  const leverage = read.number('hedgeEtfLeverage', RULES.etfLeverage);
  const ratioPct = read.number('hedgeRatioPct', RULES.hedgeRatioPct);
  const spec = read.symbol('hedgeSymbol');
  const price = spec === null ? null : read.price('hedgePrice', RULES.price, spec);
  if (
    value === null ||
    beta === null ||
    leverage === null ||
    ratioPct === null ||
    spec === null ||
    price === null
  ) {
    return NO_HEDGE;
  }
  const pair = pairOf(spec, registry);
  const unit = pair?.micro ?? spec;
  const exposure = betaDollars(value, beta, leverage);
  const toHedge = exposure.mul(ratioPct).div(HUNDRED);
  const perUnit = notionalUsd(price, unit, ONE);
  const units = nearestWholeUnits(toHedge, perUnit);
  const legs = pair === null ? [{ spec, count: units }] : microUnitsToLegs(pair, units);
  const hedged = perUnit.mul(units);
  const exactStandards = pair === null ? null : toHedge.div(notionalUsd(price, pair.standard, ONE));
  const exact =
    pair === null || exactStandards === null || exactStandards.lt(1)
      ? { contracts: toHedge.div(perUnit), symbol: unit.symbol }
      : { contracts: exactStandards, symbol: pair.standard.symbol };
  return {
    position: contractCounts(legs, unit.symbol),
    hedgedUsd: usdCentsNearest(hedged),
    unhedgedUsd: usdCentsNearest(exposure.minus(hedged)),
    exact: {
      contracts: ratioNearest(exact.contracts, 2),
      symbol: exact.symbol,
      toHedgeUsd: usdCentsNearest(toHedge),
      exposureUsd: usdCentsNearest(exposure),
    },
    legs,
  };
}
