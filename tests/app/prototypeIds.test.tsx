// @vitest-environment jsdom
// The whole app on a graph whose source, an entity, an entity type, a status and a relation
// type are called `constructor`: it renders, lays out, searches, selects and filters as usual.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { loadGraph } from '../../src/domain/loadGraph';
import { prototypeIdGraph } from '../fixtures/hostileGraphs';

it('explores a graph with "constructor" ids like any other', async () => {
  const user = userEvent.setup();
  const result = loadGraph(prototypeIdGraph(), () => undefined);
  render(<App load={() => result} />);
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Sample alliance');
  expect(screen.getByRole('status')).toHaveTextContent('4 of 4 entities · 6 of 6 relations');

  await user.type(screen.getByRole('combobox', { name: 'Search entities and relations' }), 'Russ');
  await user.keyboard('{ArrowDown}{Enter}');
  const details = screen.getByRole('complementary', { name: 'Details' });
  expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent('Russia');
  expect(window.location.hash).toBe('#entity=constructor');

  await user.click(screen.getByRole('checkbox', { name: 'country' }));
  await user.click(screen.getByRole('checkbox', { name: 'supplies' }));
  await user.click(screen.getByRole('checkbox', { name: 'stated' }));
  expect(screen.getByRole('status')).toHaveTextContent('1 of 4 entities · 0 of 6 relations');
  const article = screen.getByRole('region', { name: 'Article' });
  expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent('Sample article');
  // The whole app renders in jsdom: seconds on a loaded 2-core machine, past the 5 s default.
}, 15_000);
