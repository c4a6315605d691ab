/**
 * The one door into core: everything the store and the panels may use, by name. Core is pure TypeScript
 * (no React, no DOM, no clock): lint and tsconfig.core.json enforce it.
 *
 * `computeDesk` gives typed figures (`DeskFigures`); a presenter from `createDeskPresenter` turns them into
 * display text per section (`DeskView`).
 */
export { bookToCsv, BOOK_CSV_HEADER } from './bookCsv';
export type { AccountFigures, AccountLevels, BudgetFigures, DailyLossFigures, LimitLevel } from './account';
export type { BarSeries, BarRowError, BarsImport } from './bars';
export {
  BOOK_FIELDS,
  type BookErrors,
  type BookField,
  type BookFigures,
  type BookRow,
  type BookRowFigures,
  type BookRowNote,
  type LeftOutRow,
  type RiskGap,
  type RiskGapReason,
} from './book';
export type { BandPoint, BarsStudy } from './barsStudy';
export { describeBarsImport } from './barsReport';
export { memoizeLast } from './memo';
export { formatIsoDate, type CalendarDate } from './calendar';
export {
  CONTRACTS,
  CONTRACT_SYMBOLS,
  FAMILY_ROOTS,
  familyReference,
  isContractSymbol,
  isFamilyRoot,
  type ContractSymbol,
  type FamilyRoot,
} from './contracts';
export type { Dec } from './decimal';
export {
  computeDesk,
  type BarsFigures,
  type DeskCollections,
  type DeskEnv,
  type DeskFigures,
  type DeskNow,
} from './desk';
export type { FieldErrors } from './fields';
export type { ContractCounts, CostProblem, LegCount } from './figures';
export { formatPrice, NO_VALUE } from './format';
export type { ExactHedge, HedgeFigures } from './hedge';
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
export { type BindingLimit, type BudgetSource, type Side, type SizedLeg } from './positionSize';
export {
  convertRiskText,
  type BookMarginUse,
  type FrontMonthFigures,
  type LegRisk,
  type NoSizeReason,
  type SizedPosition,
  type SizerFigures,
  type SizingNote,
} from './sizer';
export type { BestMatch, PlannedSpread, SpreadFigures, SpreadMatch, SpreadMoves } from './spread';
export {
  SCENARIOS,
  stressChartPoints,
  type FamilyLevelPrices,
  type FamilyProblem,
  type MoveToLevel,
  type Scenario,
  type ScenarioOutcome,
  type StressFigures,
  type StressLine,
  type StressPoint,
} from './stress';
export type { AccountOutputs } from './present/presentAccount';
export type { BarsOutputs } from './present/presentBars';
export type { BookOutputs, BookRowView, BookView } from './present/presentBook';
export type { LadderRungView } from './present/presentLadder';
export {
  createDeskPresenter,
  deskOutputs,
  outputText,
  type DeskOutputs,
  type DeskView,
} from './present/presentDesk';
export type { HedgeOutputs } from './present/presentHedge';
export type { SizerOutputs } from './present/presentSizer';
export type { BestMatchView, SpreadOutputs, SpreadView } from './present/presentSpread';
export type { FamilyLevelsView, ScenarioView, StressView } from './present/presentStress';
export { LOG_FIELDS, logToCsv, type LogField, type TradeLogRow } from './plan/tradeLog';
export { logTimeText, type BreakerFigures, type PlanLogFigures } from './plan/planLog';
export { PLAN_SYMBOLS } from './plan/planProducts';
export { clockText, type LogRowView, type PlanLogOutputs, type PlanLogView } from './present/presentPlanLog';
export type { PlanFigures } from './desk';
// Calendar section (issue 10): events, the Globex clock, the holding period, gaps.
export {
  EVENT_IMPORTANCES,
  type EventImportance,
  type UserEventField,
  type UserEventText,
} from './events/events';
export { monthText } from './events/calendarDesk';
export type { DailyBars } from './events/gaps';
export { EVENTS_LOOK_AHEAD_DAYS, EVENTS_PRODUCT_SCOPES } from './inputs';
export { GAP_SCENARIOS, STRESS_TABLE_SCENARIOS, type StressScenario } from './stress';
export {
  multiplierText,
  type CalendarView,
  type GapBinView,
  type GapRowView,
  type MonthDayView,
  type NextEventView,
  type SessionChangeView,
} from './present/presentCalendar';
// Contracts section (issue 8): custom contracts and the catalogue of the registry.
export {
  CUSTOM_PRODUCT_FIELDS,
  type CustomProductField,
  type CustomProductTexts,
} from './products/customProduct';
export type { CustomProductRow, DeskRegistry } from './products/deskRegistry';
export {
  customProductNote,
  presentCatalogue,
  type CatalogueGroupView,
  type CatalogueProductView,
} from './present/presentContracts';
// Portfolio section (issue 8): its rows and typed correlations (its compute comes with its code).
export {
  emptyPortfolioRow,
  nextPortfolioRowNumber,
  PORTFOLIO_ROW_FIELDS,
  PORTFOLIO_STOP_MODES,
  type PortfolioRowField,
  type PortfolioRowText,
  type TypedCorrelations,
} from './portfolio/portfolioRows';
