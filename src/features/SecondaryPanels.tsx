/**
 * Every panel but the account strip and the trade sizer: ATR from bars, spread planner, book, margin
 * stress, portfolio hedge, contracts & margins. Loaded as one
 * chunk right after the first paint, so that the first paint stays within DESIGN.md's 100 KB budget; the
 * store already computes their figures, so nothing waits on this chunk but their markup.
 */
import { ErrorBoundary } from '../components/ErrorBoundary';
import { BookPanel } from './book/BookPanel';
import { ContractsPanel } from './contracts/ContractsPanel';
import { HedgePanel } from './hedge/HedgePanel';
import { SpreadPanel } from './spread/SpreadPanel';
import { StressPanel } from './stress/StressPanel';

export { BarsPanel } from './bars/BarsPanel';

/** The panels below the trade sizer and the bars panel. */
export function SecondaryPanels() {
  return (
    <>
      <ErrorBoundary name="Spread planner">
        <SpreadPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Book">
        <BookPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Margin stress">
        <StressPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Portfolio hedge">
        <HedgePanel />
      </ErrorBoundary>
      <ErrorBoundary name="Contracts & margins">
        <ContractsPanel />
      </ErrorBoundary>
    </>
  );
}
