import { ErrorBoundary } from '../../components/ErrorBoundary';
import { BookPanel } from '../book/BookPanel';
import { StressPanel } from '../stress/StressPanel';

/** Book & stress: the positions held and the account under the exchange's limit-down levels. */
export function BookSection() {
  return (
    <div className="section__body section__body--book">
      <ErrorBoundary name="Book">
        <BookPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Margin stress">
        <StressPanel />
      </ErrorBoundary>
    </div>
  );
}
