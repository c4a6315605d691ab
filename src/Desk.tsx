import { ErrorBoundary } from './components/ErrorBoundary';
import { RiskBar } from './features/account/RiskBar';
import { Header } from './features/notices/Header';
import { Workspace } from './features/workspace/Workspace';

/** The desk: header with share link and notices, the risk bar (always in view), the workspace's sections. */
export function Desk() {
  return (
    <>
      <ErrorBoundary name="Header">
        <Header />
      </ErrorBoundary>
      <ErrorBoundary name="Risk bar">
        <RiskBar />
      </ErrorBoundary>
      <Workspace />
    </>
  );
}
