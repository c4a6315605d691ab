/**
 * Default margins and commissions. Margins change with volatility and differ between brokers, so these are
 * editable starting points, not facts: verify with your broker.
 *
 * Day-trade margins: one broker's published intraday margins on 11 Mar 2025 (FACTS.md). Initial margins:
 * twice those, the exchange initial margin the broker's figures were half of; micros one tenth of the
 * E-mini. Maintenance: initial ÷ 1.10 (speculative initial margin is 110 % of maintenance), rounded up to
 * the dollar so a margin call is never reported late. Commissions per side: a typical all-in retail rate
 * (exchange + clearing + NFA + broker), not a quote.
 *
 * Metals, energy and currencies: CME quoted CL at $5,830 initial / $5,300 maintenance and MCL at $583 /
 * $530 when MCL launched (CME's Micro WTI FAQ, as of 10 May 2021; FACTS.md). For the others RiskDesk has no
 * sourced figure, so their margins ship empty: the trader types their broker's (the sizer says which field
 * is missing; the portfolio planner treats an empty margin as unknown, not as zero).
 */
import type { ContractSymbol } from './contracts';

export const MARGINS_AS_OF = '2025-03-11';

export interface ContractCostTexts {
  readonly initial: string;
  readonly maintenance: string;
  readonly dayTrade: string;
  readonly commission: string;
}

export const DEFAULT_CONTRACT_COSTS: Readonly<Record<ContractSymbol, ContractCostTexts>> = {
  RTY: { initial: '8920', maintenance: '8110', dayTrade: '4460.50', commission: '2.25' },
  M2K: { initial: '892', maintenance: '811', dayTrade: '446', commission: '0.62' },
  ES: { initial: '16950', maintenance: '15410', dayTrade: '8473', commission: '2.25' },
  MES: { initial: '1695', maintenance: '1541', dayTrade: '847', commission: '0.62' },
  NQ: { initial: '25520', maintenance: '23200', dayTrade: '12761', commission: '2.25' },
  MNQ: { initial: '2552', maintenance: '2320', dayTrade: '1276', commission: '0.62' },
  YM: { initial: '11840', maintenance: '10764', dayTrade: '5917.50', commission: '2.25' },
  MYM: { initial: '1184', maintenance: '1077', dayTrade: '591.50', commission: '0.62' },
  GC: { initial: '', maintenance: '', dayTrade: '', commission: '2.25' },
  MGC: { initial: '', maintenance: '', dayTrade: '', commission: '0.62' },
  SI: { initial: '', maintenance: '', dayTrade: '', commission: '2.25' },
  SIL: { initial: '', maintenance: '', dayTrade: '', commission: '0.62' },
  CL: { initial: '5830', maintenance: '5300', dayTrade: '', commission: '2.25' },
  MCL: { initial: '583', maintenance: '530', dayTrade: '', commission: '0.62' },
  '6E': { initial: '', maintenance: '', dayTrade: '', commission: '2.25' },
  M6E: { initial: '', maintenance: '', dayTrade: '', commission: '0.62' },
  '6B': { initial: '', maintenance: '', dayTrade: '', commission: '2.25' },
  M6B: { initial: '', maintenance: '', dayTrade: '', commission: '0.62' },
};
