// @vitest-environment jsdom
// "New graph from article": pasted text or an opened file becomes a graph with the chosen
// vocabulary, handed to the session to be saved and opened; what is missing is said.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphSession } from '../../../src/app/library/GraphSessionContext';
import { NewGraphDialog } from '../../../src/components/authoring/NewGraphDialog';
import type { LoadedGraph } from '../../../src/domain/types';
import { createMemoryLibrary } from '../../../src/storage';
import { sampleGraph } from '../../fixtures/sampleGraph';

async function setup() {
  // jsdom has <dialog> without the modal behaviour: enough to open it.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  const library = await createMemoryLibrary(sampleGraph());
  const other = { ...sampleGraph(), title: 'Other graph' };
  other.statuses = [{ id: 'fact', label: 'Fact', description: 'True.' }];
  other.edges = [];
  await library.put({ graph: other });
  const opened: LoadedGraph[] = [];
  const session: GraphSession = {
    library,
    persistent: false,
    currentId: 'bundled',
    openStored: async () => {},
    openLoaded: async (loaded) => {
      opened.push(loaded);
    },
  } as GraphSession;
  render(<NewGraphDialog session={session} vocabularyFrom={sampleGraph()} onClose={() => {}} />);
  return { user: userEvent.setup(), opened };
}

describe('NewGraphDialog', () => {
  it('makes a graph from pasted text with the default vocabulary', async () => {
    const { user, opened } = await setup();
    await user.type(screen.getByLabelText('Article text'), 'Chile supplies Peru.');
    await user.type(screen.getByLabelText('Title'), 'Water');
    await user.click(screen.getByRole('button', { name: 'Create graph' }));
    expect(opened).toHaveLength(1);
    expect(opened[0]!.graph).toMatchObject({
      title: 'Water',
      sources: [{ id: 'water', title: 'Water', text: 'Chile supplies Peru.' }],
      nodes: [],
    });
    expect(opened[0]!.graph.statuses.map((s) => s.id)).toEqual([
      'stated',
      'reported',
      'alleged',
      'denied',
    ]);
    expect(opened[0]!.texts).toEqual({ water: 'Chile supplies Peru.' });
  });

  it('can take the vocabulary of another graph in the library', async () => {
    const { user, opened } = await setup();
    await user.type(screen.getByLabelText('Article text'), 'Text.');
    await user.type(screen.getByLabelText('Title'), 'T');
    await screen.findByRole('option', { name: 'The vocabulary of “Other graph”' });
    await user.selectOptions(
      screen.getByLabelText('Vocabulary'),
      'The vocabulary of “Other graph”',
    );
    await user.click(screen.getByRole('button', { name: 'Create graph' }));
    expect(opened[0]!.graph.statuses).toEqual([
      { id: 'fact', label: 'Fact', description: 'True.' },
    ]);
  });

  it('fills text and metadata from an opened HTML file', async () => {
    const { user } = await setup();
    const html =
      '<html><head><meta property="og:title" content="Deal"><meta property="og:site_name" ' +
      'content="Daily"></head><body><nav>Menu</nav><p>Chile  supplies Peru.</p></body></html>';
    await user.upload(
      screen.getByLabelText('Open a file (.txt, .md, .html)'),
      new File([html], 'deal.html', { type: 'text/html' }),
    );
    expect(await screen.findByDisplayValue('Deal')).toBeVisible();
    expect(screen.getByLabelText('Publisher')).toHaveValue('Daily');
    expect(screen.getByLabelText('Article text')).toHaveValue('Chile supplies Peru.');
  });

  it('says what is missing instead of making an empty graph', async () => {
    const { user, opened } = await setup();
    await user.click(screen.getByRole('button', { name: 'Create graph' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give the article a title.');
    expect(screen.getByRole('alert')).toHaveTextContent('Paste or open the article’s text.');
    expect(opened).toEqual([]);
  });
});
