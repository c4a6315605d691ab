/**
 * ETF ↔ index futures equivalence (issue 9): how many futures carry the same index exposure as an ETF
 * position, and back.
 *
 * - ETF position: whole shares, or a dollar amount bought as whole shares, rounded down (a dollar amount
 *   never buys more than it pays for). Value (USD) = shares × ETF price.
 * - Exposure (USD) = value × leverage (a 3× ETF: $50,000 of TNA ≈ $150,000 of Russell 2000). A
 *   leveraged ETF resets daily, so the equivalence holds for the day only: `dailyReset` tells the
 *   presenter to show that note.
 * - Futures: one micro carries futures price × micro multiplier of exposure; the equivalent is the whole
 *   number of micro units nearest to the exposure (`nearestWholeUnits`, ties to the smaller), written as
 *   the fewest contracts: minis = floor(units ÷ micros per mini), micros = the rest. The mini : micro
 *   ratio is a parameter (10 : 1 for the equity index pairs, 5 : 1 for SI/SIL) and must agree with the
 *   two multipliers. RTY at 2,000: M2K = $10,000, so $150,000 = 15 units = 1 RTY + 5 M2K.
 * - Back: futures exposure ÷ leverage, as the nearest whole number of ETF shares (ties to fewer).
 * - Staged entry: half now, rounded down, the rest at confirmation, in ETF shares and in micro units
 *   (each stage then written as minis + micros), so the two stages always add up to the whole.
 *
 * The ETF is taken to track the index of the chosen futures family (no tracking error, no beta).
 */
import { D, ROUND_FLOOR, type Dec } from '../decimal';
import { nearestWholeUnits } from '../rounding';
import type { PlanContract } from './planContract';

/** An ETF position as entered. */
export type EtfPosition =
  { readonly kind: 'shares'; readonly shares: Dec } | { readonly kind: 'usd'; readonly usd: Dec };

/** A futures family's pair and its ratio. */
export interface FuturesPair {
  readonly mini: PlanContract;
  readonly micro: PlanContract;
  /** Micros per mini (10 for RTY/M2K, 5 for SI/SIL): whole number ≥ 1, equal to the multipliers' ratio. */
  readonly microsPerMini: number;
}

export interface EtfInput {
  readonly etfPrice: Dec;
  /** 1 for IWM, 3 for TNA; > 0. */
  readonly leverage: Dec;
  readonly position: EtfPosition;
  readonly pair: FuturesPair;
  readonly futuresPrice: Dec;
}

/** A number of micro units as the fewest contracts. */
export interface ContractMix {
  readonly microUnits: number;
  readonly minis: number;
  readonly micros: number;
}

export interface EtfEquivalent {
  /** Whole ETF shares. */
  readonly shares: Dec;
  readonly positionValueUsd: Dec;
  readonly exposureUsd: Dec;
  /** Exposure of one micro: futures price × micro multiplier. */
  readonly microNotionalUsd: Dec;
  readonly futures: ContractMix;
  /** Exposure of the futures equivalent. */
  readonly futuresNotionalUsd: Dec;
  /** Futures notional − ETF exposure (negative when the futures carry less). */
  readonly mismatchUsd: Dec;
  /** Leverage above 1: the ETF resets daily, the equivalence holds for the day. */
  readonly dailyReset: boolean;
}

export type EtfField = 'etfPrice' | 'leverage' | 'position' | 'futuresPrice' | 'pair';
export type EtfErrors = Partial<Record<EtfField, string>>;

export type EtfResult =
  | { readonly status: 'ok'; readonly equivalent: EtfEquivalent }
  | { readonly status: 'error'; readonly errors: EtfErrors };

/** Whole shares a dollar amount buys, rounded down: never more than the money pays for. */
export function sharesForUsd(usd: Dec, etfPrice: Dec): Dec {
  return usd.div(etfPrice).toDecimalPlaces(0, ROUND_FLOOR);
}

/** Micro units as the fewest contracts: minis of `microsPerMini` units each, the rest in micros. */
export function microUnitsToMix(microUnits: number, microsPerMini: number): ContractMix {
  const minis = Math.floor(microUnits / microsPerMini);
  return { microUnits, minis, micros: microUnits - minis * microsPerMini };
}

function checkPair(pair: FuturesPair): string | null {
  if (!Number.isSafeInteger(pair.microsPerMini) || pair.microsPerMini < 1) {
    return 'The mini : micro ratio must be a whole number of at least 1.';
  }
  if (!pair.mini.multiplierUsd.eq(pair.micro.multiplierUsd.mul(pair.microsPerMini))) {
    return `${pair.mini.symbol} is not ${pair.microsPerMini} × ${pair.micro.symbol}.`;
  }
  return null;
}

