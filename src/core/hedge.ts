/**
 * Portfolio hedge with index futures (FACTS.md): beta-dollars to hedge = h × β × L × V, with V the
 * portfolio value, β its beta, L the ETF leverage of the holding (1 for stocks, 3 for a 3× ETF) and h the
 * hedge ratio; contracts N = beta-dollars ÷ (F × m). The short position is the nearest whole number of
 * the family's micro units (ties → the smaller hedge), shown as E-minis + micros to sell short: $250,000 at
 * β 1.2 with a 40 % hedge on RTY at 2,000 → 120,000 ÷ 10,000 = 12 micro units = 1 RTY + 2 M2K.
 * Hedged beta-dollars = the futures' notional; unhedged = β × L × V − hedged.
 */
import { CONTRACTS, familyPair } from './contracts';
import { HUNDRED, ONE, type Dec } from './decimal';
import type { FieldReader } from './fields';
import { formatContracts, formatDecimal, formatUsd, NO_VALUE } from './format';
import { RULES, type InputKey } from './inputs';
import { microUnitsToLegs, notionalUsd, type SizedLeg } from './positionSize';
import { nearestWholeUnits, usdCentsNearest } from './rounding';

export type HedgeOutputs = {
  hedgePosition: string;
  hedgedBetaDollars: string;
  unhedgedBetaDollars: string;
  /** "Sell short. Exact hedge 1.20 RTY: …" — the side, and the hedge before rounding to whole contracts. */
  hedgeNote: string;
};

export interface HedgeResult {
  readonly outputs: HedgeOutputs;
  /** The short legs of the hedge (for display and the book), null until computable. */
  readonly legs: readonly SizedLeg[] | null;
}

/** Beta-dollars of a holding: β × ETF leverage × value. */
function betaDollars(valueUsd: Dec, beta: Dec, etfLeverage: Dec): Dec {
  return valueUsd.mul(beta).mul(etfLeverage);
}

/** Computes the portfolio hedge. Never throws; field problems are recorded on `read`. */
export function computeHedge(read: FieldReader<InputKey>): HedgeResult {
  const outputs: HedgeOutputs = {
    hedgePosition: NO_VALUE,
    hedgedBetaDollars: NO_VALUE,
    unhedgedBetaDollars: NO_VALUE,
    hedgeNote: '',
  };
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
    return { outputs, legs: null };
  }
  const { mini, micro } = familyPair(CONTRACTS[symbol].family);
  const exposure = betaDollars(value, beta, leverage);
  const toHedge = exposure.mul(ratioPct).div(HUNDRED);
  const perMicro = notionalUsd(price, micro, ONE);
  const units = nearestWholeUnits(toHedge, perMicro);
  const legs = microUnitsToLegs(mini.family, units);
  const hedged = perMicro.mul(units);
  outputs.hedgePosition = formatContracts(
    legs.map((leg) => ({ count: leg.count, symbol: leg.spec.symbol })),
    micro.symbol,
  );
  outputs.hedgedBetaDollars = formatUsd(usdCentsNearest(hedged));
  outputs.unhedgedBetaDollars = formatUsd(usdCentsNearest(exposure.minus(hedged)));
  const exactMinis = toHedge.div(notionalUsd(price, mini, ONE));
  const exact = exactMinis.lt(1)
    ? `${formatDecimal(toHedge.div(perMicro), 2)} ${micro.symbol}`
    : `${formatDecimal(exactMinis, 2)} ${mini.symbol}`;
  outputs.hedgeNote = `Sell short. Exact hedge ${exact}: ${formatUsd(usdCentsNearest(toHedge))} of ${formatUsd(usdCentsNearest(exposure))} beta-dollars`;
  return { outputs, legs };
}
