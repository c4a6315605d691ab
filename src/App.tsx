import { ErrorBoundary } from './components/ErrorBoundary';
import { AccountStrip } from './features/account/AccountStrip';
import { BarsPanel } from './features/bars/BarsPanel';
import { ContractsPanel } from './features/contracts/ContractsPanel';
import { Header } from './features/notices/Header';
import { SizerPanel } from './features/sizer/SizerPanel';

/** The page: header and notices, the account strip, then each panel in its own error boundary. */
export function App() {
  return (
    <div className="app">
      <ErrorBoundary name="Header">
        <Header />
      </ErrorBoundary>
      <main>
        <ErrorBoundary name="Account">
          <AccountStrip />
        </ErrorBoundary>
        <div className="panels">
          <ErrorBoundary name="Trade sizer">
            <SizerPanel />
          </ErrorBoundary>
          <ErrorBoundary name="ATR from bars">
            <BarsPanel />
          </ErrorBoundary>
          <ErrorBoundary name="Contracts & margins">
            <ContractsPanel />
          </ErrorBoundary>
        </div>
      </main>
      <footer className="footer">
        <p>
          Contract specs: CME Group. Margins are editable defaults, not quotes: verify with your broker.
          RiskDesk is a calculator, not advice.
        </p>
      </footer>
    </div>
  );
}
