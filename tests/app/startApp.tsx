// Mounting the whole app in jsdom, as the open-a-file tests need it: render, wait for the
// bundled graph's title, and hand back the user and the header's file input.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { loadBundledGraph } from '../../src/app/bundledGraph';

export const bundledTitle = (() => {
  const r = loadBundledGraph();
  if (!r.ok) throw new Error('bundled graph should load');
  return r.value.graph.title;
})();

export async function startApp() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: bundledTitle });
  const input = screen.getByLabelText('Graph file, with its text files') as HTMLInputElement;
  return { user, input };
}
