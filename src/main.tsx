// Entry point: mount the app under an error boundary.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import './app/theme.css';
import './app/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

function render(app: ReactNode) {
  createRoot(root!).render(
    <StrictMode>
      <ErrorBoundary>{app}</ErrorBoundary>
    </StrictMode>,
  );
}

// The browser benchmark's build (VITE_BENCH=1) may open a synthetic graph instead of the
// bundled one; in every other build this branch is constant-folded away.
if (import.meta.env.VITE_BENCH === '1') {
  void import('./app/benchGraph').then(async ({ loadBenchGraph }) => {
    const bench = await loadBenchGraph(window.location.search);
    render(bench ? <App load={() => bench} /> : <App />);
  });
} else {
  render(<App />);
}
