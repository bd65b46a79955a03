// @vitest-environment jsdom
// Labels, quotes and titles holding markup are text: they show their characters and
// never become elements.
import { screen, within } from '@testing-library/react';
import {
  ArticleReader,
  DetailsPanel,
  FiltersPanel,
  GraphHeader,
  SearchBox,
} from '../../src/components';
import { HTML_PAYLOAD, htmlPayloadLoaded } from '../fixtures/sampleGraph';
import { renderWithStore } from './renderWithStore';

function payloadEverywhere() {
  const loaded = htmlPayloadLoaded();
  loaded.graph.relationTypes[0]!.label = HTML_PAYLOAD;
  loaded.graph.entityTypes[1]!.label = HTML_PAYLOAD;
  loaded.graph.statuses[2]!.description = HTML_PAYLOAD;
  loaded.graph.title = HTML_PAYLOAD;
  return loaded;
}

describe('markup in the data', () => {
  it('renders as text in the details, the article, the legend and the header', async () => {
    const { container, user } = renderWithStore(
      <>
        <GraphHeader />
        <SearchBox />
        <FiltersPanel />
        <DetailsPanel />
        <ArticleReader />
      </>,
      { loaded: payloadEverywhere(), selection: { kind: 'node', id: 'russia' } },
    );
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(HTML_PAYLOAD);
    expect(details.querySelector('blockquote mark')).toHaveTextContent(
      `${HTML_PAYLOAD} allies with Iran`,
    );
    const article = screen.getByRole('region', { name: 'Article' });
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent(HTML_PAYLOAD);
    expect(article.querySelector('mark')).toHaveTextContent(`${HTML_PAYLOAD} allies with Iran`);
    expect(screen.getAllByRole('checkbox', { name: HTML_PAYLOAD })).toHaveLength(2);
    // the statuses' explanations are folded under "What these mean"
    await user.click(screen.getByRole('button', { name: 'What these mean' }));
    expect(screen.getByText(HTML_PAYLOAD, { selector: '.filter-row__description' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(HTML_PAYLOAD);
    expect(container.querySelector('cite')).toHaveTextContent(HTML_PAYLOAD);

    await user.type(screen.getByRole('combobox'), '<img');
    const [first] = screen.getAllByRole('option');
    expect(first).toHaveTextContent(`${HTML_PAYLOAD}country`);

    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('renders as text in a selected relation', () => {
    const { container } = renderWithStore(<DetailsPanel />, {
      loaded: payloadEverywhere(),
      selection: { kind: 'edge', id: 'iran-allies-russia' },
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      `Iran allies with ${HTML_PAYLOAD}`,
    );
    expect(container.querySelector('img')).toBeNull();
  });
});
