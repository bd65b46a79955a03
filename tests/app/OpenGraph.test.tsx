// @vitest-environment jsdom
// Opening graph files from the header, and the Library, against the in-memory library
// (jsdom has no IndexedDB) and with the loader on the main thread (jsdom has no Worker).
import { configure, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { fixturePath } from '../fixtures/loadFixture';
import { bundledTitle, startApp } from './startApp';

// The whole app renders in jsdom here, several times per test: on a busy 2-core machine
// that takes seconds, so waits are patient (they fail only when the thing never shows).
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const file = (name: string) =>
  new File([readFileSync(fixturePath(`library/${name}`), 'utf8')], name, {
    type: name.endsWith('.json') ? 'application/json' : 'text/plain',
  });

const heading = () => screen.getByRole('heading', { level: 1 });

describe('opening a graph file', () => {
  it('shows a valid graph of another article, counts in the status line', async () => {
    const { user, input } = await startApp();
    await user.upload(input, file('port-strike.json'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Port strike halts grain exports' }),
    ).toBeVisible();
    expect(screen.getByText('5 of 5 entities · 4 of 4 relations')).toBeVisible();
  });

  it('opens a graph together with its text file chosen at the same time', async () => {
    const { user, input } = await startApp();
    await user.upload(input, [file('port-strike-with-file.json'), file('port-strike.txt')]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Port strike halts grain exports' }),
    ).toBeVisible();
  });

  it('lists the problems of an invalid graph with their JSON paths; the graph stays', async () => {
    const { user, input } = await startApp();
    await user.upload(input, file('port-strike-invalid.json'));
    const dialog = await screen.findByRole('dialog', {
      name: 'Could not open port-strike-invalid.json',
    });
    expect(within(dialog).getByText('nodes[1].evidence[0]')).toBeVisible();
    expect(within(dialog).getByText('edges[0].target')).toBeVisible();
    expect(heading()).toHaveTextContent(bundledTitle);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Library' }));
    const list = await screen.findByRole('list', { name: 'Library' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });
});

describe('the Library', () => {
  async function withTwoGraphs() {
    const started = await startApp();
    await started.user.upload(started.input, file('port-strike.json'));
    await screen.findByRole('heading', { level: 1, name: 'Port strike halts grain exports' });
    await started.user.click(screen.getByRole('button', { name: 'Library' }));
    const list = await screen.findByRole('list', { name: 'Library' });
    return { ...started, list };
  }

  it('lists each graph with its sources, counts and when it was opened', async () => {
    const { list } = await withTwoGraphs();
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Port strike halts grain exports (on screen)');
    expect(first).toHaveTextContent('5 entities · 4 relations · last opened');
    expect(first).toHaveTextContent('from port-strike.json');
    expect(second).toHaveTextContent(bundledTitle);
    expect(second).toHaveTextContent('28 entities');
  });

  it('opens another graph, replacing the one on screen', async () => {
    const { user } = await withTwoGraphs();
    await user.click(screen.getByRole('button', { name: `Open ${bundledTitle}` }));
    await waitFor(() => expect(heading()).toHaveTextContent(bundledTitle));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('renames, duplicates, and deletes with undo', async () => {
    const { user, list } = await withTwoGraphs();
    await user.click(within(list).getByRole('button', { name: `Duplicate ${bundledTitle}` }));
    expect(
      await within(list).findByRole('heading', { name: `${bundledTitle} (copy)` }),
    ).toBeVisible();

    await user.click(within(list).getByRole('button', { name: `Rename ${bundledTitle} (copy)` }));
    const field = within(list).getByRole('textbox', {
      name: `New title for ${bundledTitle} (copy)`,
    });
    await user.clear(field);
    await user.type(field, 'My draft{Enter}');
    expect(await within(list).findByRole('heading', { name: 'My draft' })).toBeVisible();

    await user.click(within(list).getByRole('button', { name: 'Delete My draft' }));
    await waitFor(() =>
      expect(within(list).queryByRole('heading', { name: 'My draft' })).toBeNull(),
    );
    expect(screen.getByText(/Deleted “My draft”/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(list).findByRole('heading', { name: 'My draft' })).toBeVisible();
    expect(within(list).queryByRole('button', { name: `Delete ${bundledTitle}` })).toBeNull();
  });
});
