// @vitest-environment jsdom
// Hostile files and links through the app's own ways in (Open graph…, ?graph=URL): a clear
// list of problems, the graph on screen kept, nothing executed; prototype-named ids open.
import { configure, render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App';
import { danglingGraph, fileSourceGraph, prototypeIdGraph } from '../fixtures/hostileGraphs';
import { HTML_PAYLOAD, sampleGraph } from '../fixtures/sampleGraph';
import { bundledTitle, startApp } from './startApp';

// Each test mounts the whole app and opens the library first; on a loaded machine that alone
// can take seconds. A generous limit, not a speed check.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5000 });

const jsonFile = (name: string, value: unknown) =>
  new File([JSON.stringify(value)], name, { type: 'application/json' });

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

it('opens a graph whose ids are "constructor"', async () => {
  const { user, input } = await startApp();
  await user.upload(input, jsonFile('proto.json', prototypeIdGraph()));
  expect(await screen.findByRole('heading', { level: 1, name: 'Sample alliance' })).toBeVisible();
});

it('says a UTF-16 file is not UTF-8, and keeps the graph on screen', async () => {
  const { user, input } = await startApp();
  const wide = Buffer.from(`\ufeff${JSON.stringify(sampleGraph())}`, 'utf16le');
  await user.upload(input, new File([wide], 'wide.json', { type: 'application/json' }));
  const dialog = await screen.findByRole('dialog', { name: 'Could not open wide.json' });
  expect(within(dialog).getByRole('listitem')).toHaveTextContent(
    'wide.json is not UTF-8 (looks like UTF-16); save it as UTF-8',
  );
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(bundledTitle);
});

it('shows markup in a file name and a key as text, running nothing', async () => {
  const { user, input } = await startApp();
  const graph = { ...sampleGraph(), [HTML_PAYLOAD]: 1 };
  await user.upload(input, jsonFile(`${HTML_PAYLOAD}.json`, graph));
  const dialog = await screen.findByRole('dialog', { name: `Could not open ${HTML_PAYLOAD}.json` });
  expect(within(dialog).getByRole('listitem')).toHaveTextContent(
    `unknown key ${JSON.stringify(HTML_PAYLOAD)}`,
  );
  expect(document.querySelector('img')).toBeNull();
});

it('lists the first 200 of 1,000 problems and says how many more there are', async () => {
  const { user, input } = await startApp();
  await user.upload(input, jsonFile('dangling.json', danglingGraph(1000, 1000)));
  const dialog = await screen.findByRole('dialog', { name: 'Could not open dangling.json' });
  expect(within(dialog).getByText('1000 problems found.', { exact: false })).toBeVisible();
  expect(within(dialog).getAllByRole('listitem')).toHaveLength(201);
  expect(within(dialog).getAllByRole('listitem').at(-1)).toHaveTextContent(
    '… and 800 more problems (npm run validate lists them all)',
  );
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(bundledTitle);
});

it('opens no address outside the graph’s folder from ?graph=', async () => {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request) => {
    asked.push(String(input));
    return new Response(JSON.stringify(fileSourceGraph('../../private/notes.txt')));
  });
  window.history.replaceState(null, '', '/?graph=https://example.org/g/graph.json');
  render(<App />);
  const dialog = await screen.findByRole('dialog', {
    name: 'Could not open https://example.org/g/graph.json',
  });
  expect(within(dialog).getByRole('listitem')).toHaveTextContent(
    `sources[0].file: cannot read "../../private/notes.txt": it leads outside the graph file's folder`,
  );
  expect(asked).toEqual(['https://example.org/g/graph.json']);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(bundledTitle);
});
