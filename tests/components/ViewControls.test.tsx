// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { LayoutControl } from '../../src/components/toolbar/LayoutControl';
import { ThemeToggle } from '../../src/components/toolbar/ThemeToggle';
import { ViewSwitch } from '../../src/components/toolbar/ViewSwitch';
import { PlaybackControl } from '../../src/components/playback/PlaybackControl';
import { SizeByControl } from '../../src/components/toolbar/SizeByControl';
import { renderWithStore } from './renderWithStore';

describe('view controls', () => {
  it('Layout chooses a layout and asks for a run; Reset layout runs it afresh', async () => {
    const { user, store } = renderWithStore(<LayoutControl />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Layout' }), 'Circle');
    expect(store.getState()).toMatchObject({ layout: 'circle', layoutRun: 1, layoutReset: false });
    await user.click(screen.getByRole('button', { name: 'Reset layout' }));
    expect(store.getState()).toMatchObject({ layout: 'circle', layoutRun: 2, layoutReset: true });
  });

  it('Graph / Table switch says which view is on', async () => {
    const { user, store } = renderWithStore(<ViewSwitch />);
    const table = screen.getByRole('button', { name: 'Table' });
    expect(table).toHaveAttribute('aria-pressed', 'false');
    await user.click(table);
    expect(store.getState().view).toBe('table');
    expect(table).toHaveAttribute('aria-pressed', 'true');
  });

  it('Dark mode is a toggle that records the reader’s choice', async () => {
    const { user, store } = renderWithStore(<ThemeToggle />);
    const toggle = screen.getByRole('button', { name: 'Dark mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(store.getState()).toMatchObject({ theme: 'dark', themeChosen: true });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('Size by offers default, degree and betweenness', async () => {
    const { user, store } = renderWithStore(<SizeByControl />);
    await user.click(screen.getByRole('radio', { name: 'Betweenness' }));
    expect(store.getState().sizeBy).toBe('betweenness');
  });

  it('playback starts at the first paragraph and steps by the buttons and the slider', async () => {
    const { user, store } = renderWithStore(<PlaybackControl />);
    await user.click(screen.getByRole('button', { name: 'Play reading order' }));
    expect(store.getState()).toMatchObject({ playStep: 0, playing: true });
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Previous paragraph' })).toBeDisabled();
    // The sample article is a single paragraph: the first step is also the last.
    expect(screen.getByRole('button', { name: 'Next paragraph' })).toBeDisabled();
    expect(screen.getByRole('slider', { name: 'Reading position' })).toHaveAttribute(
      'aria-valuetext',
      'Paragraph 1 of 1',
    );
    await user.click(screen.getByRole('button', { name: 'Stop playback' }));
    expect(store.getState().playStep).toBeNull();
  });
});
