/**
 * Portfolio hedge with index futures (FACTS.md): beta-dollars to hedge = h × β × L × V, with V the
 * portfolio value, β its beta, L the ETF leverage of the holding (1 for stocks, 3 for a 3× ETF) and h the
 * hedge ratio; contracts N = beta-dollars ÷ (F × m). The short position is the nearest whole number of
 * the family's micro units (ties → the smaller hedge), shown as E-minis + micros: $250,000 at β 1.2 with a
 * 40 % hedge on RTY at 2,000 → 120,000 ÷ 10,000 = 12 micro units = 1 RTY + 2 M2K.
 * Hedged beta-dollars = the futures' notional; unhedged = β × L × V − hedged.
 */
import { CONTRACTS, familyPair } from './contracts';
import { HUNDRED, type Dec } from './decimal';
import type { FieldReader } from './fields';
import { formatContracts, formatSignedUsd, formatUsd, NO_VALUE } from './format';
import { RULES, type InputKey } from './inputs';
import type { SizedLeg } from './positionSize';
import { nearestWholeUnits, usdCentsNearest } from './rounding';

export type HedgeOutputs = {
  hedgePosition: string;
  hedgedBetaDollars: string;
  unhedgedBetaDollars: string;
  /** "1.20 E-mini equivalents; 12 micro units" — what the exact hedge would be before rounding. */
  hedgeNote: string;
};

export interface HedgeResult {
  readonly outputs: HedgeOutputs;
  /** The short legs of the hedge (for display and the book), null until computable. */
  readonly legs: readonly SizedLeg[] | null;
}

/** Beta-dollars of a holding: β × ETF leverage × value. */
export function betaDollars(valueUsd: Dec, beta: Dec, etfLeverage: Dec): Dec {
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
  const perMicro = price.mul(micro.multiplierUsd);
  const units = nearestWholeUnits(toHedge, perMicro);
  const legs: SizedLeg[] = [
    { spec: mini, count: Math.floor(units / 10) },
    { spec: micro, count: units % 10 },
  ];
  const hedged = perMicro.mul(units);
  outputs.hedgePosition = `Short ${formatContracts(
    legs.map((leg) => ({ count: leg.count, symbol: leg.spec.symbol })),
    micro.symbol,
  )}`;
  outputs.hedgedBetaDollars = formatUsd(usdCentsNearest(hedged));
  outputs.unhedgedBetaDollars = formatSignedUsd(exposure.minus(hedged)).replace('+', '');
  outputs.hedgeNote = `Exact hedge ${toHedge.div(price.mul(mini.multiplierUsd)).toFixed(2)} ${mini.symbol} (${formatUsd(usdCentsNearest(toHedge))} of ${formatUsd(usdCentsNearest(exposure))} beta-dollars)`;
  return { outputs, legs };
}
