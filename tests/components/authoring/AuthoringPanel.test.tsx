// @vitest-environment jsdom
// The editing column and the header controls: edit fields, delete with the count of
// relations that go too, problems that lead to their element, undo and redo.
import { act, screen, within } from '@testing-library/react';
import { AuthoringBar } from '../../../src/components/authoring/AuthoringBar';
import { AuthoringPanel } from '../../../src/components/authoring/AuthoringPanel';
import type { Selection } from '../../../src/domain/types';
import { sampleLoaded } from '../../fixtures/sampleGraph';
import { renderWithStore } from '../renderWithStore';

function setup(selection: Selection = { kind: 'node', id: 'united-states' }) {
  const view = renderWithStore(
    <>
      <AuthoringBar />
      <AuthoringPanel />
    </>,
    { loaded: sampleLoaded(), selection },
  );
  act(() => view.store.getState().setEditing(true));
  return view;
}

describe('AuthoringPanel', () => {
  it('renames and retypes the selected entity in one undoable step; Undo and Redo buttons follow', async () => {
    const { store, user } = setup();
    const form = screen.getByRole('form', { name: 'Edit United States' });
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'USA');
    await user.selectOptions(within(form).getByLabelText('Type'), 'bloc');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(store.getState().loaded.graph.nodes[2]).toMatchObject({ label: 'USA', type: 'bloc' });

    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(redo).toBeDisabled();
    await user.click(undo);
    expect(store.getState().loaded.graph.nodes[2]).toMatchObject({
      label: 'United States',
      type: 'country',
    });
    expect(undo).toBeDisabled();
    await user.click(redo);
    expect(store.getState().loaded.graph.nodes[2]!.label).toBe('USA');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().loaded.graph.nodes[2]!.label).toBe('United States');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().loaded.graph.nodes[2]!.label).toBe('USA');
  });

  it('says how many relations go with a deleted entity before deleting it', async () => {
    const { store, user } = setup({ kind: 'node', id: 'iran' });
    await user.click(screen.getByRole('button', { name: 'Delete entity…' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Delete Iran and its 5 relations?');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(store.getState().loaded.graph.nodes.map((n) => n.id)).not.toContain('iran');
    expect(store.getState().loaded.graph.edges).toHaveLength(1);
    expect(store.getState().selection).toBeNull();
  });

  it('changes a relation’s status and claimant', async () => {
    const { store, user } = setup({ kind: 'edge', id: 'iran-supplies-russia-drones' });
    const form = screen.getByRole('form', { name: 'Edit relation' });
    await user.selectOptions(within(form).getByLabelText('Status'), 'alleged');
    await user.selectOptions(within(form).getByLabelText('Claimed by'), 'united-states');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(store.getState().loaded.graph.edges[1]).toMatchObject({
      status: 'alleged',
      attributedTo: ['united-states'],
    });
  });

  it('edits the vocabulary: reorders statuses, adds a relation type, refuses to remove a used one', async () => {
    const { store, user } = setup();
    // jsdom does not toggle <details> from its <summary>: open it as the browser would.
    act(() => {
      screen.getByText('Vocabulary').closest('details')!.open = true;
    });
    const statuses = screen.getByRole('region', { name: 'Statuses (most to least certain)' });
    await user.click(within(statuses).getByRole('button', { name: 'Up denied' }));
    expect(store.getState().loaded.graph.statuses.map((s) => s.id)).toEqual([
      'stated',
      'reported',
      'denied',
      'alleged',
    ]);
    expect(within(statuses).getByRole('button', { name: 'Remove stated' })).toBeDisabled();
    const types = screen.getByRole('region', { name: 'Relation types' });
    await user.type(within(types).getByLabelText('New relation type'), 'Funds the{Enter}');
    expect(store.getState().loaded.graph.relationTypes.at(-1)).toEqual({
      id: 'funds_the',
      label: 'Funds the',
      description: 'Funds the',
      directed: true,
    });
  });

  it('lists problems live, each leading to its element', async () => {
    const { store, user } = setup();
    expect(screen.getByRole('heading', { name: 'No problems' })).toBeVisible();
    act(() => {
      store.getState().replaceSourceText('article', 'Something else entirely.');
    });
    const problems = screen.getByRole('heading', { name: /^Problems \(\d+\)$/ });
    expect(problems).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: /^edges\[1\]\.evidence\[0\]/ })[0]!);
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'iran-supplies-russia-drones' });
  });
});
