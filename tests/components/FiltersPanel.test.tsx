// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { FiltersPanel, StatusLine } from '../../src/components';
import { looksOf } from '../../src/domain/appearance';
import { sampleGraph } from '../fixtures/sampleGraph';
import { renderWithStore } from './renderWithStore';

function setup() {
  return renderWithStore(
    <>
      <FiltersPanel />
      <StatusLine />
    </>,
  );
}

const group = (name: string) => screen.getByRole('group', { name });
const checkbox = (name: string) => screen.getByRole('checkbox', { name });
const statusLine = () => screen.getByRole('status');
const names = (els: HTMLElement[]) => els.map((el) => el.getAttribute('aria-label') ?? '');

describe('FiltersPanel', () => {
  it('lists every declared relation type in order, with its line swatch and counts', () => {
    setup();
    const relations = group('Relations');
    const boxes = within(relations).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual([
      'supplies',
      'allies with',
      'accuses',
      'rivals with',
      'leads',
    ]);
    boxes.forEach((b) => expect(b).toBeChecked());
    expect(names(within(relations).getAllByRole('button'))).toEqual([
      'Show only supplies',
      'Show only allies with',
      'Show only accuses',
      'Show only rivals with',
      'Show only leads',
    ]);
    // swatches use the canvas's looks: colour, dash, and an arrow only when directed
    const looks = looksOf(sampleGraph());
    const swatches = relations.querySelectorAll('svg');
    expect(swatches).toHaveLength(5);
    expect(swatches[0]!.querySelector('line')).toHaveAttribute(
      'stroke',
      looks.relation.get('supplies')!.color,
    );
    expect(swatches[1]!.querySelector('line')).toHaveAttribute('stroke-dasharray', '8 4');
    expect(swatches[0]!.querySelector('polygon')).not.toBeNull();
    expect(swatches[1]!.querySelector('polygon')).toBeNull(); // "allies with" is undirected
    expect(checkbox('supplies').closest('li')).toHaveTextContent('2/2');
  });

  it('unchecking a relation type hides its edges and updates the status line', async () => {
    const { user, store } = setup();
    expect(statusLine()).toHaveTextContent('4 of 4 entities · 6 of 6 relations');
    await user.click(checkbox('supplies'));
    expect(checkbox('supplies')).not.toBeChecked();
    expect(statusLine()).toHaveTextContent('4 of 4 entities · 4 of 6 relations');
    expect(store.getState().filters.hiddenRelationTypes).toEqual(['supplies']);
    expect(checkbox('supplies').closest('li')).toHaveTextContent('0/2');
    await user.click(checkbox('supplies'));
    expect(statusLine()).toHaveTextContent('6 of 6 relations');
  });

  it('"Show only" leaves one type checked and "Show all" restores every list', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Show only accuses' }));
    const checked = within(group('Relations'))
      .getAllByRole('checkbox')
      .filter((b) => (b as HTMLInputElement).checked);
    expect(checked).toEqual([checkbox('accuses')]);
    expect(statusLine()).toHaveTextContent('4 of 4 entities · 1 of 6 relations');

    await user.click(checkbox('person'));
    await user.click(checkbox('stated'));
    expect(statusLine()).toHaveTextContent('3 of 4 entities · 0 of 6 relations');
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    screen.getAllByRole('checkbox', { name: /^(?!Hide)/ }).forEach((b) => expect(b).toBeChecked());
    expect(statusLine()).toHaveTextContent('4 of 4 entities · 6 of 6 relations');
  });

  it('filters by entity type, with shape swatches and empty types still listed', async () => {
    const { user, store } = setup();
    const entities = group('Entities');
    expect(
      within(entities)
        .getAllByRole('checkbox')
        .map((b) => b.closest('label')?.textContent),
    ).toEqual(['country', 'person', 'bloc']);
    expect([...entities.querySelectorAll('svg')].map((s) => s.dataset.shape)).toEqual([
      'ellipse',
      'round-rectangle',
      'hexagon',
    ]);
    expect(checkbox('bloc').closest('li')).toHaveTextContent('0/0');
    await user.click(checkbox('person'));
    expect(statusLine()).toHaveTextContent('3 of 4 entities · 5 of 6 relations');
    await user.click(screen.getByRole('button', { name: 'Show only person' }));
    expect(store.getState().filters.hiddenEntityTypes).toEqual(['country', 'bloc']);
    expect(statusLine()).toHaveTextContent('1 of 4 entities · 0 of 6 relations');
  });

  it('filters by claim status, explains each status and flags contested ones', async () => {
    const { user } = setup();
    const statuses = group('How certain');
    // The explanations are folded so the legend fits a laptop screen; one button unfolds them.
    const explain = within(statuses).getByRole('button', { name: 'What these mean' });
    expect(explain).toHaveAttribute('aria-expanded', 'false');
    expect(within(statuses).getByText('Denied by a party.')).toHaveAttribute('hidden');
    await user.click(explain);
    expect(explain).toHaveAttribute('aria-expanded', 'true');
    expect(within(statuses).getByText('Denied by a party.')).toBeVisible();
    expect(checkbox('denied').closest('li')).toHaveTextContent(/Contested/);
    expect(checkbox('stated').closest('li')).not.toHaveTextContent(/Contested/);
    expect(checkbox('denied')).toHaveAccessibleDescription(/Contested\. Denied by a party\./);
    expect(checkbox('stated')).toHaveAccessibleDescription(
      '4 of 4 relations shown. Stated as fact.',
    );
    expect(checkbox('denied')).toHaveAccessibleDescription(/^1 of 1 relation shown\./);
    await user.click(checkbox('stated'));
    expect(statusLine()).toHaveTextContent('4 of 4 entities · 2 of 6 relations');
    await user.click(screen.getByRole('button', { name: 'Show only denied' }));
    expect(statusLine()).toHaveTextContent('1 of 6 relations');
  });

  it('hiding entities with no visible relation reduces the entity count', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Show only accuses' }));
    expect(statusLine()).toHaveTextContent('4 of 4 entities · 1 of 6 relations');
    await user.click(checkbox('Hide entities with no visible relation'));
    expect(store.getState().filters.hideOrphans).toBe(true);
    expect(statusLine()).toHaveTextContent('2 of 4 entities · 1 of 6 relations');
  });
});
