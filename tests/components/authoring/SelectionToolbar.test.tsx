// @vitest-environment jsdom
// Selecting words in the article while editing: the toolbar appears with its four actions,
// and each form turns the selection into one undoable edit on the store.
import { act, screen, waitFor, within } from '@testing-library/react';
import { ArticleReader } from '../../../src/components';
import { sampleLoaded, SAMPLE_TEXT } from '../../fixtures/sampleGraph';
import { renderWithStore } from '../renderWithStore';

/** Selects `phrase` in the rendered article through the DOM Selection API. */
function select(phrase: string) {
  const body = document.querySelector('.article-reader__body')!;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const at = (t as Text).data.indexOf(phrase);
    if (at >= 0) {
      act(() => {
        document.getSelection()!.setBaseAndExtent(t, at, t, at + phrase.length);
        document.dispatchEvent(new Event('selectionchange'));
      });
      return;
    }
  }
  throw new Error(`not rendered as one run: ${phrase}`);
}

function setup() {
  const view = renderWithStore(<ArticleReader />, { loaded: sampleLoaded() });
  act(() => view.store.getState().setEditing(true));
  return view;
}

const toolbar = () => screen.findByRole('toolbar', { name: 'Selected words' });

describe('SelectionToolbar', () => {
  it('appears only while words are selected, naming them', async () => {
    setup();
    expect(screen.queryByRole('toolbar')).toBeNull();
    select('history');
    const bar = await toolbar();
    expect(bar).toHaveTextContent('“history”');
    expect(
      within(bar)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['New entity', 'Add as evidence…', 'Add as alias…', 'New relation…']);
  });

  it('makes an entity from the selected words, anchored with context, and selects it', async () => {
    const { store, user } = setup();
    select('rivalry');
    await user.click(within(await toolbar()).getByRole('button', { name: 'New entity' }));
    const form = screen.getByRole('form', { name: 'New entity' });
    expect(within(form).getByLabelText('Name')).toHaveValue('rivalry');
    await user.selectOptions(within(form).getByLabelText('Type'), 'bloc');
    await user.click(within(form).getByRole('button', { name: 'Create entity' }));
    const node = store.getState().loaded.graph.nodes.find((n) => n.id === 'rivalry');
    const start = SAMPLE_TEXT.indexOf('rivalry');
    expect(node).toMatchObject({
      label: 'rivalry',
      type: 'bloc',
      evidence: [{ start, end: start + 7, quote: 'rivalry', suffix: '.' }],
    });
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'rivalry' });
    expect(store.getState().undoable).toBe(1);
  });

  it('adds the selected words as an alias (and a passage) of the chosen entity', async () => {
    const { store, user } = setup();
    select('Tehran');
    await user.click(within(await toolbar()).getByRole('button', { name: 'Add as alias…' }));
    const form = screen.getByRole('form', { name: 'Add “Tehran” as alias' });
    await user.selectOptions(within(form).getByLabelText('Alias of'), 'russia');
    await user.click(within(form).getByRole('button', { name: 'Add alias' }));
    const russia = store.getState().loaded.graph.nodes.find((n) => n.id === 'russia')!;
    expect(russia.aliases).toEqual(['Moscow', 'Tehran']);
    expect(russia.evidence.map((e) => e.quote)).toContain('Tehran');
  });

  it('drafts a relation from the sentence: its entities and the hedge, with the reason', async () => {
    const { store, user } = setup();
    select('Iran reportedly supplied Russia with drones');
    await user.click(within(await toolbar()).getByRole('button', { name: 'New relation…' }));
    const form = screen.getByRole('form', { name: 'New relation' });
    expect(within(form).getByLabelText('From')).toHaveValue('iran');
    expect(within(form).getByLabelText('To')).toHaveValue('russia');
    expect(within(form).getByLabelText('Status')).toHaveValue('reported');
    expect(within(form).getByRole('note')).toHaveTextContent(
      'Suggested: reported because of ‘reportedly’.',
    );
    await user.selectOptions(within(form).getByLabelText('Relation'), 'leads');
    await user.click(within(form).getByRole('button', { name: 'Create relation' }));
    await waitFor(() =>
      expect(store.getState().loaded.graph.edges.at(-1)).toMatchObject({
        id: 'iran-leads-russia',
        status: 'reported',
        relation: 'leads',
      }),
    );
  });

  it('shows why an edit was refused', async () => {
    const { user } = setup();
    select('Putin leads Russia');
    await user.click(within(await toolbar()).getByRole('button', { name: 'Add as evidence…' }));
    const form = screen.getByRole('form', { name: 'Add as evidence' });
    await user.selectOptions(within(form).getByLabelText('Evidence for'), 'node:putin');
    await user.click(within(form).getByRole('button', { name: 'Add evidence' }));
    expect(screen.getByRole('alert')).toHaveTextContent('this passage is already evidence for it');
  });
});
