import { ErrorBoundary } from '../../components/ErrorBoundary';
import { HedgePanel } from '../hedge/HedgePanel';

/** Hedge: a stock or ETF portfolio's beta-dollars as a short index-futures position. */
export function HedgeSection() {
  return (
    <div className="section__body">
      <ErrorBoundary name="Portfolio hedge">
        <HedgePanel />
      </ErrorBoundary>
    </div>
  );
}