/** The futures equivalent of an ETF position, or a message per field. */
export function etfToFutures(input: EtfInput): EtfResult {
  const { etfPrice, leverage, position, pair, futuresPrice } = input;
  const errors: EtfErrors = {};
  if (!etfPrice.gt(0)) errors.etfPrice = 'Enter an ETF price greater than 0.';
  if (!leverage.gt(0)) errors.leverage = 'Enter a leverage greater than 0 (1 for IWM, 3 for TNA).';
  if (position.kind === 'shares' && (!position.shares.isInteger() || position.shares.lt(0))) {
    errors.position = 'Enter a whole number of shares, at least 0.';
  }
  if (position.kind === 'usd' && !position.usd.gte(0)) errors.position = 'Enter an amount of at least $0.';
  if (!futuresPrice.gt(0)) errors.futuresPrice = 'Enter a futures price greater than 0.';
  const pairMessage = checkPair(pair);
  if (pairMessage !== null) errors.pair = pairMessage;
  if (Object.keys(errors).length > 0) return { status: 'error', errors };

  const shares = position.kind === 'shares' ? position.shares : sharesForUsd(position.usd, etfPrice);
  const positionValueUsd = shares.mul(etfPrice);
  const exposureUsd = positionValueUsd.mul(leverage);
  const microNotionalUsd = futuresPrice.mul(pair.micro.multiplierUsd);
  const futures = microUnitsToMix(nearestWholeUnits(exposureUsd, microNotionalUsd), pair.microsPerMini);
  const futuresNotionalUsd = microNotionalUsd.mul(futures.microUnits);
  return {
    status: 'ok',
    equivalent: {
      shares,
      positionValueUsd,
      exposureUsd,
      microNotionalUsd,
      futures,
      futuresNotionalUsd,
      mismatchUsd: futuresNotionalUsd.minus(exposureUsd),
      dailyReset: leverage.gt(1),
    },
  };
}

export interface FuturesToEtfInput {
  readonly minis: number;
  readonly micros: number;
  readonly pair: FuturesPair;
  readonly futuresPrice: Dec;
  readonly etfPrice: Dec;
  readonly leverage: Dec;
}

export interface EtfForFutures {
  readonly exposureUsd: Dec;
  /** Nearest whole number of shares to exposure ÷ leverage (ties to fewer). */
  readonly shares: number;
  readonly positionValueUsd: Dec;
  readonly dailyReset: boolean;
}

/** The ETF shares that carry a futures position's exposure; null when an input is out of range. */
export function futuresToEtf(input: FuturesToEtfInput): EtfForFutures | null {
  const { minis, micros, pair, futuresPrice, etfPrice, leverage } = input;
  const counts = [minis, micros].every((n) => Number.isSafeInteger(n) && n >= 0);
  if (!counts || checkPair(pair) !== null || !futuresPrice.gt(0) || !etfPrice.gt(0) || !leverage.gt(0)) {
    return null;
  }
  const exposureUsd = futuresPrice.mul(pair.micro.multiplierUsd).mul(minis * pair.microsPerMini + micros);
  const shares = nearestWholeUnits(exposureUsd.div(leverage), etfPrice);
  return {
    exposureUsd,
    shares,
    positionValueUsd: etfPrice.mul(shares),
    dailyReset: leverage.gt(1),
  };
}

/** Half of a whole number, rounded down: the first stage never exceeds half the position. */
function halfDown(whole: Dec): Dec {
  return whole.div(2).toDecimalPlaces(0, ROUND_FLOOR);
}

export interface EntryStage {
  readonly shares: Dec;
  readonly futures: ContractMix;
}

/**
 * Half now (shares and micro units rounded down), the rest at confirmation; the stages add up to the
 * whole in both instruments. 15 units → 7 now (7 M2K) and 8 later (8 M2K); 1,250 shares → 625 + 625.
 */
export function stagedEntry(
  equivalent: EtfEquivalent,
  microsPerMini: number,
): { readonly now: EntryStage; readonly atConfirmation: EntryStage } {
  const firstShares = halfDown(equivalent.shares);
  const firstUnits = halfDown(new D(equivalent.futures.microUnits)).toNumber();
  return {
    now: { shares: firstShares, futures: microUnitsToMix(firstUnits, microsPerMini) },
    atConfirmation: {
      shares: equivalent.shares.minus(firstShares),
      futures: microUnitsToMix(equivalent.futures.microUnits - firstUnits, microsPerMini),
    },
  };
}
