/**
 * The contract figures the Plan section needs, as a structural type: any record with a symbol, the US
 * dollars per point, the tick in points and the dollars per tick will do (the `ContractSpec` records of
 * `contracts.ts` and the coming product registry both qualify), so these modules do not depend on the
 * contract table. Units: multiplierUsd in USD per 1.00 of price, tickPoints in price points,
 * tickValueUsd = tickPoints × multiplierUsd in USD. No rounding here.
 */
import type { Dec } from '../decimal';

export interface PlanContract {
  readonly symbol: string;
  /** US dollars per 1.00 move of the price. */
  readonly multiplierUsd: Dec;
  /** Minimum price fluctuation, in price points. */
  readonly tickPoints: Dec;
  /** US dollars per tick: tickPoints × multiplierUsd. */
  readonly tickValueUsd: Dec;
}
