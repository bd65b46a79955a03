// @vitest-environment jsdom
// The legend by relation group: folded groups with a checkbox (mixed when partly hidden),
// "only", and a filter box that narrows the legend by name.
import { screen, within } from '@testing-library/react';
import { FiltersPanel } from '../../src/components';
import type { GraphFile } from '../../src/domain/schema';
import { sampleGraph, sampleLoaded } from '../fixtures/sampleGraph';
import { renderWithStore } from './renderWithStore';

function grouped(): GraphFile {
  const g = sampleGraph();
  g.relationGroups = [
    { id: 'military', label: 'Military', description: 'Arms.' },
    { id: 'tension', label: 'Tension', description: 'Rivalry.' },
    { id: 'ties', label: 'Ties', description: 'Alliances and leadership.' },
  ];
  const groupOf: Record<string, string> = {
    supplies: 'military',
    accuses: 'tension',
    rivals_with: 'tension',
    allies_with: 'ties',
    leads: 'ties',
  };
  g.relationTypes = g.relationTypes.map((t) => ({ ...t, group: groupOf[t.id] }));
  return g;
}

const setup = () => renderWithStore(<FiltersPanel />, { loaded: sampleLoaded(grouped()) });
const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('the legend by relation group', () => {
  it('folds all groups in one click; unfolding one lists its types', async () => {
    const { user } = setup();
    expect(box('Military')).toBeChecked();
    expect(box('accuses')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Fold all groups' }));
    expect(screen.queryByRole('checkbox', { name: 'accuses' })).toBeNull();
    expect(box('Tension')).toBeVisible();
    const fold = screen.getByRole('button', { name: 'Tension: relation types' });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    await user.click(fold);
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    expect(box('accuses')).toBeVisible();
    expect(box('rivals with')).toBeVisible();
  });

  it('hides and shows a whole group in one click, mixed while partly hidden', async () => {
    const { user, store } = setup();
    await user.click(box('Tension'));
    expect(store.getState().filters.hiddenRelationTypes).toEqual(['accuses', 'rivals_with']);
    expect(box('Tension')).not.toBeChecked();
    expect(box('Tension').indeterminate).toBe(false);
    await user.click(box('Tension'));
    expect(store.getState().filters.hiddenRelationTypes).toEqual([]);

    await user.click(box('accuses'));
    expect(box('Tension').indeterminate).toBe(true);
    expect(box('Tension')).not.toBeChecked();
    await user.click(box('Tension')); // mixed → all shown
    expect(store.getState().filters.hiddenRelationTypes).toEqual([]);
  });

  it('"only" keeps one group', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Show only Military' }));
    expect(store.getState().filters.hiddenRelationTypes).toEqual([
      'allies_with',
      'accuses',
      'rivals_with',
      'leads',
    ]);
    expect(box('Military')).toBeChecked();
    expect(box('Ties')).not.toBeChecked();
  });

  it('narrows the legend by name, unfolding groups with matching types', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Fold all groups' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter the legend by name' }), 'riv');
    const relations = screen.getByRole('group', { name: 'Relations' });
    expect(
      within(relations)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Tension', 'rivals with']);
    expect(screen.queryByRole('group', { name: 'Entities' })).toBeNull();
    await user.clear(screen.getByRole('searchbox', { name: 'Filter the legend by name' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter the legend by name' }), 'pers');
    expect(screen.queryByRole('group', { name: 'Relations' })).toBeNull();
    expect(box('person')).toBeVisible();
  });
});
