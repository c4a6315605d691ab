import { lazy, Suspense } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { AccountStrip } from './features/account/AccountStrip';
import { RiskBar } from './features/account/RiskBar';
import { Header } from './features/notices/Header';
import { SizerPanel } from './features/sizer/SizerPanel';

const loadPanels = () => import('./features/SecondaryPanels');
const BarsPanel = lazy(() => loadPanels().then((m) => ({ default: m.BarsPanel })));
const SecondaryPanels = lazy(() => loadPanels().then((m) => ({ default: m.SecondaryPanels })));

/** The page: header and notices, the account strip, then each panel in its own error boundary. */
export function App() {
  return (
    <div className="app">
      <ErrorBoundary name="Header">
        <Header />
      </ErrorBoundary>
      <ErrorBoundary name="Risk bar">
        <RiskBar />
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
            <Suspense fallback={<p className="panel chart-placeholder">Loading the bars panel…</p>}>
              <BarsPanel />
            </Suspense>
          </ErrorBoundary>
          <ErrorBoundary name="Spread, book, stress, hedge and contract panels">
            <Suspense
              fallback={
                <p className="panel panel--wide chart-placeholder">
                  Loading the spread, book, stress, hedge and contract panels…
                </p>
              }
            >
              <SecondaryPanels />
            </Suspense>
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
