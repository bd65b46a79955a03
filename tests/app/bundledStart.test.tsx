// @vitest-environment jsdom
// A broken bundled graph still shows the full loader's problems on the page (the light
// startup path, which has no zod, hands over to it), never a blank page.
import { render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';

vi.mock('../../src/app/bundledSource', () => ({
  BUNDLED_GRAPH_NAME: 'graph-data/iran-russia-alliance.json',
  bundledGraphText: '{"version": 1, "title": "Broken", "nodes": "x"}',
  readBundledSource: () => undefined,
}));

it('lists the shape problems of a broken bundled graph, as the validator would', async () => {
  render(<App />);
  expect(
    await screen.findByRole('heading', { name: 'The graph could not be loaded' }),
  ).toBeVisible();
  expect(screen.getByText(/nodes/, { selector: 'code' })).toBeVisible();
  expect(screen.getAllByRole('listitem').length).toBeGreaterThan(1);
});
