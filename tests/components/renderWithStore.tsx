// Renders UI inside a StoreProvider holding a fresh store (the sample graph unless told
// otherwise), with a user-event session: what every component test starts from.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createAppStore, type InitialState } from '../../src/store/appStore';
import { StoreProvider } from '../../src/store/StoreProvider';
import { sampleLoaded } from '../fixtures/sampleGraph';

export function renderWithStore(ui: ReactNode, initial: Partial<InitialState> = {}) {
  const store = createAppStore({ loaded: sampleLoaded(), ...initial });
  const user = userEvent.setup();
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, user, ...result };
}
