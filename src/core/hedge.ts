/**
 * Portfolio hedge with index futures (FACTS.md): beta-dollars to hedge = h × β × L × V, with V the
 * portfolio value, β its beta, L the ETF leverage of the holding (1 for stocks, 3 for a 3× ETF) and h the
 * hedge ratio; contracts N = beta-dollars ÷ (F × m). The short position is the nearest whole number of
 * the family's micro units (ties → the smaller hedge), shown as E-minis + micros to sell short: $250,000 at
 * β 1.2 with a 40 % hedge on RTY at 2,000 → 120,000 ÷ 10,000 = 12 micro units = 1 RTY + 2 M2K.
 * Hedged beta-dollars = the futures' notional; unhedged = β × L × V − hedged.
 *
 * The figures (`HedgeFigures`) carry the rounding they are shown with: money half-up to the cent, the
 * exact (unrounded) hedge half-up to two decimals of a contract.
 */
import { CONTRACTS, familyPair, type ContractSymbol } from './contracts';
import { HUNDRED, ONE, type Dec } from './decimal';
import type { FieldReader } from './fields';
import { contractCounts, type ContractCounts } from './figures';
import { RULES, type InputKey } from './inputs';
import { microUnitsToLegs, notionalUsd, type SizedLeg } from './positionSize';
import { nearestWholeUnits, ratioNearest, usdCentsNearest } from './rounding';

/** The hedge before rounding to whole contracts: in E-minis, or in micros when under one E-mini. */
export interface ExactHedge {
  /** Contracts of `symbol`, half-up to two decimals. */
  readonly contracts: Dec;
  readonly symbol: ContractSymbol;
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
export function computeHedge(read: FieldReader<InputKey>): HedgeFigures {
  const value = read.number('hedgeValue', RULES.portfolioUsd);
  const beta = read.number('hedgeBeta', RULES.beta);
  const leverage = read.number('hedgeEtfLeverage', RULES.etfLeverage);
  const ratioPct = read.number('hedgeRatioPct', RULES.hedgeRatioPct);
  const symbol = read.symbol('hedgeSymbol');
  const price = symbol === null ? null : read.price('hedgePrice', RULES.price, CONTRACTS[symbol]);
  if (
    value === null ||
    beta === null ||
    leverage === null ||
    ratioPct === null ||
    symbol === null ||
    price === null
  ) {
    return NO_HEDGE;
  }
  const { mini, micro } = familyPair(CONTRACTS[symbol].family);
  const exposure = betaDollars(value, beta, leverage);
  const toHedge = exposure.mul(ratioPct).div(HUNDRED);
  const perMicro = notionalUsd(price, micro, ONE);
  const units = nearestWholeUnits(toHedge, perMicro);
  const legs = microUnitsToLegs(mini.family, units);
  const hedged = perMicro.mul(units);
  const exactMinis = toHedge.div(notionalUsd(price, mini, ONE));
  const exact = exactMinis.lt(1)
    ? { contracts: toHedge.div(perMicro), symbol: micro.symbol }
    : { contracts: exactMinis, symbol: mini.symbol };
  return {
    position: contractCounts(legs, micro.symbol),
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
