import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ContractsPanel } from '../contracts/ContractsPanel';

/** Contracts: the specs and the trader's own margins and commissions. */
export function ContractsSection() {
  return (
    <div className="section__body">
      <ErrorBoundary name="Contracts & margins">
        <ContractsPanel />
      </ErrorBoundary>
    </div>
  );
}
