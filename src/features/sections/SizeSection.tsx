import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { AccountStrip } from '../account/AccountStrip';
import { SizerPanel } from '../sizer/SizerPanel';

const BarsPanel = lazy(() => import('../bars/BarsPanel').then((m) => ({ default: m.BarsPanel })));

/** Size: the account strip, the trade sizer, and the ATR from imported bars. */
export function SizeSection() {
  return (
    <div className="section__body section__body--size">
      <ErrorBoundary name="Account">
        <AccountStrip />
      </ErrorBoundary>
      <ErrorBoundary name="Trade sizer">
        <SizerPanel />
      </ErrorBoundary>
      <ErrorBoundary name="ATR from bars">
        <Suspense fallback={<p className="panel chart-placeholder">Loading the bars panel…</p>}>
          <BarsPanel />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
