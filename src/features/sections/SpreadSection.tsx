import { ErrorBoundary } from '../../components/ErrorBoundary';
import { SpreadPanel } from '../spread/SpreadPanel';

/** Spread: a notional-, beta- or volatility-matched pair, e.g. long small caps against short large caps. */
export function SpreadSection() {
  return (
    <div className="section__body">
      <ErrorBoundary name="Spread planner">
        <SpreadPanel />
      </ErrorBoundary>
    </div>
  );
}
