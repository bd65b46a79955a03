// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { LayoutProgress } from '../../src/graph/LayoutProgress';
import { renderWithStore } from '../components/renderWithStore';

describe('LayoutProgress', () => {
  it('shows nothing when no layout runs', () => {
    renderWithStore(<LayoutProgress />);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop layout' })).not.toBeInTheDocument();
  });

  it('shows how far the layout has got and asks the canvas to stop it', async () => {
    const { store, user } = renderWithStore(<LayoutProgress />);
    store.getState().setLayoutProgress(0.42);
    const bar = await screen.findByRole('progressbar', { name: /Arranging the graph… 42%/ });
    expect(bar).toHaveAttribute('value', '42');
    await user.click(screen.getByRole('button', { name: 'Stop layout' }));
    expect(store.getState().layoutStopRequest).toBe(1);
  });
});
