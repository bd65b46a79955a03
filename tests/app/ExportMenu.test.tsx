// @vitest-environment jsdom
// The Export menu as a keyboard user meets it: a menu button, arrow keys, the scope radios.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportMenu } from '../../src/app/export/ExportMenu';
import { renderWithStore } from '../components/renderWithStore';
import { SAMPLE_TEXT, sampleGraph } from '../fixtures/sampleGraph';

function setup() {
  const user = userEvent.setup();
  const { store } = renderWithStore(<ExportMenu />, {
    loaded: { graph: sampleGraph(), texts: { article: SAMPLE_TEXT } },
  });
  return { user, store };
}

describe('ExportMenu', () => {
  it('opens from the keyboard on the first item and moves with the arrows', async () => {
    const { user } = setup();
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getByRole('menuitemradio', { name: 'The whole graph' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: /Graph JSON/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(menu).getByRole('menuitem', { name: 'SVG image (vector)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('offers the filtered scope only when the filters hide something', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const filtered = () =>
      screen.getByRole('menuitemradio', { name: 'Only what the filters show' });
    expect(filtered()).toHaveAttribute('aria-disabled', 'true');
    await user.click(filtered());
    expect(filtered()).toHaveAttribute('aria-checked', 'false');
    await user.keyboard('{Escape}');
    store.getState().toggleStatus('denied');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(filtered()).not.toHaveAttribute('aria-disabled');
    await user.click(filtered());
    expect(filtered()).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: 'The whole graph' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  });
});
