/**
 * The one door into core: everything the store and the panels may use, by name. Core is pure TypeScript
 * (no React, no DOM, no clock): lint and tsconfig.core.json enforce it.
 */
export type { BarSeries, BarRowError, BarsImport } from './bars';
export { CHART_BARS, type BandPoint, type BarsStudy } from './barsStudy';
export { memoizeLast } from './memo';
export { formatIsoDate, type CalendarDate } from './calendar';
export {
  CONTRACTS,
  CONTRACT_SYMBOLS,
  FAMILY_ROOTS,
  familyPair,
  isContractSymbol,
  type ContractSpec,
  type ContractSymbol,
  type FamilyRoot,
} from './contracts';
export { computeDesk, type DeskEnv, type DeskOutputs, type DeskResult } from './desk';
export type { FieldErrors } from './fields';
export { NO_VALUE } from './format';
export {
  COST_FIELDS,
  DEFAULT_INPUTS,
  costKey,
  isInputKey,
  type CostField,
  type CostKey,
  type InputKey,
  type Inputs,
} from './inputs';
export { DEFAULT_CONTRACT_COSTS, MARGINS_AS_OF } from './margins';
export { type Side } from './positionSize';
export {
  MARGIN_BASES,
  RISK_MODES,
  SIDES,
  STOP_METHODS,
  type MarginBasis,
  type SizedPosition,
  type StopMethod,
} from './sizer';
