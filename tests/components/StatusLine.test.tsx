// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { StatusLine } from '../../src/components';
import { renderWithStore } from './renderWithStore';

describe('StatusLine', () => {
  it('says how much is visible', () => {
    renderWithStore(<StatusLine />, { filters: { hiddenRelationTypes: ['supplies'] } });
    expect(screen.getByRole('status')).toHaveTextContent('4 of 4 entities · 4 of 6 relations');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names an active neighbourhood focus and offers a way out of it', async () => {
    const { user, store } = renderWithStore(<StatusLine />, {
      filters: { focus: { nodeId: 'putin', depth: 1 } },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 of 4 entities · 1 of 6 relations · only the neighbourhood of Vladimir Putin (1 step)',
    );
    await user.click(screen.getByRole('button', { name: 'Leave neighbourhood' }));
    expect(store.getState().filters.focus).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('4 of 4 entities · 6 of 6 relations');
    expect(screen.queryByRole('button', { name: 'Leave neighbourhood' })).toBeNull();
  });
});
