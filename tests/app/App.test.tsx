// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { loadBundledGraph } from '../../src/app/bundledGraph';
import { loadGraphText } from '../../src/domain/loadGraph';

describe('App', () => {
  it('loads the bundled graph through the validator without problems', () => {
    const result = loadBundledGraph();
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('shows the validator messages instead of a blank page when the graph is bad', () => {
    render(<App load={() => loadGraphText('{"version": 1, "nodes": "x"}', () => undefined)} />);
    expect(screen.getByRole('heading', { name: 'The graph could not be loaded' })).toBeVisible();
    expect(screen.getByText(/nodes/, { selector: 'code' })).toBeVisible();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(1);
  });

  it('shows a not-JSON file as one clear problem', () => {
    render(<App load={() => loadGraphText('{ nope', () => undefined)} />);
    expect(screen.getByRole('listitem')).toHaveTextContent(/not valid JSON/);
  });
});

describe('ErrorBoundary', () => {
  it('catches a render error and offers a reload', () => {
    const Boom = () => {
      throw new Error('kaboom');
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    );
    spy.mockRestore();
    expect(screen.getByRole('alert')).toHaveTextContent('kaboom');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  });
});
