import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ContractsPanel } from '../contracts/ContractsPanel';
import { CustomContractsPanel } from '../contracts/CustomContractsPanel';

/** Contracts: the catalogue of every product with the trader's margins and commissions, and their own contracts. */
export function ContractsSection() {
  return (
    <div className="section__body section__body--contracts">
      <ErrorBoundary name="Contracts & margins">
        <ContractsPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Your contracts">
        <CustomContractsPanel />
      </ErrorBoundary>
    </div>
  );
}
