// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HeaderActions } from '../../src/app/HeaderActions';

function setup() {
  const user = userEvent.setup();
  render(
    <>
      <HeaderActions>
        <button type="button">Library</button>
        <button type="button">Export</button>
      </HeaderActions>
      <button type="button">Elsewhere</button>
    </>,
  );
  return user;
}

const more = () => screen.getByRole('button', { name: 'More' });

describe('HeaderActions', () => {
  it('"More" discloses the actions and moves focus to the first one', async () => {
    const user = setup();
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(more().getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(panel).not.toHaveClass('is-open');
    await user.click(more());
    expect(more()).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveClass('is-open');
    expect(screen.getByRole('button', { name: 'Library' })).toHaveFocus();
  });

  it('Escape closes it and gives focus back to "More"', async () => {
    const user = setup();
    await user.click(more());
    await user.keyboard('{Escape}');
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    expect(more()).toHaveFocus();
  });

  it('a click elsewhere on the page closes it', async () => {
    const user = setup();
    await user.click(more());
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(more()).toHaveAttribute('aria-expanded', 'false');
  });

  it('choosing an action keeps it open, so a dialog it opens stays shown', async () => {
    const user = setup();
    await user.click(more());
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(more()).toHaveAttribute('aria-expanded', 'true');
  });
});
