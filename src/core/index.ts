/**
 * The one door into core: everything the store and the panels may use, by name. Core is pure TypeScript
 * (no React, no DOM, no clock): lint and tsconfig.core.json enforce it.
 */
export type { AccountLevels, AccountOutputs, LimitLevel } from './account';
export type { BarSeries, BarRowError, BarsImport } from './bars';
export { BOOK_FIELDS, type BookErrors, type BookField, type BookRow, type BookRowFigures } from './book';
export type { BandPoint, BarsStudy } from './barsStudy';
export { describeBarsImport } from './barsReport';
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
export type { Dec } from './decimal';
export { computeDesk, type DeskEnv, type DeskOutputs, type DeskResult } from './desk';
export type { FieldErrors } from './fields';
export { formatContractSpec, formatPrice, NO_VALUE } from './format';
export { type HedgeOutputs } from './hedge';
export {
  COST_FIELDS,
  DEFAULT_INPUTS,
  MARGIN_BASES,
  RISK_MODES,
  SIDES,
  SPREAD_METHODS,
  STOP_METHODS,
  costKey,
  isInputKey,
  isValidInputText,
  type MarginBasis,
  type RiskMode,
  type SpreadMethod,
  type StopMethod,
  stressKey,
  type StressField,
  type CostField,
  type CostKey,
  type InputKey,
  type Inputs,
} from './inputs';
export { DEFAULT_CONTRACT_COSTS, MARGINS_AS_OF } from './margins';
export { type Side, type SizedLeg } from './positionSize';
export { convertRiskText, type SizedPosition } from './sizer';
export type { PlannedSpread } from './spread';
export {
  SCENARIOS,
  stressChartPoints,
  type FamilyLevels,
  type Scenario,
  type ScenarioFigures,
  type StressLine,
  type StressPoint,
  type StressResult,
} from './stress';
