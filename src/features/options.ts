/** Option lists shared by the panels' selects and radios. */
import { CONTRACT_SYMBOLS, CONTRACTS } from '../core';

/** Every contract, labelled with its name: "M2K — Micro E-mini Russell 2000". */
export const CONTRACT_OPTIONS = CONTRACT_SYMBOLS.map((symbol) => ({
  value: symbol,
  label: `${symbol} — ${CONTRACTS[symbol].name}`,
}));

/** Every contract by symbol only (compact rows). */
export const SYMBOL_OPTIONS = CONTRACT_SYMBOLS.map((symbol) => ({ value: symbol, label: symbol }));

export const SIDE_OPTIONS = [
  { value: 'long', label: 'Long' },
  { value: 'short', label: 'Short' },
] as const;

/** The margin bases a position can be sized on. */
export const MARGIN_BASIS_OPTIONS = [
  { value: 'initial', label: 'Initial' },
  { value: 'maintenance', label: 'Maintenance' },
  { value: 'dayTrade', label: 'Day-trade' },
] as const;
