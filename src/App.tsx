import { ErrorBoundary } from './components/ErrorBoundary';
import { RiskBar } from './features/account/RiskBar';
import { Header } from './features/notices/Header';
import { Workspace } from './features/workspace/Workspace';

/** The page: header and notices, the risk bar (always in view), then the workspace's sections. */
export function App() {
  return (
    <div className="app">
      <ErrorBoundary name="Header">
        <Header />
      </ErrorBoundary>
      <ErrorBoundary name="Risk bar">
        <RiskBar />
      </ErrorBoundary>
      <Workspace />
      <footer className="footer">
        <p>
          Contract specs: CME Group. Margins are editable defaults, not quotes: verify with your broker.
          RiskDesk is a calculator, not advice.
        </p>
      </footer>
    </div>
  );
}
