// Last line of defence: a render error shows what happened and a way back, never a blank
// page. The graph file on disk is untouched, so reloading loses nothing.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the details for whoever opens the console; the page shows the short version.
    console.error('The explorer crashed while drawing:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="app-failure" role="alert">
        <h1>Something went wrong while drawing the explorer</h1>
        <p>{error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </main>
    );
  }
}
