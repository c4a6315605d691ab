import { useLayoutEffect } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PLAN_SECTION_MODULE } from '../../core/plan/planDoor';
import { useDesk } from '../../store/deskStore';
import { BracketPanel } from '../plan/BracketPanel';
import { EdgePanel } from '../plan/EdgePanel';
import { EtfPanel } from '../plan/EtfPanel';
import { MonteCarloPanel } from '../plan/MonteCarloPanel';
import { TradeLogPanel } from '../plan/TradeLogPanel';

/** Plan: the bracket of the sized trade, the edge (Kelly, Monte Carlo), today's log and its breaker, ETFs. */
export function PlanSection() {
  const setPlanSection = useDesk((s) => s.setPlanSection);
  // The section's own figures are computed from now on (its code came with this chunk), before the paint.
  useLayoutEffect(() => {
    setPlanSection(PLAN_SECTION_MODULE);
  }, [setPlanSection]);
  return (
    <div className="section__body section__body--plan">
      <ErrorBoundary name="Bracket">
        <BracketPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Edge and Kelly">
        <EdgePanel />
      </ErrorBoundary>
      <ErrorBoundary name="Monte Carlo">
        <MonteCarloPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Trade log">
        <TradeLogPanel />
      </ErrorBoundary>
      <ErrorBoundary name="ETF equivalence">
        <EtfPanel />
      </ErrorBoundary>
    </div>
  );
}
