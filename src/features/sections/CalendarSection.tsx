import { ErrorBoundary } from '../../components/ErrorBoundary';
import { MonthPanel, NextEventsPanel, UserEventsPanel } from '../calendar/EventsPanels';
import { GapsPanel } from '../calendar/GapsPanel';
import { SessionPanel } from '../calendar/SessionPanel';

/** Calendar: the events that widen stops, the Globex clock, and the gaps of the trader's own bars. */
export function CalendarSection() {
  return (
    <div className="section__body section__body--calendar">
      {/* The clock, the month and the trader's events in one column; the long Next events list beside. */}
      <div className="calendar__stack">
        <ErrorBoundary name="Globex clock">
          <SessionPanel />
        </ErrorBoundary>
        <ErrorBoundary name="Month">
          <MonthPanel />
        </ErrorBoundary>
        <ErrorBoundary name="Your events">
          <UserEventsPanel />
        </ErrorBoundary>
      </div>
      <ErrorBoundary name="Next events">
        <NextEventsPanel />
      </ErrorBoundary>
      <ErrorBoundary name="Gaps from your bars">
        <GapsPanel />
      </ErrorBoundary>
    </div>
  );
}
