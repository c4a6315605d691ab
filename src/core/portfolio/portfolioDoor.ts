/**
 * The fourth door into core: the Portfolio section's own code (its compute over the rows, correlations,
 * scaling plan, and its presenter), loaded with the section so that none of it weighs on the first paint
 * (DESIGN.md budget). The store registers `PORTFOLIO_SECTION_MODULE` when the section mounts;
 * `computeDesk` then runs `compute` on every recompute (`DeskEnv.portfolioSection`), and the store's
 * loader of an asset's bars uses `portfolioAssetBars`.
 */
import { createPortfolioPresenter, type PortfolioView } from '../present/presentPortfolio';
import { computePortfolio, type PortfolioFigures } from './portfolioDesk';

/** The section's compute as `computeDesk` calls it. */
export type PortfolioSectionCompute = typeof computePortfolio;

/** What the store needs of the section: its compute and a presenter (one per store, with its memory). */
export interface PortfolioSectionModule {
  readonly compute: PortfolioSectionCompute;
  readonly createPresenter: () => (figures: PortfolioFigures) => PortfolioView;
}

export const PORTFOLIO_SECTION_MODULE: PortfolioSectionModule = {
  compute: computePortfolio,
  createPresenter: createPortfolioPresenter,
};

export { portfolioAssetBars, type PortfolioAssetBars } from './portfolioBars';
export type { PortfolioFigures } from './portfolioDesk';
export {
  correlationText,
  type CorrelationCellView,
  type CorrelationView,
  type PortfolioOutputs,
  type PortfolioRowView,
  type ScalingChart,
  type ScalingRowView,
  type ScalingView,
  type PortfolioView,
} from '../present/presentPortfolio';
