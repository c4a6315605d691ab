import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What the contained part is called, for the message ("Trade sizer"). */
  readonly name: string;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/** Contains a panel that throws: it shows a message with a retry button; the other panels keep working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <section className="panel panel--failed" role="alert">
        <h2>{this.props.name} stopped working</h2>
        <p>
          This part of RiskDesk hit an error ({error.message}). Your inputs are kept; the other panels still
          work.
        </p>
        <button
          type="button"
          onClick={() => {
            this.setState({ error: null });
          }}
        >
          Try again
        </button>
      </section>
    );
  }
}
