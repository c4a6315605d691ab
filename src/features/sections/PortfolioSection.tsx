import { useLayoutEffect } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PORTFOLIO_SECTION_MODULE } from '../../core/portfolio/portfolioDoor';
import { useDesk } from '../../store/deskStore';
import { CorrelationPanel } from '../portfolio/CorrelationPanel';
import { PortfolioAccountPanel } from '../portfolio/PortfolioAccountPanel';
import { PortfolioAssetsPanel } from '../portfolio/PortfolioAssetsPanel';
import { PortfolioBarsPanel } from '../portfolio/PortfolioBarsPanel';
import { ScalingPlanPanel } from '../portfolio/ScalingPlanPanel';

/** Portfolio: several assets sized on one account, their correlated risk, and the plan to scale up. */
export function PortfolioSection() {
  const setPortfolioSection = useDesk((s) => s.setPortfolioSection);
  // The section's own figures are computed from now on (its code came with this chunk), before the paint.
  useLayoutEffect(() => {
    setPortfolioSection(PORTFOLIO_SECTION_MODULE);
  }, [setPortfolioSection]);
  return (
    <div className="section__body section__body--portfolio">
      <ErrorBoundary name="Account">
        <PortfolioAccountPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Assets">
        <PortfolioAssetsPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Bars per asset">
        <PortfolioBarsPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Correlation">
        <CorrelationPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Scaling plan">
        <ScalingPlanPanel />
      </ErrorBoundary>
    </div>
  );
}
