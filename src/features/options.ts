/**
 * Option lists shared by the panels' selects and radios. The contract pickers' options come from the
 * desk's registry (selectors.ts `useContractOptions`, `useSymbolOptions`).
 */

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
