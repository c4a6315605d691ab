/**
 * The third door into core: the Plan section's own code (bracket, edge and Kelly, Monte Carlo figures,
 * ETF equivalence, and their presenter), loaded with the Plan section so that none of it weighs on the
 * first paint (DESIGN.md budget). The store registers `PLAN_SECTION_MODULE` when the section mounts;
 * `computeDesk` then runs `compute` on every recompute (`DeskEnv.planSection`). The trade log and the
 * circuit breaker, which every page needs, stay in the first door (index.ts, plan/planLog.ts).
 */
import { createPlanSectionPresenter, type PlanView } from '../present/presentPlanSection';
import { computePlanSection, type PlanSectionCompute, type PlanSectionFigures } from './planSection';

/** What the store needs of the section: its compute and a presenter (one per store, with its memory). */
export interface PlanSectionModule {
  readonly compute: PlanSectionCompute;
  readonly createPresenter: () => (figures: PlanSectionFigures) => PlanView;
}

export const PLAN_SECTION_MODULE: PlanSectionModule = {
  compute: computePlanSection,
  createPresenter: createPlanSectionPresenter,
};

export {
  fanChartPoints,
  monteCarloFigures,
  type FanPoint,
  type MonteCarloFigures,
} from './monteCarloFigures';
export type { GrowthChart, GrowthPoint } from './kelly';
export type { MonteCarloInput, MonteCarloOutcome, MonteCarloResult } from './monteCarlo';
export type { MonteCarloPlan, PlanSectionFigures } from './planSection';
export { familyLabel, PLAN_FAMILIES } from './planProducts';
export {
  presentMonteCarlo,
  type BracketLegView,
  type BracketOutcomeView,
  type MonteCarloView,
  type PlanOutputs,
  type PlanView,
} from '../present/presentPlanSection';
