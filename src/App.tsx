import { lazy, Suspense } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { HeaderTitle } from './components/HeaderTitle';

/**
 * The desk (store, core arithmetic, panels) is a chunk of its own that the page asks for at once: the
 * first paint is the page's frame, and the figures follow as soon as that chunk has loaded.
 */
const Desk = lazy(() => import('./deskEntry').then((module) => ({ default: module.Desk })));

/** The page: the desk, then the footer; while the desk loads, its title and a line saying so. */
export function App() {
  return (
    <div className="app">
      <ErrorBoundary name="Desk">
        <Suspense
          fallback={
            <header className="header">
              <HeaderTitle />
              <p className="app__loading">Loading the desk…</p>
            </header>
          }
        >
          <Desk />
        </Suspense>
      </ErrorBoundary>
      <footer className="footer">
        <p>
          Contract specs: CME Group. Margins are editable defaults, not quotes: verify with your broker.
          RiskDesk is a calculator, not advice.
        </p>
      </footer>
    </div>
  );
}
